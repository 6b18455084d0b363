/** What the readers of a returned workbook say about it (the CLI, the pane and the offline page alike). */

/** Why a file could not be opened, by Node's error code. */
const fileReasons: Record<string, string> = {
  ENOENT: "文件不存在",
  EISDIR: "这是文件夹，不是文件",
  EACCES: "没有读取权限",
};

export const readMessages = {
  noIdColumn: (sheet: string) => `工作表“${sheet}”的表头中没有“代码”列，无法按代码找到指标。`,
  noYearColumns: (sheet: string, years: readonly number[]) =>
    `工作表“${sheet}”的表头中没有 ${years[0]}–${years[years.length - 1]} 年的“××年目标”“××年实绩”列。`,
  badTableName: (name: string, reference: string) =>
    `名称 ${name} 指向的“${reference}”不是本工作簿中的区域。`,
  notTemplate: (names: string[]) =>
    `不是填报模板：没有名称 ${names.join("、")}，也没有含“代码”和“××年实绩”的表头行。`,
  unreadable: (reason: string) => `无法读取：${reason}。`,
  fileReasons,
  notXlsx: (detail: string) => `不是有效的 .xlsx 文件（${detail}），请用 Excel 或 WPS 另存为 .xlsx`,
  foundByHeaders: "未找到模板的名称（WPS 等另存时可能丢失），已按表头“代码”“××年实绩”找到表格。",
  unknownRow: (code: string) => `代码“${code}”不在目标模型中`,
};
