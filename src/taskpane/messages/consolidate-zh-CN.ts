/**
 * 汇总's words in Simplified Chinese (the reference; consolidate-en-US.ts mirrors its shape). They load
 * with the 汇总 tab and its actions, not with the pane: the first load carries only the tab's name.
 */
export const consolidateZhCN = {
  title: "工作专班汇总",
  intro:
    "选择各牵头单位交回的文件（可多选），汇总到本工作簿：实绩填入模板，并生成“数据来源”“进度总览”“情况分析”。只读取所选文件，不改动它们。",
  choose: "选择文件",
  thresholds: (green: string, amber: string) => `达标线 ${green}，预警线 ${amber}（在“设置”中修改）。`,
  reading: (done: number, total: number) => `已读取 ${done}/${total} 个文件`,
  filesTitle: (count: number) => `交回的文件（${count} 个）`,
  allUnits: "全部牵头单位",
  latestYear: (year: number | null) => (year === null ? "未填实绩" : `实绩填至 ${year} 年`),
  fileFacts: (actuals: number, errors: number) => `读取实绩 ${actuals} 个 · 错误 ${errors} 处`,
  superseded: "同一单位有较新的文件，未采用",
  readingFile: "读取中…",
  conflictsTitle: (count: number) => `各文件数值不一致（${count} 处）：请选择采用哪个`,
  conflict: (id: string, name: string, year: number) => `${id} ${name}（${year}年）`,
  candidate: (unit: string, value: string, file: string) => `${unit}：${value}（${file}）`,
  unsettled: (count: number) => `还有 ${count} 处未选择：这些指标暂不写入，在“数据来源”中列出。`,
  write: "写入工作簿…",
  writing: "正在写入…",
  confirmTitle: "确认写入汇总",
  insertTemplate: (count: number) => `工作簿中没有模板：将插入模板（全部牵头单位）并填入 ${count} 个实绩。`,
  fills: (count: number) => `填入 ${count} 个空白的实绩单元格。`,
  same: (count: number) => `${count} 个单元格已是相同数值，不变。`,
  differing: (count: number) => `${count} 个单元格已有不同内容，勾选的才覆盖：`,
  change: (address: string, from: string, to: string) => `${address}：“${from}” → ${to}`,
  unplacedCells: (count: number) =>
    `${count} 个实绩在本工作簿的模板中没有单元格（模板只含部分单位），只列入“数据来源”。`,
  sheet: (name: string, replaces: boolean, rows: number, charts: number) =>
    `${replaces ? "替换本加载项此前生成的" : "新建"}工作表“${name}”：${rows} 行${charts > 0 ? `，${charts} 个图表` : ""}。`,
  confirm: "确认写入",
  cancel: "取消",
  insertedTemplate: (sheets: string) => `已插入模板：${sheets}。`,
  written: (count: number, overwritten: number, sheets: string) =>
    `已填入 ${count} 个实绩${overwritten > 0 ? `（其中覆盖 ${overwritten} 个）` : ""}，并写入工作表 ${sheets}。`,
  kept: (count: number) => ` ${count} 个已有不同内容的单元格未覆盖。`,
  locked: (count: number) => ` ${count} 个单元格被锁定（工作表受保护），未写入。`,
  unplaced: (count: number) => ` ${count} 个实绩在模板中没有单元格，只列入“数据来源”。`,
  briefTitle: "情况分析",
  copy: "复制情况分析",
  copied: "已复制情况分析，可粘贴到会议材料中。",
  selected: "已选中情况分析全文，请按 Ctrl+C 复制。",
};

export type ConsolidateMessages = typeof consolidateZhCN;
