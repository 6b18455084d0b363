/** The 自检's words (Chinese: the report goes to the task force). */
import type { SelfTestCheckId, SelfTestObservation } from "./self-test";

type Of<K extends SelfTestCheckId> = Extract<SelfTestObservation, { id: K }>;

interface CheckWords<K extends SelfTestCheckId> {
  title: string;
  /** What the add-in expects (the custom functions check is given the model's figure). */
  expected: (target: number | null) => string;
  observed: (observation: Of<K>) => string;
}

const refusal = (code: string | null, accepted: string, refused: string) =>
  code === null ? accepted : `${refused}（${code}）`;
const yesNo = (value: boolean, yes: string, no: string) => (value ? yes : no);
const shown = (value: unknown) => (value === null || value === undefined ? "（无）" : JSON.stringify(value));

const checks: { [K in SelfTestCheckId]: CheckWords<K> } = {
  "null-object": {
    title: "不存在的名称得到空对象",
    expected: () => "同步后 isNullObject 为 true（加载项只在检查之后再取其子对象）",
    observed: (o) =>
      `isNullObject = ${String(o.isNullObject)}；直接取其子对象（微软未写明，加载项不依赖）：${
        o.child === "null" ? "又得到空对象" : o.child === "object" ? "得到普通对象" : `批次失败（${o.child}）`
      }`,
  },
  "sheet-swap": {
    title: "同一批次中删除、改名并移动工作表",
    expected: () => "旧表删除，新表改用旧名并移到指定位置，临时名称不再存在（插入模板的最后一步）",
    observed: (o) =>
      `改名后的表在第 ${o.position + 1} 位（应为第 ${o.expectedPosition + 1} 位），同名表 ${o.copies} 张，临时名称${yesNo(o.temporaryLeft, "仍在", "已不在")}`,
  },
  "protected-cells": {
    title: "受保护工作表：写入未锁定单元格，拒绝锁定单元格",
    expected: () => "未锁定单元格写入成功；锁定单元格的写入被拒绝且内容不变",
    observed: (o) =>
      `未锁定单元格：${refusal(o.unlocked, "写入成功", "被拒绝")}；锁定单元格：${refusal(o.locked, "写入成功", "被拒绝")}，内容${yesNo(o.lockedUnchanged, "未变", "已变")}`,
  },
  passwords: {
    title: "工作表保护：无密码、有密码、错误密码",
    expected: () =>
      "无密码保护可直接撤销；有密码时，不带密码撤销被拒绝（加载项据此判断工作表是否有密码）、错误密码被拒绝、正确密码可撤销",
    observed: (o) =>
      [
        `无密码：${refusal(o.withoutPassword, "保护并撤销成功", "失败")}`,
        `有密码时不带密码撤销：${refusal(o.unprotectWithoutPassword, "成功", "被拒绝")}`,
        `错误密码：${refusal(o.wrongPassword, "成功", "被拒绝")}`,
        `正确密码：${refusal(o.rightPassword, "撤销成功", "失败")}`,
        `最后${yesNo(o.protectedAtEnd, "仍受保护", "已撤销保护")}`,
      ].join("；"),
  },
  "data-validation": {
    title: "数据验证规则（小数 ≥ 0）",
    expected: () => "规则类型为 Decimal；写入 −1 后 valid 为 false",
    observed: (o) => `类型 ${o.type}；写入 −1 后 valid = ${shown(o.negativeValid)}`,
  },
  "page-layout": {
    title: "页面设置与打印标题",
    expected: () => '横向、A4、宽度缩放为 1 页，打印标题为第 1–3 行（setPrintTitleRows("$1:$3")）',
    observed: (o) =>
      `方向 ${o.orientation}，纸张 ${o.paperSize}，宽 ${shown(o.pagesWide)} 页，打印标题行 ${shown(o.titleRows)}`,
  },
  names: {
    title: "工作簿名称：新增与删除",
    expected: () => "新增的名称类型为 Range、指向 $A$1:$B$2，删除后不再存在",
    observed: (o) => `类型 ${o.type}，公式 ${o.formula}，删除后${yesNo(o.deleted, "已不存在", "仍存在")}`,
  },
  "custom-properties": {
    title: "自定义文档属性：写入、读回与删除",
    expected: () => '读回写入的值 "1"，删除后不再存在',
    observed: (o) => `读回 ${shown(o.value)}，删除后${yesNo(o.deleted, "已不存在", "仍存在")}`,
  },
  "failed-batch": {
    title: "失败的批次留下了什么",
    expected: () => "批次失败，失败操作之后的写入没有执行（之前的写入是否保留，微软未写明：只记录）",
    observed: (o) =>
      `批次${refusal(o.failure, "未失败", "失败")}；之前的写入${yesNo(o.earlierApplied, "已保留", "未保留")}；之后的写入${yesNo(o.laterApplied, "已执行", "未执行")}`,
  },
  "on-changed": {
    title: "onChanged 事件：加载项写入后触发",
    expected: () =>
      "写入 E2 后触发，地址 E2，source 为 Local；有 triggerSource（ExcelApi 1.14）时为 ThisLocalAddin",
    observed: (o) =>
      o.fired
        ? `已触发：地址 ${shown(o.address)}，source ${shown(o.source)}，triggerSource ${
            o.triggerSourceSupported
              ? shown(o.triggerSource)
              : "（此版本没有：加载项自己的写入会引起一次多余的边填边校验）"
          }`
        : "3 秒内未触发",
  },
  "text-values": {
    title: "带撇号写入的文本保持为文本（更新模板搬移实绩的方式）",
    expected: () => "写入 '+63、'-、'=1/0 后读回 +63、-、=1/0，类型均为 String，不成为公式",
    observed: (o) => `读回 ${o.values.map(shown).join("、")}，类型 ${o.valueTypes.map(shown).join("、")}`,
  },
  "cell-edit-option": {
    title: "批次可带 delayForCellEdit 选项（边填边校验在单元格编辑时等待）",
    expected: () => "以 { delayForCellEdit: true } 运行的批次正常完成",
    observed: (o) => (o.completed ? "正常完成" : "未完成"),
  },
  "custom-functions": {
    title: '自定义函数 BL.TARGET("A2-05", 2023)',
    expected: (target) =>
      `结果为 ${target === null ? "（模型中无此目标）" : String(target)}（目标模型中的数）`,
    observed: (o) =>
      `${o.how === "formula" ? "工作表公式计算结果" : "直接调用函数的结果"}：${shown(o.value)}`,
  },
};

