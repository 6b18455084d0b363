/** What the reader says about a returned workbook (the CLI, the pane and the offline page alike). */
import { formatPeriod } from "../core/reporting-period";
import { shown } from "../core/validation/messages";

const quoted = (sheet: string) => `“${sheet}”`;
const figure = (value: number | null) => (value === null ? "空白" : shown(value));

export const readMessages = {
  noIdColumn: (sheet: string) => `工作表“${sheet}”的表头中没有“代码”列，无法按代码找到指标。`,
  noYearColumns: (sheet: string, years: readonly number[]) =>
    `工作表“${sheet}”的表头中没有 ${years[0]}–${years[years.length - 1]} 年的“××年目标”“××年实绩”列。`,
  badTableName: (name: string, reference: string) =>
    `名称 ${name} 指向的“${reference}”不是本工作簿中的区域（工作表可能已被删除），已改按表头查找表格。`,
  ambiguousName: (name: string, sheets: string[]) =>
    `有 ${sheets.length} 张工作表带有名称 ${name}（${sheets.map(quoted).join("、")}），` +
    "无法确定哪一张是填报表，均未读取：请删除多余的副本后重新交。",
  notTemplate: (names: string[]) =>
    `不是填报模板：没有名称 ${names.join("、")}，也没有含“代码”和“××年实绩”、且列有本规划指标代码的表格。`,
  otherPlan: (planId: string, expected: string) =>
    `这是另一份规划（${planId}）的模板，不是本规划（${expected}）的，未读取。`,
  foundByHeaders: "未找到模板的名称（WPS 等另存时可能丢失），已按表头“代码”“××年实绩”和指标代码找到表格。",
  copyOfTable: (copy: string, original: string, differences: number, example: string | null) =>
    `工作表“${copy}”是“${original}”的副本（复制工作表时产生），未作为填报表读取，以原表为准` +
    (differences === 0
      ? "；副本中的实绩与原表相同。"
      : `；副本中有 ${differences} 处实绩与原表不同（${example}），请核对。`),
  copyDifference: (
    id: string,
    year: number,
    copy: number | string | null,
    original: number | string | null,
  ) => `如 ${id} ${year}年：副本 ${copy ?? "空白"}，原表 ${original ?? "空白"}`,
  editedHeader: (sheet: string, text: string, header: string) =>
    `工作表“${sheet}”的表头“${text}”已按“${header}”读取。`,
  repeatedHeader: (sheet: string, text: string, header: string) =>
    `工作表“${sheet}”有两列都是“${header}”：已读取前一列，未读取“${text}”列。`,
  missingYearColumn: (sheet: string, header: string) =>
    `工作表“${sheet}”缺少“${header}”列（模板中有此列，可能被删除）：该年实绩未能读取。`,
  missingRow: (sheet: string, id: string, name: string, unit: string) =>
    `工作表“${sheet}”缺少指标 ${id}“${name}”（为${unit}制作的模板中有这一行，可能被删除）：该指标的实绩未能读取。`,
  repeatedRow: (sheet: string, id: string, rows: number[]) =>
    `工作表“${sheet}”中代码 ${id} 出现 ${rows.length} 次（第 ${rows.join("、")} 行）：每个指标应只有一行，请删除重复的行。`,
  typedInDisplay: (sheet: string, address: string, id: string, year: number) =>
    `工作表“${sheet}”${address}（${id} ${year}年实绩）应自动显示附件2 的实绩，这里填写的内容未被读取：请填在附件2 中。`,
  unknownRow: (code: string) => `代码“${code}”不在目标模型中`,
  conflict: (id: string, name: string, year: number, given: { file: string; value: number | null }[]) =>
    `${id}“${name}”${year}年实绩各文件不一致：${given.map((g) => `【${g.file}】${figure(g.value)}`).join("，")}，请核实。`,
  duplicateReturn: (unit: string, newer: string, older: string[], byTime: boolean) =>
    `${unit}交了 ${older.length + 1} 个文件：以${byTime ? "保存时间较新" : "后给出"}的【${newer}】为准，` +
    `【${older.join("】【")}】未采用。`,
  period: formatPeriod,
};

/** Why a file cannot be read at all, said so that the person knows what to do (no library text). */
export const fileMessages = {
  missing: "文件不存在",
  folder: "这是文件夹，不是文件",
  noPermission: "没有读取权限",
  empty: "文件是空的（0 字节）：请重新保存后再交。",
  tooLarge: (limit: string) =>
    `文件过大（超过 ${limit}），为避免占满内存未打开：填报模板通常不到 1 MB，请删除多余的工作表或图片后另存再交。`,
  encrypted:
    "文件设有打开密码（已加密），无法读取：请在 Excel 中打开，点 文件 › 信息 › 保护工作簿 › 用密码进行加密，" +
    "清空密码后保存（WPS：文件 › 文档加密 › 密码加密，清除密码），再交。",
  legacy:
    "这是旧版 Excel（.xls）或 WPS 表格（.et）格式：请在 WPS 或 Excel 中打开，另存为“Excel 工作簿（*.xlsx）”后再交。",
  ods: "这是 OpenDocument 表格（.ods）：请在 LibreOffice 或 WPS 中打开，另存为“Excel 2007-365（*.xlsx）”后再交。",
  text: "这是文本文件（如 .csv），不是工作簿：CSV 不含模板的表格和校验；请在模板 .xlsx 中填报后再交。",
  otherZip: "这是一个压缩包，不是 Excel 工作簿：请交填报模板 .xlsx 本身。",
  otherDocument: (what: string) =>
    `这是${/^[A-Za-z0-9]/.test(what) ? " " : ""}${what}，不是 Excel 工作簿：请交填报模板 .xlsx。`,
  damaged: "文件已损坏或不完整，无法打开：请在 Excel 或 WPS 中打开后另存为 .xlsx，或重新发送。",
  unreadable: (reason: string) => `无法读取：${reason}。`,
};
