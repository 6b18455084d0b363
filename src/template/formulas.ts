/**
 * Plain worksheet formulas (English function names, as Excel's `formulas` takes them) that compute in
 * Excel without the add-in, in WPS and in LibreOffice. An empty actual gives an empty cell.
 */
import type { Direction } from "../model/types";
import { quotedSheet } from "./address";

/** 完成率: actual ÷ target, or target ÷ actual where lower is better (empty, not #DIV/0!, for 0). */
export function attainmentFormula(target: string, actual: string, direction: Direction): string {
  return direction === "lower"
    ? `=IF(OR(${actual}="",${actual}=0),"",${target}/${actual})`
    : `=IF(${actual}="","",${actual}/${target})`;
}

/** An actual shown from the cell where it is typed, on another sheet; empty while that one is. */
export function linkedActualFormula(sheet: string, address: string): string {
  const source = `${quotedSheet(sheet)}!${address}`;
  return `=IF(${source}="","",${source})`;
}
