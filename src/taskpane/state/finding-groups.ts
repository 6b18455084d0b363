import { indicatorIndex, plan, type Indicator } from "../../model";
import { fixOf } from "../../core/validation/fixes";
import type { Finding, FindingCode } from "../../core/validation/types";
import type { CellWrite } from "../../host/contract";
import { inSheetOrder } from "./findings";

export interface IndicatorFindings {
  indicator: Indicator | undefined;
  indicatorId: string;
  findings: Finding[];
}

export interface FindingGroupOfUnit {
  /** The indicator's lead units as printed, joined: "资规分局、区经信局". */
  lead: string;
  indicators: IndicatorFindings[];
}

const byId = (id: string): Indicator | undefined => indicatorIndex.byId.get(id.toUpperCase());

/** Groups findings by lead unit, then indicator, in plan order. */
export function groupFindings(findings: readonly Finding[]): FindingGroupOfUnit[] {
  const groups = new Map<string, Map<string, Finding[]>>();
  for (const finding of inSheetOrder(findings)) {
    const lead = byId(finding.indicatorId)?.lead.join("、") ?? "";
    const indicators = groups.get(lead) ?? new Map<string, Finding[]>();
    indicators.set(finding.indicatorId, [...(indicators.get(finding.indicatorId) ?? []), finding]);
    groups.set(lead, indicators);
  }
  const order = (id: string) => plan.indicators.findIndex((indicator) => indicator.id === id);
  return [...groups].map(([lead, indicators]) => ({
    lead,
    indicators: [...indicators]
      .sort(([a], [b]) => order(a) - order(b))
      .map(([indicatorId, list]) => ({ indicatorId, indicator: byId(indicatorId), findings: list })),
  }));
}

/** The writes a fix makes: one finding, or every finding of one code that has a suggestion. */
export function writesFor(findings: readonly Finding[], code?: FindingCode): CellWrite[] {
  const chosen = code === undefined ? findings : findings.filter((f) => f.code === code);
  return chosen.flatMap((finding) => {
    const fix = fixOf(finding);
    return fix ? [{ ...fix, original: finding.original }] : [];
  });
}

/** Every finding's fixes grouped by code, once per validation (for "全部修正此类"). */
export function writesByCode(findings: readonly Finding[]): ReadonlyMap<FindingCode, CellWrite[]> {
  const codes = new Set(findings.map((finding) => finding.code));
  return new Map([...codes].map((code) => [code, writesFor(findings, code)]));
}
