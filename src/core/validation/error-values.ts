/** Error values as Excel (and WPS) give them in a cell's value: the text of the error. */
export const excelErrors: readonly string[] = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
];

export const isExcelError = (text: string): boolean => excelErrors.includes(text.trim().toUpperCase());
