/**
 * The 备注（情况说明） typed into a template, read back by the 代码 column and the 备注 header (an
 * update carries them into the new layout; consolidation reads them). Always text: a remark that
 * starts with "=" is written back as text, never as a formula.
 */
import { cellAddress } from "./address";
import type { TableValues } from "./carry-actuals";
import { headerText } from "./read-headers";
import { headers, type CellLayout, type TemplateLayout } from "./types";

export interface CarriedRemark {
  indicatorId: string;
  text: string;
  /** Where it was typed: sheet name and A1 address. */
  sheet: string;
  address: string;
}

/** The 备注 column: a header starting with 备注 (备注（情况说明）, 备注, 情况说明 also read). */
const isRemarkHeader = (value: unknown) => {
  const text = headerText(value as string);
  return text.startsWith("备注") || text === "情况说明";
};

const textOf = (value: unknown): string =>
  typeof value === "string"
    ? value.trim()
    : typeof value === "number" || typeof value === "boolean"
      ? String(value)
      : "";

/** Every non-empty 备注 in a table, by indicator id. */
export function remarksInTable({ sheet, top, left, values }: TableValues): CarriedRemark[] {
  const [header = [], ...rows] = values;
  const idColumn = header.findIndex((text) => headerText(text as string) === headers.id);
  const remarkColumn = header.findIndex(isRemarkHeader);
  if (idColumn < 0 || remarkColumn < 0) return [];
  return rows.flatMap((row, index) => {
    const indicatorId = textOf(row[idColumn]);
    const text = textOf(row[remarkColumn]);
    if (indicatorId === "" || text === "") return [];
    return [{ indicatorId, text, sheet, address: cellAddress(top + 1 + index, left + remarkColumn) }];
  });
}

export interface RemarkedLayout {
  layout: TemplateLayout;
  kept: CarriedRemark[];
  /** Remarks whose indicator the new layout has no 备注 cell for (another unit's row, a removed one). */
  orphans: CarriedRemark[];
}

/** The layout with each remark in its indicator's 备注 cell (the first one of an id wins, the rest are orphans). */
export function withRemarks(layout: TemplateLayout, remarks: CarriedRemark[]): RemarkedLayout {
  const pending = new Map<string, CarriedRemark>();
  const orphans: CarriedRemark[] = [];
  for (const remark of remarks) {
    if (pending.has(remark.indicatorId)) orphans.push(remark);
    else pending.set(remark.indicatorId, remark);
  }
  const kept: CarriedRemark[] = [];
  const sheets = layout.sheets.map((sheet) => ({
    ...sheet,
    cells: sheet.cells.map((cell): CellLayout => {
      if (cell.style !== "remark") return cell;
      const id = sheet.rowIds[cell.row - sheet.firstIndicatorRow];
      const remark = id ? pending.get(id) : undefined;
      if (!id || !remark) return cell;
      pending.delete(id);
      kept.push(remark);
      return { ...cell, content: remark.text, text: true };
    }),
  }));
  return { layout: { ...layout, sheets }, kept, orphans: [...orphans, ...pending.values()] };
}
