/**
 * 自检: each Office.js behaviour the add-in relies on (and in-memory-excel imitates), run on a
 * temporary sheet of the user's own workbook, judged against what the add-in expects
 * (src/template/self-test.ts), and everything it made removed again. Each check is a batch of its own,
 * so a failure stays in its check; every batch runs with `delayForCellEdit`, so a cell being edited
 * delays the 自检 instead of failing it. Not a budgeted operation: about 40 round trips, on a click.
 */
import type { OfficeDescription, SelfTestReport } from "../host/contract";
import type { Plan } from "../model/types";
import {
  functionCheck,
  judge,
  selfTestReportText,
  typedTexts,
  type SelfTestCheckId,
  type SelfTestFailure,
  type SelfTestObservation,
} from "../template/self-test";
import { asTypedInput } from "../template/carry-actuals";

export interface SelfTestEnvironment {
  office: OfficeDescription | null;
  /**
   * `formula`: write =BL.TARGET(…) on the temporary sheet and read what Excel calculates. Where there is
   * no calculation engine (the preview over the in-memory workbook), the function itself, called directly.
   */
  customFunctions: "formula" | ((indicator: unknown, year: unknown) => unknown);
  /** Whether onChanged carries triggerSource (ExcelApi 1.14). */
  triggerSource: boolean;
}

interface Scratch {
  /** The temporary sheet; every other sheet a check adds starts with its name. */
  sheet: string;
  /** Names and custom properties a check adds start with this. */
  prefix: string;
}

type Check = (context: Excel.RequestContext, scratch: Scratch) => Promise<SelfTestObservation>;

const codeOf = (error: unknown): string =>
  typeof error === "object" && error !== null && "code" in error ? String(error.code) : String(error);

/** Sends the queue: null when Excel took the batch, else the error code it refused it with. */
const refusal = (context: Excel.RequestContext): Promise<string | null> =>
  context.sync().then(
    () => null,
    (error: unknown) => codeOf(error),
  );

const sheetOf = (context: Excel.RequestContext, { sheet }: Scratch) =>
  context.workbook.worksheets.getItem(sheet);

const nullObject: Check = async (context, { prefix }) => {
  const missing = `${prefix}_missing`;
  const item = context.workbook.names.getItemOrNullObject(missing).load("type");
  await context.sync();
  // What Excel does with a child of a null object is undocumented: recorded, not relied on.
  const child = context.workbook.names.getItemOrNullObject(missing).getRangeOrNullObject();
  const refused = await refusal(context);
  return {
    id: "null-object",
    isNullObject: item.isNullObject,
    child: refused ?? (child.isNullObject ? "null" : "object"),
  };
};

const sheetSwap: Check = async (context, scratch) => {
  const worksheets = context.workbook.worksheets;
  const [old, fresh] = [`${scratch.sheet}_旧`, `${scratch.sheet}_新`];
  worksheets.add(old);
  worksheets.add(fresh);
  const place = sheetOf(context, scratch).load("position");
  await context.sync();
  // One batch, as 插入模板's swap: the old sheet goes, the new one takes its name and a place.
  worksheets.getItem(old).delete();
  const renamed = worksheets.getItem(fresh);
  renamed.name = old;
  renamed.position = place.position;
  worksheets.load("items/name");
  await context.sync();
  const names = worksheets.items.map((sheet) => sheet.name);
  worksheets.getItem(old).delete();
  await context.sync();
  return {
    id: "sheet-swap",
    position: names.indexOf(old),
    expectedPosition: place.position,
    copies: names.filter((name) => name === old).length,
    temporaryLeft: names.includes(fresh),
  };
};

const protectedCells: Check = async (context, scratch) => {
  const sheet = sheetOf(context, scratch);
  sheet.getRange("B2").format.protection.locked = false;
  sheet.protection.protect();
  await context.sync();
  sheet.getRange("B2").values = [[1]];
  const unlocked = await refusal(context);
  sheet.getRange("A1").values = [[1]];
  const locked = await refusal(context);
  const a1 = sheet.getRange("A1").load("values");
  sheet.protection.unprotect();
  await context.sync();
  return { id: "protected-cells", unlocked, locked, lockedUnchanged: a1.values[0]?.[0] === "" };
};

const passwords: Check = async (context, scratch) => {
  const protection = sheetOf(context, scratch).protection;
  const password = `${scratch.prefix}-pw`;
  protection.protect();
  protection.unprotect();
  const withoutPassword = await refusal(context);
  protection.protect(undefined, password);
  await context.sync();
  protection.unprotect();
  const unprotectWithoutPassword = await refusal(context);
  protection.unprotect(`${password}-wrong`);
  const wrongPassword = await refusal(context);
  protection.unprotect(password);
  const rightPassword = await refusal(context);
  protection.load("protected");
  await context.sync();
  return {
    id: "passwords",
    withoutPassword,
    unprotectWithoutPassword,
    wrongPassword,
    rightPassword,
    protectedAtEnd: protection.protected,
  };
};

