/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { renderPane } from "./render-pane";

describe("the home tab", () => {
  test("says what to do first when the workbook has no template", async () => {
    const { actions } = renderPane();
    await act(() => actions.refresh());
    expect(screen.getByText("尚未插入模板 — 点击“插入模板”。")).toBeInTheDocument();
  });

  test("opens on the last complete month of the plan year (15 July 2023 → 2023年1–6月)", () => {
    renderPane();
    expect(screen.getByLabelText("年份")).toHaveValue("2023");
    expect(screen.getByLabelText("截至月份")).toHaveValue("6");
  });

  test("the chosen lead unit is stored with the workbook", async () => {
    const { saved } = renderPane();
    fireEvent.change(screen.getByLabelText("我的牵头单位"), { target: { value: "区科技局" } });
    await waitFor(() => expect(saved.get("BL.leadUnit")).toBe("区科技局"));
  });

  test("插入模板 for my unit inserts its rows and lists my indicators, not yet reported", async () => {
    const { wb } = renderPane();
    fireEvent.change(screen.getByLabelText("我的牵头单位"), { target: { value: "区委人才办" } });
    fireEvent.change(screen.getByLabelText("插入范围"), { target: { value: "mine" } });
    fireEvent.click(screen.getByRole("button", { name: "插入模板" }));
    await screen.findByText(/^已插入：/);
    // 区委人才办 leads A2-08 全区人才累计数量 and A2-09 区级以上人才计划累计数量 only; no 附件1 row.
    expect(wb.sheetNames()).toEqual(["Sheet1", "附件2 目标任务分解"]);
    const list = await screen.findByRole("list", { name: "我的指标进度" });
    const items = within(list).getAllByRole("listitem");
    expect(items.map((item) => item.getAttribute("data-indicator"))).toEqual(["A2-08", "A2-09"]);
    expect(within(items[0] as HTMLElement).getByText("未填报")).toBeInTheDocument();
  });

  test("a second 插入模板 asks whether to update or copy, and changes nothing until chosen", async () => {
    const { wb } = renderPane();
    fireEvent.click(screen.getByRole("button", { name: "插入模板" }));
    await screen.findByText(/^已插入：/);
    fireEvent.click(screen.getByRole("button", { name: "插入模板" }));
    await screen.findByText("工作簿中已有模板：请选择“更新”或“插入副本”后再点击插入模板。");
    expect(wb.sheetNames()).toHaveLength(4);
    fireEvent.change(screen.getByLabelText("工作簿中已有模板"), { target: { value: "copy" } });
    fireEvent.click(screen.getByRole("button", { name: "插入模板" }));
    await screen.findByText(/^已插入副本：.*\(2\).*此后校验和进度以副本为准/);
    expect(wb.sheetNames()).toHaveLength(7);
  });
});

test("an actual typed as text shows 填写有误 in the progress list, not 未填报", async () => {
  const { wb, actions } = renderPane();
  fireEvent.change(screen.getByLabelText("我的牵头单位"), { target: { value: "区委人才办" } });
  fireEvent.change(screen.getByLabelText("插入范围"), { target: { value: "mine" } });
  fireEvent.click(screen.getByRole("button", { name: "插入模板" }));
  await screen.findByText(/^已插入：/);
  // 区委人才办's sheet: A2-08 全区人才累计数量 in row 4; 2023年实绩 is column L (period 2023年1–6月).
  wb.setCellValue("附件2 目标任务分解", "L4", "约44万");
  await act(() => actions.validate());
  const item = (await screen.findByRole("list", { name: "我的指标进度" })).querySelector(
    '[data-indicator="A2-08"]',
  );
  expect(within(item as HTMLElement).getByText("填写有误")).toBeInTheDocument();
});
