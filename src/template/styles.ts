/** How each cell style looks, for both writers: fonts, fills, alignment and borders as plain data. */
import type { CellStyle } from "./types";

export interface StyleLook {
  bold: boolean;
  fontSize: number;
  /** "#RRGGBB" or null for the default. */
  fontColor: string | null;
  fill: string | null;
  horizontal: "left" | "center";
  wrap: boolean;
  border: boolean;
}

const body: StyleLook = {
  bold: false,
  fontSize: 10,
  fontColor: null,
  fill: null,
  horizontal: "center",
  wrap: false,
  border: true,
};

/** Input cells are white and every computed or printed figure grey, so a user sees where to type. */
export const inputFill = "#FFFFFF";
export const fixedFill = "#F2F2F2";

export const styleLooks: Record<CellStyle, StyleLook> = {
  title: { ...body, bold: true, fontSize: 16, border: false },
  subtitle: { ...body, fontColor: "#595959", horizontal: "left", border: false },
  header: { ...body, bold: true, fill: "#D9E1F2", wrap: true },
  category: { ...body, bold: true, wrap: true },
  label: { ...body, horizontal: "left", wrap: true },
  target: { ...body, fill: fixedFill },
  actual: { ...body, fill: inputFill },
  linked: { ...body, fill: fixedFill },
  rate: { ...body, fill: fixedFill },
};
