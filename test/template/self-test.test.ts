/** The 自检's judgement of what it saw (pure), and the report the user copies for the task force. */
import { plan } from "../../src/model";
import { judge, selfTestReportText, type SelfTestObservation } from "../../src/template/self-test";

const onChanged = (
  patch: Partial<Extract<SelfTestObservation, { id: "on-changed" }>>,
): SelfTestObservation => ({
  id: "on-changed",
  fired: true,
  address: "E2",
  source: "Local",
  triggerSource: "ThisLocalAddin",
  triggerSourceSupported: true,
  ...patch,
});

describe("judging what the 自检 saw", () => {
  test('BL.TARGET("A2-05", 2023) passes at 25, the policy\'s 累计新增数字化车间 for 2023, and fails at anything else', () => {
    // 附件2: 累计新增数字化车间 16 / 20 / 25 / 30 / 35 家 for 2021–2025.
    const at = (value: unknown) => judge(plan, { id: "custom-functions", how: "formula", value });
    expect(at(25)).toMatchObject({ passed: true, expected: "结果为 25（目标模型中的数）" });
    expect(at("#NAME?")).toMatchObject({ passed: false, observed: '工作表公式计算结果："#NAME?"' });
    expect(at(24).passed).toBe(false);
  });

  test("a locked cell that took the write is 不通过; refused, with its content unchanged, 通过", () => {
    const seen = (locked: string | null, lockedUnchanged: boolean) =>
      judge(plan, { id: "protected-cells", unlocked: null, locked, lockedUnchanged }).passed;
    expect(seen("AccessDenied", true)).toBe(true);
    expect(seen(null, false)).toBe(false);
  });

  test("a password sheet that unprotects without its password is 不通过: the add-in tells passwords apart by that refusal", () => {
    const base = {
      id: "passwords" as const,
      withoutPassword: null,
      wrongPassword: "InvalidArgument",
      rightPassword: null,
      protectedAtEnd: false,
    };
    expect(judge(plan, { ...base, unprotectWithoutPassword: "InvalidArgument" }).passed).toBe(true);
    expect(judge(plan, { ...base, unprotectWithoutPassword: null }).passed).toBe(false);
  });

  test("onChanged without triggerSource passes on a host without ExcelApi 1.14, and says what that costs", () => {
    const old = judge(plan, onChanged({ triggerSource: null, triggerSourceSupported: false }));
    expect(old.passed).toBe(true);
    expect(old.observed).toMatch(/此版本没有：加载项自己的写入会引起一次多余的边填边校验/);
    expect(judge(plan, onChanged({ triggerSource: null })).passed).toBe(false);
    expect(judge(plan, onChanged({ fired: false, address: null })).observed).toBe("3 秒内未触发");
  });

  test("a failed batch passes when what came after the failure did not run, whatever it kept before", () => {
    const batch = (earlierApplied: boolean, laterApplied: boolean) =>
      judge(plan, { id: "failed-batch", failure: "ItemNotFound", earlierApplied, laterApplied }).passed;
    expect([batch(true, false), batch(false, false), batch(true, true)]).toEqual([true, true, false]);
  });

  test("text written with an apostrophe must come back as the text, typed String", () => {
    const text = (values: unknown[], valueTypes: unknown[]) =>
      judge(plan, { id: "text-values", values, valueTypes }).passed;
    expect(text(["+63", "-", "=1/0"], ["String", "String", "String"])).toBe(true);
    expect(text([63, "-", "#DIV/0!"], ["Double", "String", "Error"])).toBe(false);
  });

  test("a check that stopped is 不通过 with the error it stopped on", () => {
    expect(judge(plan, { id: "page-layout", error: "ApiNotFound" })).toMatchObject({
      passed: false,
      title: "页面设置与打印标题",
      observed: "检查未能完成：ApiNotFound",
    });
  });
});

describe("the report to copy", () => {
  test("names Office's host, platform and version, how the functions were checked, and one line per check", () => {
    const checks = [
      judge(plan, { id: "custom-functions", how: "formula", value: 25 }),
      judge(plan, { id: "data-validation", type: "Decimal", negativeValid: true }),
    ];
    const text = selfTestReportText(
      {
        office: { host: "Excel", platform: "PC", version: "16.0.17928.20114" },
        functions: "formula",
        finishedAt: new Date(2026, 7, 21, 9, 5),
        cleanedUp: true,
      },
      checks,
    );
    expect(text.split("\n")).toEqual([
      "北仑制造业目标填报 · 自检 · 2026-08-21 09:05",
      "Office：Excel · PC · 版本 16.0.17928.20114",
      "自定义函数：在临时工作表中写入公式，读取 Excel 计算的结果",
      "结果：1 项通过，1 项不通过",
      "临时工作表、名称和属性已全部删除，工作簿恢复原样",
      "结果\t检查项\t加载项的预期\t实际情况",
      '通过\t自定义函数 BL.TARGET("A2-05", 2023)\t结果为 25（目标模型中的数）\t工作表公式计算结果：25',
      "不通过\t数据验证规则（小数 ≥ 0）\t规则类型为 Decimal；写入 −1 后 valid 为 false\t类型 Decimal；写入 −1 后 valid = true",
    ]);
  });

  test("says so when Office does not describe itself (no Office.context.diagnostics)", () => {
    const text = selfTestReportText(
      { office: null, functions: "direct", finishedAt: new Date(2026, 0, 2, 3, 4), cleanedUp: false },
      [],
    );
    expect(text).toMatch(/Office：未知（Office 未提供 context\.diagnostics）/);
    expect(text).toMatch(/直接调用函数代码（这里没有 Excel 的计算引擎）/);
    expect(text).toMatch(/未能确认工作簿已恢复原样/);
  });
});
