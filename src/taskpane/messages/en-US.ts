import type { Messages } from "./zh-CN";

/** English strings for an English-language Office (same shape as zh-CN). */
export const enUS: Messages = {
  language: "en-US",
  appTitle: "Manufacturing targets",
  appSubtitle: (document) => `Beilun plan ${document}`,
  tabs: {
    home: "Home",
    findings: "Findings",
    consolidate: "Consolidate",
    functions: "Functions",
    settings: "Settings",
  },
  unit: {
    label: "My lead unit",
    all: "All lead units",
    placeholder: "Choose a lead unit",
    taskForce: "Task force (targets the document gives no lead unit)",
    unledHint: (items) =>
      `${items} name no lead unit in the document: the task force reports them; assign a unit in Settings.`,
  },
  period: {
    label: "Reporting period",
    year: "Year",
    month: "Through month",
    monthOption: (month) => (month === 12 ? "Full year" : month === 1 ? "Jan" : `Jan–${month}`),
    describe: (year, month) =>
      month === 12 ? `${year}` : month === 1 ? `${year} Jan` : `${year} Jan–${month}`,
  },
  home: { showFindings: (count) => `See findings (${count})` },
  insert: {
    title: "Target breakdown template",
    button: "Insert template",
    scopeLabel: "Insert for",
    scopeAll: "All lead units",
    scopeMine: (unit) => `Only ${unit}`,
    existingLabel: "The workbook already has the template",
    update: "Update targets and layout, keep actuals",
    copy: "Insert a copy (validation and progress then use the copy; the original stays as it is)",
    choose: "Choose…",
    running: "Inserting…",
    inserted: (sheets) => `Inserted: ${sheets}. Type actuals in the white actual cells.`,
    copied: (sheets) =>
      `Copy inserted: ${sheets}. Validation and progress now use the copy; the original sheets are unchanged.`,
    updated: (kept, remarks = 0) =>
      `Template updated; ${kept} actuals${remarks > 0 ? ` and ${remarks} remarks` : ""} kept.`,
    orphanedRemarks: (count, sheet) =>
      `${count} remarks belong to indicators no longer in the template; kept in sheet "${sheet}".`,
    orphaned: (count, sheet) =>
      `${count} actuals belong to indicators no longer in the template; kept in sheet "${sheet}".`,
    needsChoice:
      "The workbook already has the template: choose Update or Insert a copy, then Insert template.",
    wrongPassword: (sheet) =>
      `Sheet "${sheet}" is password protected: enter the protection password in Settings.`,
  },
  validate: {
    button: "Validate actuals",
    running: "Validating…",
    summary: (errors, warnings, notes) =>
      errors + warnings + notes === 0
        ? "Validation done: no findings."
        : `Validation done: ${errors} errors, ${warnings} warnings, ${notes} notes.`,
    noTemplate: "No template yet: select Insert template first.",
  },
  progress: {
    title: "My indicators",
    columns: {
      actual: "Actual",
      target: "Target",
      expected: "Expected",
      attainment: "Attainment",
      status: "Status",
    },
    notReported: "Not reported",
    unreadable: "Not a number",
    noTarget: "No target this year",
    empty: "No template yet: select Insert template.",
    chooseUnit: "Choose My lead unit to see its indicators.",
    statusText: { 达标: "On track", 预警: "Warning", 滞后: "Behind" },
  },
  findings: {
    filterLabel: "Filter by severity",
    all: "All",
    severity: { 错误: "Error", 警告: "Warning", 提示: "Note" },
    empty: "No findings.",
    notRun: "Not validated yet: select Validate actuals.",
    select: "Go to cell",
    fix: "Fix",
    fixAll: (count) => `Fix all of this kind (${count})`,
    original: (text) => `Typed: ${text}`,
    suggestion: (text) => `Suggested: ${text}`,
    confirmTitle: "Confirm fix",
    confirmBody: "These cells will be written:",
    change: (address, from, to) => `${address}: "${from}" → ${to}`,
    apply: "Apply",
    cancel: "Cancel",
    applied: (count) => `${count} cells fixed.`,
    skipped: (count) => ` ${count} cells changed since validation were left as they are; validate again.`,
    unitGroup: (unit) => unit || "No lead unit",
  },
  functions: {
    intro: "Type these functions in a cell (namespace BL), or select a cell and choose Insert.",
    insert: "Insert",
    inserted: (formula) => `Inserted ${formula} in the selected cell`,
    occupied: (address) =>
      `${address} is not empty, so nothing was inserted. Select an empty cell, then Insert.`,
    catalog: [
      {
        name: "TARGET",
        description: "The year's target of an indicator.",
        example: '=BL.TARGET("A2-05", 2023)',
      },
      {
        name: "CUMTARGET",
        description: "Running-total target by the end of a year.",
        example: '=BL.CUMTARGET("A2-15", 2023)',
      },
      { name: "BASELINE", description: "The 2020 baseline of Annex 1.", example: '=BL.BASELINE("A2-03")' },
      {
        name: "EXPECTED",
        description: "Time-progress target at the end of a month.",
        example: '=BL.EXPECTED("A2-05", 2022, 6)',
      },
      {
        name: "ATTAINMENT",
        description: "Actual ÷ target (÷ expected with a month).",
        example: '=BL.ATTAINMENT("A2-03", 2023, 63)',
      },
      {
        name: "GAP",
        description: "How far the actual is behind (positive = behind).",
        example: '=BL.GAP("A2-03", 2023, 63, 6)',
      },
      {
        name: "STATUS",
        description: "On track, warning or behind (100% / 90% by default).",
        example: '=BL.STATUS("A2-03", 2023, 66.5)',
      },
      {
        name: "INDICATORS",
        description: "The indicators of a lead unit or category.",
        example: '=BL.INDICATORS("区科技局")',
      },
    ],
  },
  settings: {
    thresholdsTitle: "Attainment thresholds",
    green: "On-track line (%)",
    amber: "Warning line (%)",
    password: "Sheet protection password (optional)",
    passwordHint: "Leave empty for no password.",
    save: "Save settings",
    saved: "Settings saved in this workbook.",
    invalidThresholds: "The warning line must not exceed the on-track line; both between 0 and 1000.",
    assignTitle: "Targets without a lead unit",
    assignHint:
      "The document names no unit for these. The unit chosen gets them in its template; saved in this workbook.",
    assignLabel: (id, name) => `${id} ${name}`,
    assignDefault: "Task force (not named in the document)",
  },
  errors: {
    protected: "The sheet is protected. Enter its password in Settings, or unprotect it, and try again.",
    editMode: "Excel is editing a cell. Press Enter or Esc, then try again.",
    requirement: (set) => `This Excel does not support this feature (needs ${set}). Use Microsoft 365 Excel.`,
    reopen: "Close and reopen the pane; what you typed is in the workbook and is not lost.",
    apiMissing: "This Excel lacks what this action needs; update to Microsoft 365 Excel and try again.",
    noLiveValidation:
      "This Excel cannot check cells as they are typed; select Validate actuals after typing.",
    notFound: "The template's sheet or range is missing (deleted or renamed?). Insert the template again.",
    generic: (message) => `Not completed: ${message}`,
  },
};
