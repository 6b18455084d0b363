/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { renderPane } from "./render-pane";

const annex2 = "附件2 目标任务分解";

async function paneWithTemplate() {
  const pane = renderPane();
  fireEvent.change(screen.getByLabelText("我的牵头单位"), { target: { value: "区地方金融监管局" } });
  fireEvent.change(screen.getByLabelText("插入范围"), { target: { value: "mine" } });
  fireEvent.click(screen.getByRole("button", { name: "插入模板" }));
  await screen.findByText(/^已插入：/);
  return pane;
}

describe("the findings tab", () => {
  test("lists findings grouped by lead unit and indicator, with the original text and the fix", async () => {
    const { wb, actions } = await paneWithTemplate();
    // 区地方金融监管局 leads A2-18 制造业贷款规模年均增速 (row 4) and A2-23 上市企业累计数量 (row 5); 2022年实绩 is column I.
    wb.typeIntoCell(annex2, "I4", 12);
    await act(() => actions.validate());
    await act(async () => fireEvent.click(screen.getByRole("tab", { name: "校验结果" })));
    const group = await screen.findByRole("region", { name: "区地方金融监管局" });
    const item = within(group)
      .getByText(/即 1200%/)
      .closest("li") as HTMLElement;
    expect(within(item).getByText("警告")).toBeInTheDocument();
    expect(within(item).getByText("原值：12")).toBeInTheDocument();
    expect(within(item).getByText("建议：0.12")).toBeInTheDocument();
  });

  test("a fix writes nothing until the confirmation, and the dialog shows the change", async () => {
    const { wb, actions } = await paneWithTemplate();
    wb.typeIntoCell(annex2, "I4", 12);
    await act(() => actions.validate());
    await act(async () => fireEvent.click(screen.getByRole("tab", { name: "校验结果" })));
    fireEvent.click(await screen.findByRole("button", { name: "修正" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText(`${annex2}!I4：“12” → 0.12`)).toBeInTheDocument();
    expect(wb.sheet(annex2).cell("I4").value).toBe(12);
    fireEvent.click(within(dialog).getByRole("button", { name: "确认修正" }));
    await screen.findByText("已修正 1 处。");
    expect(wb.sheet(annex2).cell("I4").value).toBe(0.12);
  });

  // Cancelling and re-opening is covered in Chromium (test/e2e): jsdom runs no dialog motion, so a re-opened
  // Fluent dialog stays aria-hidden there.
  test("cancelling the confirmation leaves the cell as typed", async () => {
    const { wb, actions } = await paneWithTemplate();
    wb.typeIntoCell(annex2, "I4", 12);
    await act(() => actions.validate());
    await act(async () => fireEvent.click(screen.getByRole("tab", { name: "校验结果" })));
    fireEvent.click(await screen.findByRole("button", { name: "修正" }));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "取消" }));
    expect(wb.sheet(annex2).cell("I4").value).toBe(12);
  });

  test("the severity filter shows only that severity", async () => {
    const { wb, actions } = await paneWithTemplate();
    wb.typeIntoCell(annex2, "I4", 12);
    await act(() => actions.validate());
    await act(async () => fireEvent.click(screen.getByRole("tab", { name: "校验结果" })));
    await screen.findByRole("region", { name: "区地方金融监管局" });
    fireEvent.change(screen.getByLabelText("按严重程度筛选"), { target: { value: "警告" } });
    const codes = [...document.querySelectorAll("li[data-finding]")].map((li) =>
      li.getAttribute("data-finding"),
    );
    expect(codes).toEqual(["percent-scale"]);
  });
});