export const selfTestWords = {
  checks,
  pass: "通过",
  fail: "不通过",
  columns: ["结果", "检查项", "加载项的预期", "实际情况"],
  stopped: (error: string) => `检查未能完成：${error}`,
  heading: (at: Date) =>
    `北仑制造业目标填报 · 自检 · ${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, "0")}-${String(
      at.getDate(),
    ).padStart(
      2,
      "0",
    )} ${String(at.getHours()).padStart(2, "0")}:${String(at.getMinutes()).padStart(2, "0")}`,
  office: (office: { host: string; platform: string; version: string } | null) =>
    office
      ? `Office：${office.host} · ${office.platform} · 版本 ${office.version}`
      : "Office：未知（Office 未提供 context.diagnostics）",
  functionsHow: (how: "formula" | "direct") =>
    how === "formula"
      ? "自定义函数：在临时工作表中写入公式，读取 Excel 计算的结果"
      : "自定义函数：直接调用函数代码（这里没有 Excel 的计算引擎）",
  summary: (passed: number, failed: number) => `结果：${passed} 项通过，${failed} 项不通过`,
  cleanedUp: (done: boolean) =>
    done
      ? "临时工作表、名称和属性已全部删除，工作簿恢复原样"
      : "注意：未能确认工作簿已恢复原样，请检查以“BL自检”开头的工作表",
};
