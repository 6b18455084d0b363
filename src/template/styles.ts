/** How each cell style looks, for both writers: fonts, fills, alignment and borders as plain data. */
import type { CellStyle } from "./types";

/**
 * The fonts, by their family names. 宋体 (SimSun) and 黑体 (SimHei) ship with every Chinese Windows
 * since Windows 95 and with WPS, and 宋体 is what Chinese statistical 报表 are set in; 等线 (the newer
 * Office default) is missing before Office 2016 and on 信创 desktops. The English family names are
 * the ones every host resolves: Windows and WPS map them to 宋体/黑体, and on Linux fontconfig aliases
 * SimSun to the generic serif and SimHei to the sans-serif, which a Chinese desktop (and Debian's
 * fonts-noto-cjk) fills with a Song or Hei face in Simplified Chinese shapes; Latin letters and digits
 * then come from the same face. `charset` 134 (GB2312) tells Excel's and LibreOffice's font matching
 * to substitute a Chinese font, not a Japanese or Latin one, where these are missing.
 */
export const fonts = {
  song: { name: "SimSun", family: 3, charset: 134 },
  hei: { name: "SimHei", family: 3, charset: 134 },
} as const;

export type FontFace = (typeof fonts)[keyof typeof fonts];

export interface StyleLook {
  font: FontFace;
  bold: boolean;
  fontSize: number;
  /** "#RRGGBB" or null for the default. */
  fontColor: string | null;
  fill: string | null;
  horizontal: "left" | "center" | "right";
  wrap: boolean;
  /** Thin lines around the cell (the table), a line under it (a space to sign), or none. */
  border: "grid" | "under" | "none";
  /** Input cells are unlocked: the only ones a user can type in once the sheet is protected. */
  input: boolean;
}

/** How a cell looks, as both writers apply it: a template style's look or a report's (src/consolidation). */
export type CellLook = Omit<StyleLook, "input">;

/** Body text size; printed at this × the page scale (test: at least 8 pt on paper). */
export const bodyFontSize = 10;

const body: StyleLook = {
  font: fonts.song,
  bold: false,
  fontSize: bodyFontSize,
  fontColor: null,
  fill: null,
  horizontal: "center",
  wrap: true,
  border: "grid",
  input: false,
};

/** Input cells are white and every computed or printed figure grey, so a user sees where to type. */
export const inputFill = "#FFFFFF";
export const fixedFill = "#F2F2F2";

const free: Partial<StyleLook> = { border: "none", horizontal: "left" };

export const styleLooks: Record<CellStyle, StyleLook> = {
  title: { ...body, font: fonts.hei, fontSize: 16, border: "none" },
  info: { ...body, ...free, wrap: false },
  period: { ...body, ...free, horizontal: "center", wrap: false, bold: true },
  basis: { ...body, ...free, horizontal: "right", wrap: false },
  header: { ...body, font: fonts.hei, fill: "#D9E1F2" },
  category: { ...body, font: fonts.hei },
  code: body,
  label: { ...body, horizontal: "left" },
  group: { ...body, horizontal: "left", fill: fixedFill },
  target: { ...body, fill: fixedFill },
  actual: { ...body, fill: inputFill, input: true },
  linked: { ...body, fill: fixedFill },
  rate: { ...body, fill: fixedFill },
  remark: { ...body, horizontal: "left", fill: inputFill, input: true },
  note: { ...body, ...free },
  signLabel: { ...body, ...free, horizontal: "right", wrap: false },
  signInput: { ...body, ...free, border: "under", fill: inputFill, input: true, wrap: false },
};
