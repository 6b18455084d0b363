/**
 * The 备注（情况说明） typed into a template, read back by the 代码 column and the 备注 header (an
 * update carries them into the new layout; consolidation reads them). Always text: a remark that
 * starts with "=" is written back as text, never as a formula.
 */
import { cellAddress } from "./address";
import type { TableValues } from "./carry-actuals";
import { headerText } from "./read-headers";
import { placeInCells } from "./place-carried";
import { headers, type TemplateLayout } from "./types";

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
  return placeInCells(
    layout,
    remarks,
    (remark) => remark.indicatorId,
    (cell, sheet) =>
      cell.style === "remark" ? (sheet.rowIds[cell.row - sheet.firstIndicatorRow] ?? null) : null,
    (cell, remark) => ({ ...cell, content: remark.text, text: true }),
  );
}
