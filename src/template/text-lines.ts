/**
 * How much room text takes in a cell, so the layout can give every row the height its wrapped text
 * needs (Excel, WPS and LibreOffice do not grow a row for wrapped text they did not lay out, and a
 * protected sheet's rows are the layout's until someone resizes them). Estimates err on the tall side.
 */

/**
 * Points a column-width "character" takes. Narrowest: Excel, where a file's width unit is the digit of
 * its Normal font (Calibri 11, 7 px = 5.25 pt); wrapping is estimated there. Widest: LibreOffice
 * without Calibri (measured 6.1 pt), which decides whether a table fits the page.
 */
export const narrowestPointsPerCharacter = 5.25;
export const widestPointsPerCharacter = 6.1;

/** Room lost to the cell's left and right padding, in points. */
const cellPadding = 4;

/** A wrapped line in a CJK face is about 1.45 em high (Noto CJK and SimSun alike), plus the row's margin. */
const lineHeight = (fontSize: number) => fontSize * 1.45;
const rowMargin = 4;

/** Latin letters and digits are half an em in SimSun. */
const isNarrow = (char: string) => char.charCodeAt(0) < 0x2000;

/** Characters that may not start a line (they stay with the one before) or end one (they go with the next). */
const closing = new Set([..."，。、；：？！）》」』”’%"]);
const opening = new Set([..."（《「『“‘"]);

/** The text as the pieces a line breaks between: a CJK character, or a run of Latin letters and digits. */
function piecesOf(text: string): string[] {
  const pieces: string[] = [];
  let pendingOpen = "";
  for (const char of text) {
    const last = pieces.length - 1;
    if (closing.has(char) && last >= 0) pieces[last] += char;
    else if (opening.has(char)) pendingOpen += char;
    else if (isNarrow(char) && char !== " " && last >= 0 && /[0-9A-Za-z.\-/]$/.test(pieces[last] ?? "")) {
      pieces[last] += pendingOpen + char;
      pendingOpen = "";
    } else {
      pieces.push(pendingOpen + char);
      pendingOpen = "";
    }
  }
  if (pendingOpen !== "") pieces.push(pendingOpen);
  return pieces;
}

/** Width of text in points at a font size: CJK characters one em, Latin ones half an em (as in SimSun). */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += isNarrow(char) ? 0.5 : 1;
  return ems * fontSize;
}

/** Lines the text wraps to in a cell `widthInCharacters` wide; a line break in the text starts a line. */
export function linesOf(text: string, widthInCharacters: number, fontSize: number): number {
  return text.split("\n").reduce((sum, line) => sum + wrappedLines(line, widthInCharacters, fontSize), 0);
}

/** Lines one paragraph wraps to (a line holds at least one piece). */
function wrappedLines(text: string, widthInCharacters: number, fontSize: number): number {
  const room = widthInCharacters * narrowestPointsPerCharacter - cellPadding;
  let lines = 1;
  let used = 0;
  for (const piece of piecesOf(text)) {
    const width = textWidth(piece, fontSize);
    if (used > 0 && used + width > room) {
      lines += 1;
      used = 0;
    }
    used += width;
  }
  return text === "" ? 1 : lines;
}

/** A row's height for this many lines, in whole pixels (0.75 pt) as Excel stores it. */
export function heightOf(lines: number, fontSize: number): number {
  const points = lines * lineHeight(fontSize) + rowMargin;
  return Math.ceil(points / 0.75) * 0.75;
}

/** Width of a column in characters that fits the text on one line. */
export const charactersFor = (text: string, fontSize: number): number =>
  (textWidth(text, fontSize) + cellPadding) / narrowestPointsPerCharacter;
