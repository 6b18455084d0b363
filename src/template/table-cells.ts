/** The cell an indicator row has in each column: labels, targets, the actual to type, its 完成率. */
import { factsOf } from "../core/units";
import type { Indicator } from "../model/types";
import { cellAddress } from "./address";
import type { Column } from "./columns";
import { attainmentFormula } from "./formulas";
import { noFigure } from "./messages";
import type { TableSpec } from "./table-sheet";
import type { CellLayout } from "./types";
import { actualValidationOf } from "./validation";

export interface TableRow {
  indicator: Indicator;
  /** The category printed for the row (附件2 action or 附件1 四倍增/五跃升). */
  category: string;
  /** The name shown for the row in this table. */
  name: string;
  /** Whether the row is the first of its category (the merged cell holds the text). */
  firstOfCategory: boolean;
}

export const rateFormat = "0.0%";

export function layoutCellOf(
  spec: TableSpec,
  row: TableRow,
  rowIndex: number,
  column: Column,
  columnIndex: number,
): CellLayout {
  const { indicator } = row;
  const at = { row: rowIndex, column: columnIndex };
  const fixed =
    (style: "label" | "target") =>
    (content: string | number | null, numberFormat?: string): CellLayout => ({
      ...at,
      content,
      style,
      locked: true,
      ...(numberFormat ? { numberFormat } : {}),
    });
  const label = fixed("label");
  const unitFormat = factsOf(indicator.unit).numberFormat;
  switch (column.kind) {
    case "category":
      return { ...at, content: row.firstOfCategory ? row.category : null, style: "category", locked: true };
    case "id":
      return label(indicator.id);
    case "name":
      return label(row.name);
    case "unit":
      return label(indicator.unit);
    case "lead":
      return label(indicator.lead.length > 0 ? indicator.lead.join("、") : null);
    case "baseline":
      return baselineCell(indicator, fixed("target"), unitFormat);
    case "target": {
      const target = indicator.targets[String(column.year)] ?? null;
      return target === null
        ? { ...at, content: noFigure, style: "target", locked: true }
        : { ...at, content: target, style: "target", locked: true, numberFormat: unitFormat };
    }
    case "actual":
      return spec.linkedActual
        ? {
            ...at,
            content: spec.linkedActual(indicator.id, column.year),
            style: "linked",
            locked: true,
            numberFormat: unitFormat,
          }
        : {
            ...at,
            content: null,
            style: "actual",
            locked: false,
            numberFormat: unitFormat,
            validation: actualValidationOf(indicator, row.name, column.year),
            actualOf: { indicatorId: indicator.id, year: column.year },
          };
    case "rate":
      return {
        ...at,
        content: rateContent(spec.columns, indicator, rowIndex, column.year),
        style: "rate",
        locked: true,
        numberFormat: rateFormat,
      };
  }
}

/** The 完成率 formula over this row's target and actual cells; none where there is no target to divide by. */
function rateContent(columns: Column[], indicator: Indicator, rowIndex: number, year: number): string | null {
  const target = indicator.targets[String(year)] ?? null;
  if (target === null || (target === 0 && indicator.direction === "higher")) return null;
  const columnOf = (kind: "target" | "actual") =>
    columns.findIndex((column) => column.kind === kind && column.year === year);
  return attainmentFormula(
    cellAddress(rowIndex, columnOf("target")),
    cellAddress(rowIndex, columnOf("actual")),
    indicator.direction,
  );
}

/** 2020 基数: a number in the row's unit, "—" where none is printed, text where 附件1 prints another unit. */
function baselineCell(
  indicator: Indicator,
  figure: (content: string | number | null, numberFormat?: string) => CellLayout,
  unitFormat: string,
): CellLayout {
  const baseline = indicator.annex1?.baseline2020 ?? null;
  const baselineUnit = indicator.annex1?.baselineUnit ?? null;
  if (baseline === null) return figure(noFigure);
  if (baselineUnit === null || baselineUnit === indicator.unit) return figure(baseline, unitFormat);
  return figure(`${baseline} ${baselineUnit}`);
}