const dataValidation: Check = async (context, scratch) => {
  const cell = sheetOf(context, scratch).getRange("C2");
  cell.dataValidation.rule = { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
  cell.dataValidation.errorAlert = { showAlert: true, style: "Stop", title: "自检", message: "≥ 0" };
  cell.values = [[-1]]; // an add-in's write is not checked by Excel; `valid` says what the rule makes of it
  cell.dataValidation.load("type, valid");
  await context.sync();
  const { type, valid } = cell.dataValidation;
  cell.dataValidation.clear();
  await context.sync();
  return { id: "data-validation", type, negativeValid: valid };
};

const pageLayout: Check = async (context, scratch) => {
  const layout = sheetOf(context, scratch).pageLayout;
  layout.orientation = "Landscape";
  layout.paperSize = "A4";
  layout.zoom = { horizontalFitToPages: 1 };
  layout.setPrintTitleRows("$1:$3");
  await context.sync();
  layout.load("orientation, paperSize, zoom");
  const titles = layout.getPrintTitleRowsOrNullObject().load("address");
  await context.sync();
  return {
    id: "page-layout",
    orientation: layout.orientation,
    paperSize: layout.paperSize,
    pagesWide: layout.zoom.horizontalFitToPages ?? null,
    titleRows: titles.isNullObject ? null : titles.address.slice(titles.address.lastIndexOf("!") + 1),
  };
};

const names: Check = async (context, scratch) => {
  const name = `${scratch.prefix}_name`;
  context.workbook.names.add(name, sheetOf(context, scratch).getRange("A1:B2"));
  await context.sync();
  const added = context.workbook.names.getItem(name).load("type, formula");
  await context.sync();
  added.delete();
  await context.sync();
  const gone = context.workbook.names.getItemOrNullObject(name);
  await context.sync();
  return { id: "names", type: added.type, formula: added.formula, deleted: gone.isNullObject };
};

const customProperties: Check = async (context, { prefix }) => {
  const key = `${prefix}.check`;
  const custom = context.workbook.properties.custom;
  custom.add(key, "1");
  await context.sync();
  const added = custom.getItem(key).load("value");
  await context.sync();
  const value: unknown = added.value;
  added.delete();
  await context.sync();
  const gone = custom.getItemOrNullObject(key);
  await context.sync();
  return { id: "custom-properties", value, deleted: gone.isNullObject };
};

const failedBatch: Check = async (context, scratch) => {
  const sheet = sheetOf(context, scratch);
  sheet.getRange("D2").values = [[1]];
  context.workbook.worksheets.getItem(`${scratch.sheet}_不存在`).getRange("A1").values = [[1]];
  sheet.getRange("D3").values = [[2]];
  const failure = await refusal(context);
  const [earlier, later] = ["D2", "D3"].map((address) => sheet.getRange(address).load("values"));
  await context.sync();
  return {
    id: "failed-batch",
    failure,
    earlierApplied: earlier?.values[0]?.[0] === 1,
    laterApplied: later?.values[0]?.[0] === 2,
  };
};

/** How long the 自检 waits for an event or a calculation. */
const patienceMs = 3000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function onChangedWith(triggerSourceSupported: boolean): Check {
  return async (context, scratch) => {
    const sheet = sheetOf(context, scratch);
    let heard: (event: Excel.WorksheetChangedEventArgs) => void = () => undefined;
    const event = new Promise<Excel.WorksheetChangedEventArgs | null>((resolve) => {
      heard = resolve;
      setTimeout(() => resolve(null), patienceMs);
    });
    const registration = sheet.onChanged.add(async (args) => heard(args));
    await context.sync();
    sheet.getRange("E2").values = [[5]];
    await context.sync();
    const args = await event;
    registration.remove();
    await context.sync();
    return {
      id: "on-changed",
      fired: args !== null,
      address: args?.address ?? null,
      source: args?.source ?? null,
      triggerSource: args?.triggerSource ?? null,
      triggerSourceSupported,
    };
  };
}

const textValues: Check = async (context, scratch) => {
  const cells = sheetOf(context, scratch).getRange("F2:F4");
  cells.values = typedTexts.map((text) => [asTypedInput(text)]);
  cells.load("values, valueTypes");
  await context.sync();
  return {
    id: "text-values",
    values: cells.values.map((row) => row[0]),
    valueTypes: cells.valueTypes.map((row) => row[0]),
  };
};

/** It ran: every batch of the 自检 is run with { delayForCellEdit: true }. */
const cellEditOption: Check = async (context, scratch) => {
  sheetOf(context, scratch).getRange("H2").values = [[1]];
  await context.sync();
  return { id: "cell-edit-option", completed: true };
};

function customFunctionsWith(how: SelfTestEnvironment["customFunctions"]): Check {
  const { indicatorId, year } = functionCheck;
  if (how !== "formula")
    return async () => ({ id: "custom-functions", how: "direct", value: how(indicatorId, year) });
  return async (context, scratch) => {
    const cell = sheetOf(context, scratch).getRange("G2");
    cell.formulas = [[`=BL.TARGET("${indicatorId}",${year})`]];
    await context.sync();
    // Excel calls custom functions asynchronously: #BUSY! (or nothing) until the answer arrives.
    let value: unknown = "";
    for (let waited = 0; waited <= patienceMs; waited += 250) {
      cell.calculate();
      cell.load("values");
      await context.sync();
      value = cell.values[0]?.[0];
      if (value !== "" && value !== "#BUSY!") break;
      await pause(250);
    }
    return { id: "custom-functions", how: "formula", value };
  };
}

interface WorkbookShape {
  sheets: string[];
  active: string;
  names: string[];
  properties: string[];
}

/** What the 自检 must leave as it found it: the sheets in order, the active one, the names, the custom properties. */
async function shapeOf(context: Excel.RequestContext): Promise<WorkbookShape> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const active = worksheets.getActiveWorksheet().load("name");
  const workbookNames = context.workbook.names.load("items/name");
  const properties = context.workbook.properties.custom.load("items/key");
  await context.sync();
  return {
    sheets: worksheets.items.map((sheet) => sheet.name),
    active: active.name,
    names: workbookNames.items.map((item) => item.name),
    properties: properties.items.map((property) => property.key),
  };
}

