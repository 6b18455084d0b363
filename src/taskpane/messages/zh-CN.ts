import { formatPeriod } from "../../core/reporting-period";

/** Every string the pane shows, in Simplified Chinese (the reference language; en-US mirrors its shape). */
export const zhCN = {
  /** Which language these are (for words that load on demand, such as the 自检's). */
  language: "zh-CN" as string,
  appTitle: "制造业目标填报",
  appSubtitle: (document: string) => document,
  tabs: { home: "首页", findings: "校验结果", consolidate: "汇总", functions: "函数", settings: "设置" },
  unit: {
    label: "我的牵头单位",
    all: "全部牵头单位",
    placeholder: "选择牵头单位",
    taskForce: "工作专班（填报文件未明确牵头单位的指标）",
    unledHint: (items: string) => `${items} 文件未明确牵头单位，由工作专班填报；可在“设置”中指定单位。`,
  },
  period: {
    label: "报告期",
    year: "年份",
    month: "截至月份",
    monthOption: (month: number) => (month === 12 ? "全年" : month === 1 ? "1月" : `1–${month}月`),
    describe: (year: number, month: number) => formatPeriod({ year, month }),
  },
  home: { showFindings: (count: number) => `查看校验结果（${count} 条）` },
  insert: {
    title: "目标任务分解表",
    button: "插入模板",
    scopeLabel: "插入范围",
    scopeAll: "全部牵头单位",
    scopeMine: (unit: string) => `仅${unit}`,
    existingLabel: "工作簿中已有模板",
    update: "更新目标和版式，保留已填实绩",
    copy: "另插入一份副本（此后校验和进度以副本为准，原表保留不动）",
    choose: "请选择…",
    running: "正在插入…",
    inserted: (sheets: string) => `已插入：${sheets}。请在白底的“实绩”单元格中填报。`,
    copied: (sheets: string) => `已插入副本：${sheets}。此后校验和进度以副本为准，原工作表保留不变。`,
    updated: (kept: number, remarks = 0) =>
      `已更新模板，保留了 ${kept} 个已填实绩${remarks > 0 ? `和 ${remarks} 条备注` : ""}。`,
    orphanedRemarks: (count: number, sheet: string) =>
      `${count} 条备注的指标不在新模板中，已保留在工作表“${sheet}”。`,
    orphaned: (count: number, sheet: string) =>
      `${count} 个实绩的指标不在新模板中，已保留在工作表“${sheet}”。`,
    needsChoice: "工作簿中已有模板：请选择“更新”或“插入副本”后再点击插入模板。",
    wrongPassword: (sheet: string) => `工作表“${sheet}”受密码保护，请在“设置”中输入正确的保护密码。`,
  },
  validate: {
    button: "校验实绩",
    running: "正在校验…",
    summary: (errors: number, warnings: number, notes: number) =>
      errors + warnings + notes === 0
        ? "校验完成：未发现问题。"
        : `校验完成：错误 ${errors} 处，警告 ${warnings} 处，提示 ${notes} 处。`,
    noTemplate: "尚未插入模板 — 请先点击“插入模板”。",
  },
  progress: {
    title: "我的指标进度",
    columns: {
      actual: "实绩",
      target: "年度目标",
      expected: "序时进度",
      attainment: "完成率",
      status: "状态",
    },
    notReported: "未填报",
    unreadable: "填写有误",
    noTarget: "本年无目标",
    empty: "尚未插入模板 — 点击“插入模板”。",
    chooseUnit: "选择“我的牵头单位”后显示本单位指标进度。",
    statusText: { 达标: "达标", 预警: "预警", 滞后: "滞后" },
  },
  findings: {
    filterLabel: "按严重程度筛选",
    all: "全部",
    severity: { 错误: "错误", 警告: "警告", 提示: "提示" },
    empty: "未发现问题。",
    notRun: "尚未校验 — 点击“校验实绩”。",
    select: "定位",
    fix: "修正",
    fixAll: (count: number) => `全部修正此类（${count} 处）`,
    original: (text: string) => `原值：${text}`,
    suggestion: (text: string) => `建议：${text}`,
    confirmTitle: "确认修正",
    confirmBody: "将写入以下单元格：",
    change: (address: string, from: string, to: string) => `${address}：“${from}” → ${to}`,
    apply: "确认修正",
    cancel: "取消",
    applied: (count: number) => `已修正 ${count} 处。`,
    skipped: (count: number) => ` ${count} 处在校验后已被改动，未修正，请重新校验。`,
    unitGroup: (unit: string) => unit || "未指定牵头单位",
  },
  functions: {
    intro: "在单元格中输入以下函数（命名空间 BL），或选中单元格后点击“插入”。",
    insert: "插入",
    inserted: (formula: string) => `已在所选单元格插入 ${formula}`,
    occupied: (address: string) =>
      `所选单元格 ${address} 已有内容，未插入。请选中一个空白单元格后再点击“插入”。`,
    catalog: [
      { name: "TARGET", description: "某指标某年的年度目标。", example: '=BL.TARGET("A2-05", 2023)' },
      {
        name: "CUMTARGET",
        description: "到某年末的累计目标（逐年新增类为各年之和）。",
        example: '=BL.CUMTARGET("A2-15", 2023)',
      },
      { name: "BASELINE", description: "附件1 所列 2020 年基数。", example: '=BL.BASELINE("A2-03")' },
      {
        name: "EXPECTED",
        description: "序时进度目标：到某月末应完成的数。",
        example: '=BL.EXPECTED("A2-05", 2022, 6)',
      },
      {
        name: "ATTAINMENT",
        description: "完成率：实绩 ÷ 目标（给月份时 ÷ 序时进度）。",
        example: '=BL.ATTAINMENT("A2-03", 2023, 63)',
      },
      {
        name: "GAP",
        description: "距目标还差多少（正数为落后）。",
        example: '=BL.GAP("A2-03", 2023, 63, 6)',
      },
      {
        name: "STATUS",
        description: "达标、预警或滞后（默认阈值 100% 与 90%）。",
        example: '=BL.STATUS("A2-03", 2023, 66.5)',
      },
      {
        name: "INDICATORS",
        description: "列出某牵头单位或类别的指标清单。",
        example: '=BL.INDICATORS("区科技局")',
      },
    ],
  },
  settings: {
    thresholdsTitle: "完成率阈值",
    green: "达标线（%）",
    amber: "预警线（%）",
    password: "工作表保护密码（可选）",
    passwordHint: "留空表示不设密码。",
    save: "保存设置",
    saved: "设置已保存到本工作簿。",
    invalidThresholds: "预警线应低于或等于达标线，且均为 0–1000 之间的数。",
    assignTitle: "未明确牵头单位的指标",
    assignHint: "文件未写明这些指标由谁填报。指定单位后，该单位的模板含此指标；此设置保存在本工作簿中。",
    assignLabel: (id: string, name: string) => `${id} ${name}`,
    assignDefault: "工作专班（文件未明确）",
  },
  errors: {
    protected: "工作表受保护，无法写入。请在“设置”中填写保护密码，或撤销工作表保护后重试。",
    editMode: "Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。",
    requirement: (set: string) =>
      `当前 Excel 版本不支持此功能（需要 ${set}）。请升级到 Microsoft 365 版 Excel。`,
    reopen: "请关闭并重新打开任务窗格；填报内容保存在工作簿中，不会丢失。",
    apiMissing: "当前 Excel 版本缺少此操作所需的功能，请升级到 Microsoft 365 版 Excel 后重试。",
    noLiveValidation: "当前 Excel 版本不支持边填边校验，请填报后点击“校验实绩”。",
    notFound: "找不到模板所在的工作表或区域，可能已被删除或重命名。请重新插入模板。",
    generic: (message: string) => `操作未完成：${message}`,
  },
};

export type Messages = typeof zhCN;
