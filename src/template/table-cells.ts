/** The cell a table row has in each column: labels, targets, the actual to type, its 完成率, the 备注. */
import { reportersOf, type Assignments } from "../core/indicator-list";
import type { Indicator } from "../model/types";
import { cellAddress } from "./address";
import type { Column } from "./columns";
import { attainmentFormula } from "./formulas";
import { leadTexts, noFigure } from "./messages";
import { actualFormat, printedFormat, textFormat } from "./number-formats";
import type { GroupRow, IndicatorRow, TableRow } from "./rows";
import type { CellLayout } from "./types";
import { actualValidationOf } from "./validation";

export type { TableRow } from "./rows";

/** What the cells of a table need besides their row: the columns, 附件1's links, the assignments. */
export interface CellContext {
  columns: Column[];
  /** The formula showing an actual typed on another sheet, or null where this sheet takes the input. */
  linkedActual: ((indicatorId: string, year: number) => string) | null;
  assignments: Assignments;
}

export const rateFormat = "0.0%";

/** 牵头单位 as printed; for B-06/B-07, the unit the task force chose or 工作专班（文件未明确）. */
export function leadTextOf(indicator: Indicator, assignments: Assignments): string {
  if (indicator.lead.length > 0) return leadTexts.printed(indicator.lead);
  const [reporter] = reportersOf(indicator, assignments);
  return assignments[indicator.id] !== undefined && reporter
    ? leadTexts.assigned(reporter)
    : leadTexts.unassigned;
}

export function layoutCellOf(
  context: CellContext,
  row: TableRow,
  rowIndex: number,
  column: Column,
  columnIndex: number,
): CellLayout {
  return row.kind === "group"
    ? groupCellOf(context, row, rowIndex, column, columnIndex)
    : indicatorCellOf(context, row, rowIndex, column, columnIndex);
}

function indicatorCellOf(
  context: CellContext,
  row: IndicatorRow,
  rowIndex: number,
  column: Column,
  columnIndex: number,
): CellLayout {
  const { indicator } = row;
  const at = { row: rowIndex, column: columnIndex };
  const fixed =
    (style: "label" | "code" | "target") =>
    (content: string | number | null, numberFormat?: string): CellLayout => ({
      ...at,
      content,
      style,
      locked: true,
      ...(numberFormat ? { numberFormat } : {}),
    });
  const label = fixed("label");
  switch (column.kind) {
    case "category":
      return { ...at, content: row.firstOfCategory ? row.category : null, style: "category", locked: true };
    case "id":
      return fixed("code")(indicator.id);
    case "name":
      return label(row.label);
    case "unit":
      return label(indicator.unit);
    case "lead":
      return label(leadTextOf(indicator, context.assignments));
    case "baseline":
      return baselineCell(indicator, fixed("target"));
    case "target": {
      const target = indicator.targets[String(column.year)] ?? null;
      return target === null
        ? { ...at, content: noFigure, style: "target", locked: true }
        : {
            ...at,
            content: target,
            style: "target",
            locked: true,
            numberFormat: printedFormat(target, indicator.unit),
          };
    }
    case "actual":
      return context.linkedActual
        ? {
            ...at,
            content: context.linkedActual(indicator.id, column.year),
            result: "",
            style: "linked",
            locked: true,
            numberFormat: actualFormat(indicator.unit),
          }
        : {
            ...at,
            content: null,
            style: "actual",
            locked: false,
            numberFormat: actualFormat(indicator.unit),
            validation: actualValidationOf(indicator, row.name, column.year),
            actualOf: { indicatorId: indicator.id, year: column.year },
          };
    case "rate": {
      const formula = rateContent(context.columns, indicator, rowIndex, column.year);
      return {
        ...at,
        content: formula,
        ...(formula === null ? {} : { result: "" }),
        style: "rate",
        locked: true,
        numberFormat: rateFormat,
      };
    }
    case "remark":
      return { ...at, content: null, style: "remark", locked: false, numberFormat: textFormat };
  }
}

/** The printed name over a split row's parts: the name, the unit and lead units; nothing to type. */
function groupCellOf(
  context: CellContext,
  row: GroupRow,
  rowIndex: number,
  column: Column,
  columnIndex: number,
): CellLayout {
  const at = { row: rowIndex, column: columnIndex, locked: true };
  const [first] = row.parts;
  switch (column.kind) {
    case "category":
      return { ...at, content: row.firstOfCategory ? row.category : null, style: "category" };
    case "name":
      return { ...at, content: row.label, style: "group" };
    case "lead":
      return { ...at, content: first ? leadTextOf(first, context.assignments) : null, style: "label" };
    default:
      return {
        ...at,
        content: null,
        style: column.kind === "id" || column.kind === "unit" ? "label" : "group",
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

/** 2020 基数: a number as printed in the row's unit, "—" where none is printed, text in another unit. */
function baselineCell(
  indicator: Indicator,
  figure: (content: string | number | null, numberFormat?: string) => CellLayout,
): CellLayout {
  const baseline = indicator.annex1?.baseline2020 ?? null;
  const baselineUnit = indicator.annex1?.baselineUnit ?? null;
  if (baseline === null) return figure(noFigure);
  if (baselineUnit === null || baselineUnit === indicator.unit)
    return figure(baseline, printedFormat(baseline, indicator.unit));
  return figure(`${baseline} ${baselineUnit}`);
}
