/** Every word the offline page shows, in Chinese (the findings' own words come from src/core). */
import { allLeadUnits } from "../template/messages";
import { formatPeriod, type ReportingPeriod } from "../core/reporting-period";
import type { Part } from "./state";

export const pageTexts = {
  title: "北仑制造业目标填报（离线版）",
  subtitle:
    "仑政发〔2022〕1号 目标任务：下载模板、在线填报、校验文件、汇总。不需要 Excel 加载项、Microsoft 365、服务器或网络：所选文件只在本机读取，不上传。",
  parts: { template: "下载模板", fill: "在线填报", check: "校验文件", consolidate: "汇总" } satisfies Record<
    Part,
    string
  >,
  partsLabel: "功能",
  chooseFiles: "选择文件",
  dropHint: "也可以把文件拖到这里（可多选）。",
  dropHintOne: "也可以把文件拖到这里。",
  allUnits: allLeadUnits,
  unit: "牵头单位",
  year: "年份",
  month: "截至月份",
  monthOption: (month: number) => (month === 12 ? "12月（全年）" : `${month}月`),
  reading: (done: number, total: number) => `正在读取文件：${done} / ${total}`,
  readingLabel: "读取进度",
  dismiss: "关闭提示",
  loadFailed: "无法加载读写 Excel 文件的组件，请刷新页面后重试。",
  writeFailed: (detail: string) => `生成文件时出错：${detail}`,
  downloaded: (file: string) => `已下载：${file}（在浏览器的“下载”中）。`,
};

export const templateTexts = {
  intro:
    "选择牵头单位和报告期，下载正式填报模板（.xlsx，与加载项插入的模板、npm run template 生成的版式相同），在 Excel 或 WPS 中填报后交回。",
  download: "下载模板",
  writing: "正在生成模板…",
  fileName: (unit: string | null, period: ReportingPeriod) =>
    `北仑制造业目标填报模板-${unit ?? allLeadUnits}-${formatPeriod(period)}.xlsx`,
  contents: (sheets: string[], indicators: number) =>
    `含工作表：${sheets.join("、")}；指标 ${indicators} 项。`,
};

export const fillTexts = {
  intro:
    "选择本单位和报告期，在下表填写实绩；边填边按加载项的规则校验。可先打开以前填过、交回的文件接着填。填完后下载本单位的填报文件交回。",
  openHeading: "接着填：打开填过的文件",
  rowsHeading: (period: ReportingPeriod, count: number) => `${formatPeriod(period)}实绩（${count} 项）`,
  columns: {
    code: "代码",
    name: "指标",
    unit: "单位",
    target: "年度目标",
    expected: "序时进度",
    actual: "实绩",
    rate: "完成率",
  },
  inputLabel: (id: string, name: string, year: number) => `${id} ${name} ${year}年实绩`,
  percentHint: "填 12% 或 0.12",
  noTarget: "—",
  fix: (value: string) => `改为 ${value}`,
  summary: (errors: number, warnings: number, notes: number, unreported: number) =>
    errors + warnings + notes === 0
      ? "校验：未发现问题。"
      : `校验：错误 ${errors} 条，警告 ${warnings} 条，提示 ${notes} 条${unreported > 0 ? `（其中尚未填写 ${unreported} 项）` : ""}。`,
  download: "下载填报文件",
  writing: "正在生成填报文件…",
  fileName: (unit: string | null, period: ReportingPeriod) =>
    `北仑制造业目标填报-${unit ?? allLeadUnits}-${formatPeriod(period)}.xlsx`,
  written: (file: string, count: number) => `已下载：${file}，含实绩 ${count} 项。`,
  opened: (name: string, count: number) => `已载入【${name}】的实绩 ${count} 项，可接着填写。`,
  unrecorded: "文件未记录是哪个单位的模板（名称或模板信息已丢失），已按当前所选单位载入。",
  formulas: (count: number) =>
    `其中 ${count} 项在文件中是公式，已按文件保存的计算结果载入；下载的文件中为数值。`,
  notInTemplate: (count: number, list: string) => `${count} 项不在本单位的模板中，未载入：${list}。`,
  otherYears: (count: number) => `其他年份已填的实绩 ${count} 项（来自打开的文件）随下载一并保留：`,
  pending: (name: string, typed: number) => `打开【${name}】会替换表中已填的 ${typed} 项实绩。`,
  replace: "替换为文件中的实绩",
  keep: "取消，保留已填内容",
};

