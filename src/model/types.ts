/**
 * The target model: a plan document (e.g. 仑政发〔2022〕1号) as typed data.
 * The JSON file beside this module is the only place target figures live.
 */

/** How an indicator's yearly figures relate to each other (decides CUMTARGET / EXPECTED). */
export type IndicatorKind = "flow" | "cumulative" | "stock" | "amount" | "ratio";

/** Whether a larger actual is better (`higher`) or worse (`lower`). */
export type Direction = "higher" | "lower";

/** Where a figure is printed in the document. `quote` is a verbatim excerpt of the seed text. */
export interface Source {
  where: string;
  quote: string;
}

/** The 附件1 (四倍增、五跃升) row of an indicator that is also printed there. */
export interface Annex1Row {
  row: number;
  printedName: string;
  category: string;
  /** 2020 基数 in `baselineUnit`; null where 附件1 prints "——". */
  baseline2020: number | null;
  baselineUnit: string | null;
}

/** Bounds a reported actual can take (validation uses them): shares stay within 0…1, counts ≥ 0. */
export interface ActualRange {
  min: number | null;
  max: number | null;
}

export interface Indicator {
  /** Stable short ASCII code shown in the template and accepted by the functions. */
  id: string;
  /** Chinese display name (for split rows, the name of this part alone). */
  name: string;
  /** The row's name exactly as printed, every character. */
  printedName: string;
  /** 1 or 2 for annex rows, null for targets found only in the body text. */
  annex: 1 | 2 | null;
  /** 1-based order in its annex; null for body-text targets. */
  row: number | null;
  /** Position of the value within a row that prints several values in one cell. */
  part?: number;
  /** On a split row: the words of the shared printed name that name this part (超五百亿级企业). */
  partName?: string;
  /** 提质增效 / 企业培育 / 空间优化 / 产业升级 (附件2) or the body section's action. */
  category: string;
  annex1?: Annex1Row;
  unit: string;
  kind: IndicatorKind;
  direction: Direction;
  /** Target per year ("2021" … "2025"); null where the document prints "—" (no target that year). */
  targets: Record<string, number | null>;
  actualRange: ActualRange;
  /** 牵头单位 exactly as printed, one entry per unit. */
  lead: string[];
  source: Source;
  /** Why the indicator was classified as it was, where the wording is ambiguous. */
  note?: string;
}

export interface Plan {
  id: string;
  title: string;
  document: string;
  issuer: string;
  issued: string;
  /** The plan's years in order, e.g. [2021, …, 2025]; every `targets` object has exactly these keys. */
  years: number[];
  baselineYear: number;
  annexTitles: Record<"1" | "2", string>;
  /** The years whose targets 附件1 prints (2023 and 2025), a subset of `years`. */
  annex1Years: number[];
  indicators: Indicator[];
}
