/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { ErrorBoundary } from "../../src/taskpane/components/ErrorBoundary";
import { renderPane } from "./render-pane";
import { describeError } from "../../src/taskpane/state/describe-error";
import { zhCN } from "../../src/taskpane/messages/zh-CN";
import type { WorkbookOperations } from "../../src/host/contract";

describe("tabs", () => {
  test("arrow keys move between tabs and the selected tab is the only tab stop", async () => {
    renderPane();
    const home = screen.getByRole("tab", { name: "首页" });
    expect(home).toHaveAttribute("aria-selected", "true");
    await act(async () => fireEvent.keyDown(home, { key: "ArrowRight" }));
    const findings = screen.getByRole("tab", { name: "校验结果" });
    expect(findings).toHaveAttribute("aria-selected", "true");
    expect(findings).toHaveFocus();
    expect(screen.getAllByRole("tab").map((tab) => tab.getAttribute("tabindex"))).toEqual([
      "-1",
      "0",
      "-1",
      "-1",
      "-1",
    ]);
    await act(async () => fireEvent.keyDown(findings, { key: "ArrowLeft" }));
    await act(async () => fireEvent.keyDown(screen.getByRole("tab", { name: "首页" }), { key: "ArrowLeft" }));
    expect(screen.getByRole("tab", { name: "设置" })).toHaveAttribute("aria-selected", "true");
  });
});

describe("settings", () => {
  test("a warning line above the on-track line is refused with a message and not saved", async () => {
    const { saved } = renderPane();
    await act(async () => fireEvent.click(screen.getByRole("tab", { name: "设置" })));
    fireEvent.change(await screen.findByLabelText("达标线（%）"), { target: { value: "90" } });
    fireEvent.change(screen.getByLabelText("预警线（%）"), { target: { value: "95" } });
    fireEvent.click(screen.getByRole("button", { name: "保存设置" }));
    expect(await screen.findByText("预警线应低于或等于达标线，且均为 0–1000 之间的数。")).toBeInTheDocument();
    expect(saved.has("BL.thresholds")).toBe(false);
  });

  test("thresholds in percent are stored as fractions", async () => {
    const { saved, store } = renderPane();
    await act(async () => fireEvent.click(screen.getByRole("tab", { name: "设置" })));
    fireEvent.change(await screen.findByLabelText("达标线（%）"), { target: { value: "95" } });
    fireEvent.change(screen.getByLabelText("预警线（%）"), { target: { value: "80" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "保存设置" })));
    expect(saved.get("BL.thresholds")).toEqual({ green: 0.95, amber: 0.8 });
    expect(store.get().thresholds).toEqual({ green: 0.95, amber: 0.8 });
  });
});

describe("who reports the targets the document names no lead unit for (B-06, B-07)", () => {
  test("the unit picker offers 工作专班 and says it reports B-06 and B-07 until a unit is assigned", async () => {
    renderPane();
    await act(async () => fireEvent.click(screen.getByRole("tab", { name: "设置" })));
    const picker = await screen.findByLabelText("我的牵头单位");
    expect([...(picker as HTMLSelectElement).options].map((option) => option.textContent).slice(-2)).toEqual([
      "开发区投资促进局",
      "工作专班（填报文件未明确牵头单位的指标）",
    ]);
    expect(
      screen.getByText(
        "B-06 新增财政资金、B-07 出让土地总量中工业用地比例 文件未明确牵头单位，由工作专班填报；可在“设置”中指定单位。",
      ),
    ).toBeInTheDocument();
  });

  test("assigning B-06 to a unit is stored with the workbook, and that unit's template gets the row", async () => {
    const { saved, store, actions, wb } = renderPane();
    await act(async () => fireEvent.click(screen.getByRole("tab", { name: "设置" })));
    const b06 = await screen.findByLabelText("B-06 新增财政资金");
    expect((b06 as HTMLSelectElement).value).toBe("");
    await act(async () => fireEvent.change(b06, { target: { value: "区发改局" } }));
    expect(saved.get("BL.assignments")).toEqual({ "B-06": "区发改局" });
    expect(store.get().assignments).toEqual({ "B-06": "区发改局" });
    await act(() => actions.saveSettings({ unit: "区发改局" }));
    actions.choose({ insertScope: "mine" });
    await act(() => actions.insertTemplate());
    const body = wb.sheet("正文其他量化目标").toMatrix();
    const codes = body.map((row) => row[1]).filter((code) => /^B-/.test(String(code)));
    expect(codes).toEqual(["B-02", "B-06"]);
    expect(body.flat()).toContain("区发改局（工作专班指定）");
    expect(wb.sheet("正文其他量化目标").cell("D2").value).toBe("报告期：2023年1–6月");
  });
});

describe("Excel errors become messages", () => {
  test.each([
    [
      { code: "AccessDenied", message: "x" },
      "工作表受保护，无法写入。请在“设置”中填写保护密码，或撤销工作表保护后重试。",
    ],
    [
      { code: "InvalidOperationInCellEditMode", message: "x" },
      "Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。",
    ],
    [
      { code: "ItemNotFound", message: "x" },
      "找不到模板所在的工作表或区域，可能已被删除或重命名。请重新插入模板。",
    ],
    [new Error("网络中断"), "操作未完成：网络中断"],
  ])("%p → %s", (error, text) => {
    expect(describeError(error, zhCN)).toBe(text);
  });

  test("a failing 校验实绩 shows the message in an alert and the pane stays usable", async () => {
    const failing = { code: "InvalidOperationInCellEditMode", message: "edit mode" };
    const { host } = renderPane();
    const workbook: WorkbookOperations = { ...host.workbook, validate: () => Promise.reject(failing) };
    const { actions } = renderPane({ workbook });
    await act(() => actions.validate());
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。",
    );
    expect(screen.getAllByRole("button", { name: "校验实绩" }).at(-1)).toBeEnabled();
  });

  test("an Excel without the needed requirement set says so when the pane opens", () => {
    renderPane({ missingRequirement: "ExcelApi 1.7" });
    expect(screen.getByRole("alert")).toHaveTextContent("需要 ExcelApi 1.7");
  });
});

describe("a rendering error", () => {
  test("shows a message instead of a blank pane", () => {
    const Broken = () => {
      throw new Error("坏数据");
    };
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    render(
      <ErrorBoundary messages={zhCN}>
        <Broken />
      </ErrorBoundary>,
    );
    spy.mockRestore();
    expect(screen.getByRole("alert")).toHaveTextContent("操作未完成：坏数据");
    expect(screen.getByRole("alert")).toHaveTextContent("重新打开任务窗格");
  });
});
