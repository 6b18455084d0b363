/** Everything the command-line tools print, in Chinese: usage, argument errors, reports. */
import { formatPeriod, type ReportingPeriod } from "../core/reporting-period";
import { shown } from "../core/validation/messages";

/** What every tool says of a mistake in its arguments. */
export const argumentTexts = {
  badArguments: (detail: string) => `参数有误：${detail}`,
  badPeriod: (text: string) => `报告期“${text}”无效：应为 YYYY-MM，如 2023-06（1–6月）或 2023-12（全年）。`,
  notXlsx: (file: string) => `输出文件须以 .xlsx 结尾：${file}`,
};

/** `npm run template`. */
export const templateTexts = {
  usage: [
    "用法：npm run template -- --out 文件.xlsx [--unit 牵头单位] [--period YYYY-MM] [--assign 代码=牵头单位 …]",
    "                          [--password 密码] [--force] [--help]",
    "  --out       要生成的 .xlsx 文件（必填）",
    "  --unit      只含该牵头单位的指标，如 --unit 区经信局（默认：全部牵头单位）；--unit 工作专班 为文件未明确牵头单位的指标",
    "  --period    表头写明的报告期，如 2023-06 表示 2023年1–6月（默认：上一个完整月份）",
    "  --assign    指定文件未明确牵头单位的指标由谁填报，如 --assign B-06=区经信局（可重复；默认：工作专班）",
    "  --password  工作表保护密码（默认：保护但不设密码）",
    "  --force     文件已存在时覆盖",
  ].join("\n"),
  missingOut: "缺少 --out：请指定要生成的 .xlsx 文件。",
  exists: (file: string) => `文件已存在：${file}。如需覆盖，请加 --force。`,
  noFolder: (folder: string) => `输出目录不存在：${folder}`,
  unknownUnit: (unit: string, units: string[]) => `没有牵头单位“${unit}”。可选：${units.join("、")}。`,
  badAssignment: (text: string) => `--assign “${text}”无效：应为 代码=牵头单位，如 --assign B-06=区经信局。`,
  notUnled: (id: string, ids: string[]) =>
    `${id} 在文件中已有牵头单位，不能指定；可指定的指标：${ids.join("、")}。`,
  written: (file: string, sheets: string[], period: string) =>
    `已生成 ${file}（工作表：${sheets.join("、")}；报告期：${period}）。`,
};

/** `npm run consolidate`. */
export const consolidateTexts = {
  usage: [
    "用法：npm run consolidate -- 文件.xlsx [文件2.xlsx …] --out 汇总.xlsx [--period YYYY-MM] [--prefer 牵头单位] [--force] [--json]",
    "  --out     要生成的汇总 .xlsx（必填；不会覆盖已有文件，除非加 --force；不能是交回的文件之一）",
    "  --period  报告期，如 2023-06 表示 2023年1–6月（默认：各文件表头写明且一致的报告期，否则为上一个完整月份）",
    "  --prefer  各文件数值不一致时采用该牵头单位的数值，如 --prefer 资规分局（否则不一致的数值不汇总，列出待确认）",
    "  --force   --out 已存在时覆盖",
    "  --json    以 JSON 输出汇总结果（period、files、values、conflicts、missing、statuses、brief）",
    "退出码：0 已汇总且无待确认、无错误；1 有待确认的不一致或文件中有错误；2 有文件无法读取或参数有误。",
  ].join("\n"),
  missingOut: "缺少 --out：请指定要生成的汇总 .xlsx 文件。",
  exists: (file: string) => `文件已存在：${file}。如需覆盖，请加 --force。`,
  noFolder: (folder: string) => `输出目录不存在：${folder}`,
  outIsInput: (file: string) => `--out 不能是交回的文件之一（${file}）：汇总从不改写交回的文件。`,
  unknownUnit: (unit: string, units: string[]) => `没有牵头单位“${unit}”。可选：${units.join("、")}。`,
  report: (
    result: {
      files: { file: string; unit: string | null; used: boolean; figures: number; errors: number }[];
      values: unknown[];
      conflicts: {
        indicatorId: string;
        year: number;
        chosen: string | null;
        candidates: { file: string; value: number }[];
      }[];
      missing: { units: string[] };
    },
    out: string,
    unsettled: number,
    errors: number,
  ) => [
    `已生成 ${out}：汇总 ${result.values.length} 个数值，来自 ${result.files.filter((f) => f.used).length} 个文件。`,
    ...result.files.map(
      (f) =>
        `  ${f.file}（${f.unit ?? "全部牵头单位"}）：采用 ${f.figures} 个数值，错误 ${f.errors} 处${f.used ? "" : "；同一单位有较新的文件，未采用"}`,
    ),
    ...result.conflicts
      .filter((c) => c.chosen === null)
      .map(
        (c) =>
          `  待确认：${c.indicatorId} ${c.year}年 ${c.candidates.map((k) => `${k.file} ${k.value}`).join("，")}（可加 --prefer 牵头单位）`,
      ),
    ...(result.missing.units.length > 0 ? [`  未报送：${result.missing.units.join("、")}`] : []),
    unsettled + errors === 0
      ? "合计：无待确认的不一致，无错误。"
      : `合计：待确认 ${unsettled} 处，错误 ${errors} 处（用 npm run validate-workbook 查看）。`,
  ],
};

/** `npm run validate-workbook`. */
const statedPeriodNote = (stated: string, used: string) =>
  `文件表头写明的报告期为 ${stated}，本次按 --period 指定的 ${used} 校验。`;

export const validateTexts = {
  usage: [
    "用法：npm run validate-workbook -- 文件.xlsx [文件2.xlsx …] [--period YYYY-MM] [--json [--actuals]]",
    "  --period   报告期，如 2023-06 表示 2023年1–6月（默认：文件表头写明的报告期，没有时为上一个完整月份）",
    "  --json     以 JSON 数组输出全部问题",
    '  --actuals  与 --json 同用：输出 {"findings": […], "actuals": […]}，含从每个文件读到的每个实绩',
    "退出码：0 无错误；1 发现错误；2 有文件不是模板或无法读取。",
  ].join("\n"),
  noFiles: "请至少给出一个 .xlsx 文件。",
  /** A reference Excel's Name Box accepts. */
  cellRef: (sheet: string, address: string) => `'${sheet.replace(/'/g, "''")}'!${address}`,
  fileHeading: (file: string, period: ReportingPeriod) => `【${file}】报告期 ${formatPeriod(period)}`,
  statedPeriodNote,
  fileFailed: (file: string, reason: string) => `【${file}】${reason}`,
  severityHeading: (severity: string, count: number) => `${severity}（${count} 条）`,
  suggestion: (value: number) => `（建议改为 ${shown(value)}）`,
  unknownRowsHeading: (count: number) => `未识别的行（${count} 行，未校验）`,
  acrossFilesHeading: "【各文件之间】",
  summary: (errors: number, warnings: number, notes: number) =>
    errors + warnings + notes === 0
      ? "合计：未发现问题。"
      : `合计：错误 ${errors} 条，警告 ${warnings} 条，提示 ${notes} 条。`,
};