export const checkTexts = {
  intro:
    "选择或拖入各单位交回的一个或多个文件（.xlsx），按报告期校验：每个文件的问题按牵头单位和指标分组，并列出从文件中读到的每个实绩。只读，不改动文件。",
  clear: "清空文件",
  none: "尚未选择文件。",
  fileHeading: (name: string) => `【${name}】`,
  unitOf: (unit: string | null, recorded: boolean) =>
    recorded ? `模板单位：${unit ?? allLeadUnits}` : "模板单位：文件未记录",
  summary: (errors: number, warnings: number, notes: number) =>
    errors + warnings + notes === 0
      ? "合计：未发现问题。"
      : `合计：错误 ${errors} 条，警告 ${warnings} 条，提示 ${notes} 条。`,
  unreadable: "无法读取",
  notesHeading: "读取说明",
  unreported: (count: number) => `尚未填写（提示 ${count} 条）`,
  unknownRows: (count: number) => `未识别的行（${count} 行，未校验）`,
  unknownRow: (sheet: string, address: string, code: string) =>
    `'${sheet}'!${address}：代码“${code}”不在目标模型中`,
  actualsHeading: (filled: number, all: number) =>
    `读到的实绩：${filled} 个单元格填写了内容（共读取实绩单元格 ${all} 个，其余为空）`,
  actualsColumns: ["单元格", "代码", "指标", "年份", "文件中的内容", "采用的数值"],
  formula: (formula: string) => `（公式 ${formula}）`,
  noFigure: "无（不是数值）",
  acrossHeading: "【各文件之间】",
  acrossNone: "各文件之间没有不一致。",
  cell: (sheet: string, address: string) => `'${sheet.replace(/'/g, "''")}'!${address}`,
  suggestion: (value: string) => `（建议改为 ${value}）`,
};

export const consolidateTexts = {
  intro:
    "选择或拖入本期各单位交回的文件，合并为汇总：各文件数值不一致的，点选采用哪一个；下载汇总工作簿，查看进度总览图表，复制情况分析。",
  clear: "清空文件",
  none: "尚未选择文件。",
  prefer: "数值不一致时优先采用",
  preferNone: "不指定（逐项点选）",
  filesHeading: "文件",
  filesColumns: ["文件", "填报单位", "保存时间", "读到实绩", "采用数值", "错误", "说明"],
  superseded: "同一单位有较新的文件，未采用",
  unreadHeading: "无法读取的文件",
  conflictsHeading: (open: number, all: number) => `各文件不一致（${all} 处，待确认 ${open} 处）`,
  conflictsNone: "各文件之间没有不一致的数值。",
  conflictLegend: (id: string, name: string, year: number) => `${id} ${name} ${year}年实绩`,
  candidate: (file: string, unit: string | null, value: string, where: string) =>
    `【${file}】${unit ?? allLeadUnits}：${value}（${where}）`,
  unsettled: "待确认：点选采用的数值，确认前不计入汇总。",
  download: "下载汇总工作簿",
  writing: "正在生成汇总工作簿…",
  fileName: (period: ReportingPeriod) => `北仑制造业目标汇总-${formatPeriod(period)}.xlsx`,
  overviewHeading: "进度总览",
  sourcesHeading: "数据来源（各数值的来源文件和单元格）",
  briefHeading: "情况分析",
  copy: "复制情况分析",
  copied: "已复制情况分析，可粘贴到会议材料中。",
  copyFailed: "浏览器不允许复制：请选中下面的文字后按 Ctrl+C。",
  print: "打印（A4）",
};