/** Removes what the checks may have left (also after a check that stopped half-way) and brings back the active sheet. */
async function cleanUp(
  context: Excel.RequestContext,
  scratch: Scratch,
  before: WorkbookShape,
): Promise<void> {
  const now = await shapeOf(context);
  for (const sheet of now.sheets.filter((name) => name.startsWith(scratch.sheet)))
    context.workbook.worksheets.getItem(sheet).delete();
  for (const name of now.names.filter((candidate) => candidate.startsWith(scratch.prefix)))
    context.workbook.names.getItem(name).delete();
  for (const key of now.properties.filter((candidate) => candidate.startsWith(scratch.prefix)))
    context.workbook.properties.custom.getItem(key).delete();
  if (before.sheets.includes(before.active)) context.workbook.worksheets.getItem(before.active).activate();
  await context.sync();
}

const sameShape = (a: WorkbookShape, b: WorkbookShape) => JSON.stringify(a) === JSON.stringify(b);

export async function selfTest(
  run: typeof Excel.run,
  plan: Plan,
  environment: SelfTestEnvironment,
): Promise<SelfTestReport> {
  const waiting = <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
    run({ delayForCellEdit: true }, batch);
  const before = await waiting(shapeOf);
  const stamp = Date.now().toString(36);
  const scratch = { sheet: `BL自检_${stamp}`, prefix: `BL_SelfTest_${stamp}` };
  const checks: [SelfTestCheckId, Check][] = [
    ["null-object", nullObject],
    ["sheet-swap", sheetSwap],
    ["protected-cells", protectedCells],
    ["passwords", passwords],
    ["data-validation", dataValidation],
    ["page-layout", pageLayout],
    ["names", names],
    ["custom-properties", customProperties],
    ["failed-batch", failedBatch],
    ["on-changed", onChangedWith(environment.triggerSource)],
    ["text-values", textValues],
    ["cell-edit-option", cellEditOption],
    ["custom-functions", customFunctionsWith(environment.customFunctions)],
  ];
  const outcomes: (SelfTestObservation | SelfTestFailure)[] = [];
  try {
    await waiting(async (context) => {
      context.workbook.worksheets.add(scratch.sheet);
      await context.sync();
    });
    for (const [id, check] of checks) {
      const outcome = await waiting((context) => check(context, scratch)).catch(
        (error: unknown): SelfTestFailure => ({ id, error: codeOf(error) }),
      );
      outcomes.push(outcome);
    }
  } finally {
    await waiting((context) => cleanUp(context, scratch, before));
  }
  const after = await waiting(shapeOf);
  const judged = outcomes.map((outcome) => judge(plan, outcome));
  const header = {
    office: environment.office,
    functions: environment.customFunctions === "formula" ? ("formula" as const) : ("direct" as const),
    finishedAt: new Date(),
    cleanedUp: sameShape(before, after),
  };
  return { ...header, checks: judged, text: selfTestReportText(header, judged) };
}
