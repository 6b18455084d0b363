import type { ConsolidateMessages } from "./consolidate-zh-CN";

/** 汇总's words in English (same shape as consolidate-zh-CN.ts). */
export const consolidateEnUS: ConsolidateMessages = {
  title: "Task force consolidation",
  intro:
    "Choose the files the lead units returned (several at once) to consolidate them into this workbook: actuals into the template, plus the sheets 数据来源 (sources), 进度总览 (overview) and 情况分析 (analysis). The chosen files are only read, never changed.",
  choose: "Choose files",
  thresholds: (green, amber) => `On track from ${green}, warning from ${amber} (change them in Settings).`,
  reading: (done, total) => `${done} of ${total} files read`,
  filesTitle: (count) => `Returned files (${count})`,
  allUnits: "All lead units",
  latestYear: (year) => (year === null ? "no actuals" : `actuals up to ${year}`),
  fileFacts: (actuals, errors) => `${actuals} actuals read · ${errors} errors`,
  superseded: "The same unit sent a newer file: not used",
  readingFile: "Reading…",
  conflictsTitle: (count) => `Files disagree (${count}): choose the figure to keep`,
  conflict: (id, name, year) => `${id} ${name} (${year})`,
  candidate: (unit, value, file) => `${unit}: ${value} (${file})`,
  unsettled: (count) =>
    `${count} not chosen yet: those indicators are not written, and are listed on 数据来源.`,
  write: "Write to workbook…",
  writing: "Writing…",
  confirmTitle: "Confirm the consolidation",
  insertTemplate: (count) =>
    `The workbook has no template: the template (all lead units) is inserted with ${count} actuals.`,
  fills: (count) => `${count} empty actual cells are filled.`,
  same: (count) => `${count} cells already hold the same figure and stay.`,
  differing: (count) => `${count} cells hold something else; only the ticked ones are overwritten:`,
  change: (address, from, to) => `${address}: “${from}” → ${to}`,
  unplacedCells: (count) =>
    `${count} actuals have no cell in this workbook's template (it holds only some units): listed on 数据来源 only.`,
  sheet: (name, replaces, rows, charts) =>
    `${replaces ? "Replaces the add-in's earlier sheet" : "New sheet"} “${name}”: ${rows} rows${charts > 0 ? `, ${charts} charts` : ""}.`,
  confirm: "Write",
  cancel: "Cancel",
  insertedTemplate: (sheets) => `Template inserted: ${sheets}. `,
  written: (count, overwritten, sheets) =>
    `${count} actuals written${overwritten > 0 ? ` (${overwritten} overwritten)` : ""}, and the sheets ${sheets}.`,
  kept: (count) => ` ${count} cells holding something else were left as they are.`,
  locked: (count) => ` ${count} cells are locked on a protected sheet and were not written.`,
  unplaced: (count) => ` ${count} actuals have no cell in the template: listed on 数据来源 only.`,
  briefTitle: "Analysis (情况分析)",
  copy: "Copy the analysis",
  copied: "The analysis is copied: paste it into the meeting paper.",
  selected: "The whole analysis is selected: press Ctrl+C to copy it.",
};
