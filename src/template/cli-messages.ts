/** What `npm run template` tells its user. */
export const cliTexts = {
  usage: [
    "用法：npm run template -- --out 文件.xlsx [--unit 牵头单位] [--password 密码] [--force] [--help]",
    "  --out       要生成的 .xlsx 文件（必填）",
    "  --unit      只含该牵头单位的指标，如 --unit 区经信局（默认：全部牵头单位）",
    "  --password  工作表保护密码（默认：保护但不设密码）",
    "  --force     文件已存在时覆盖",
  ].join("\n"),
  badArguments: (detail: string) => `参数有误：${detail}`,
  missingOut: "缺少 --out：请指定要生成的 .xlsx 文件。",
  notXlsx: (file: string) => `输出文件须以 .xlsx 结尾：${file}`,
  exists: (file: string) => `文件已存在：${file}。如需覆盖，请加 --force。`,
  noFolder: (folder: string) => `输出目录不存在：${folder}`,
  unknownUnit: (unit: string, units: string[]) => `没有牵头单位“${unit}”。可选：${units.join("、")}。`,
  written: (file: string, sheets: string[]) => `已生成 ${file}（工作表：${sheets.join("、")}）。`,
};
