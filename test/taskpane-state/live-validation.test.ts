/**
 * Live validation while the user types on: the pane's queue and actions over the Excel host code and
 * the in-memory workbook in cell-edit mode (Excel fails a batch while a cell is being edited unless it
 * was run with delayForCellEdit: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit).
 */
import { createInMemoryWorkbook, type InMemoryWorkbook } from "../../in-memory-excel";
import { excelWorkbook } from "../../src/excel/open-host";
import type { Host, WorkbookOperations } from "../../src/host/contract";
import { zhCN } from "../../src/taskpane/messages/zh-CN";
import { createPaneActions } from "../../src/taskpane/state/pane-actions";
import { initialState } from "../../src/taskpane/state/pane-state";
import { createStore } from "../../src/taskpane/state/store";
import { cellAddress } from "../../src/template/address";
import { annex2 } from "../support/template-workbook";

const settings: Host["settings"] = { get: () => null, set: () => undefined, save: async () => undefined };

async function paneOver(wb: InMemoryWorkbook, workbook: WorkbookOperations) {
  const host: Host = {
    workbook,
    settings,
    displayLanguage: "zh-CN",
    darkTheme: false,
    missingRequirement: null,
  };
  const store = createStore(initialState(host, new Date(2023, 6, 15), zhCN));
  const actions = createPaneActions(store, host, zhCN);
  await actions.insertTemplate(); // and reads it: findings shown, so live results are merged
  await workbook.watchEdits((edits) => actions.queueEdits(edits));
  return { store, actions };
}

/** 数字化车间 (A2-05) 2023: its 实绩 cell, found by the 代码 column and the header. */
function a205Of2023(wb: InMemoryWorkbook): string {
  const rows = wb.sheet(annex2).toMatrix();
  const header = rows.findIndex((row) => row.includes("代码"));
  const column = rows[header]?.indexOf("2023年实绩") ?? -1;
  const row = rows.findIndex((r) => r[rows[header]?.indexOf("代码") ?? -1] === "A2-05");
  return cellAddress(row, column);
}

describe("live validation while the user is typing in the next cell", () => {
  test("waits for the edit to end, then marks the edited cell: nothing is lost", async () => {
    const wb = createInMemoryWorkbook();
    const { store, actions } = await paneOver(
      wb,
      excelWorkbook(wb.run, { dataValidation: true, pageLayout: true }),
    );
    const cell = a205Of2023(wb);
    wb.typeIntoCell(annex2, cell, 250); // target 25: ten times → 警告 可能单位有误
    await wb.settle();
    wb.startCellEdit(annex2, "A1"); // typing elsewhere when the pause timer fires
    const running = actions.revalidatePending();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(wb.sheet(annex2).cell(cell).fill).not.toBe("#FFEB9C"); // still waiting for the edit to end
    wb.endCellEdit();
    await running;
    expect(wb.sheet(annex2).cell(cell).fill).toBe("#FFEB9C");
    expect(store.get().findings?.some((f) => f.address === cell && f.code === "off-target-magnitude")).toBe(
      true,
    );
    expect(store.get().pendingEdits).toEqual([]);
  });

  test("a batch Excel refuses puts its edits back in the queue, and the next run validates them", async () => {
    const wb = createInMemoryWorkbook();
    const workbook = excelWorkbook(wb.run, { dataValidation: true, pageLayout: true });
    let refuse = true;
    const refusing: WorkbookOperations = {
      ...workbook,
      revalidate: (...args) =>
        refuse
          ? Promise.reject(Object.assign(new Error("cell edit"), { code: "InvalidOperationInCellEditMode" }))
          : workbook.revalidate(...args),
    };
    const { store, actions } = await paneOver(wb, refusing);
    const cell = a205Of2023(wb);
    wb.typeIntoCell(annex2, cell, 250);
    await wb.settle();
    await actions.revalidatePending();
    expect(store.get().pendingEdits).toEqual([{ sheet: expect.any(String), address: cell }]);
    expect(store.get().notice?.text).toBe(zhCN.errors.editMode);
    refuse = false;
    await actions.revalidatePending();
    expect(store.get().pendingEdits).toEqual([]);
    expect(wb.sheet(annex2).cell(cell).fill).toBe("#FFEB9C");
  });
});
