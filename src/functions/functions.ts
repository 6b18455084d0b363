import { plan } from "../model";
import { attainmentOf, checkThresholds, defaultThresholds, gapOf, statusOf } from "../core/attainment";
import { baselineOf, cumulativeTargetOf, expectedTargetOf, targetOf } from "../core/targets";
import { listIndicators } from "../core/indicator-list";
import { answer } from "./answer";
import * as arg from "./arguments";

/**
 * 年度目标：附件中该指标该年的目标值（百分比为小数，16% 即 0.16）。
 * @customfunction
 * @param indicator 指标代码（如 "A2-05"）或指标名称
 * @param year 年份，2021–2025
 * @returns 该年目标值
 */
export function target(indicator: unknown, year: unknown): number {
  return answer(() => {
    const i = arg.indicatorArgument(indicator);
    const y = arg.yearArgument(year);
    if (!i.ok) return i;
    return y.ok ? targetOf(plan, i.value, y.value) : y;
  });
}

/**
 * 累计目标：到该年末累计应达到的数。逐年新增类为 2021 年起各年目标之和；累计类、存量类为该年目标。
 * @customfunction
 * @param indicator 指标代码或指标名称
 * @param year 年份，2021–2025
 * @returns 到该年末的累计目标
 */
export function cumtarget(indicator: unknown, year: unknown): number {
  return answer(() => {
    const i = arg.indicatorArgument(indicator);
    const y = arg.yearArgument(year);
    if (!i.ok) return i;
    return y.ok ? cumulativeTargetOf(plan, i.value, y.value) : y;
  });
}

/**
 * 2020 年基数：附件1 所列基数（单位见附件1）。
 * @customfunction
 * @param indicator 指标代码或指标名称
 * @returns 2020 年基数
 */
export function baseline(indicator: unknown): number {
  return answer(() => {
    const i = arg.indicatorArgument(indicator);
    return i.ok ? baselineOf(i.value) : i;
  });
}

/**
 * 序时进度目标：到该年某月末应完成的数（1–6月填 6）；省略月份为全年目标。
 * @customfunction
 * @param indicator 指标代码或指标名称
 * @param year 年份，2021–2025
 * @param [month] 月份 1–12，省略为全年
 * @returns 序时进度目标
 */
export function expected(indicator: unknown, year: unknown, month?: unknown): number {
  return answer(() => {
    const i = arg.indicatorArgument(indicator);
    const y = arg.yearArgument(year);
    const m = arg.monthArgument(month);
    if (!i.ok) return i;
    if (!y.ok) return y;
    return m.ok ? expectedTargetOf(plan, i.value, y.value, m.value ?? 12) : m;
  });
}

/**
 * 完成率：实绩 ÷ 目标（给出月份时 ÷ 序时进度目标），1 即 100%。
 * @customfunction
 * @param indicator 指标代码或指标名称
 * @param year 年份，2021–2025
 * @param actual 实绩
 * @param [month] 月份 1–12，省略为全年
 * @returns 完成率（小数）
 */
export function attainment(indicator: unknown, year: unknown, actual: unknown, month?: unknown): number {
  return answer(() => {
    const a = reportArguments(indicator, year, actual, month);
    return a.ok ? attainmentOf(plan, a.value.indicator, a.value.year, a.value.actual, a.value.month) : a;
  });
}

/**
 * 差距：距目标（或序时进度目标）还差多少，单位同指标；正数为落后，负数为超前。
 * @customfunction
 * @param indicator 指标代码或指标名称
 * @param year 年份，2021–2025
 * @param actual 实绩
 * @param [month] 月份 1–12，省略为全年
 * @returns 差距
 */
export function gap(indicator: unknown, year: unknown, actual: unknown, month?: unknown): number {
  return answer(() => {
    const a = reportArguments(indicator, year, actual, month);
    return a.ok ? gapOf(plan, a.value.indicator, a.value.year, a.value.actual, a.value.month) : a;
  });
}

/**
 * 进度状态：完成率不低于达标线为“达标”，不低于预警线为“预警”，否则为“滞后”。
 * @customfunction
 * @param indicator 指标代码或指标名称
 * @param year 年份，2021–2025
 * @param actual 实绩
 * @param [month] 月份 1–12，省略为全年
 * @param [green] 达标线，默认 1（100%）
 * @param [amber] 预警线，默认 0.9（90%）
 * @returns 达标、预警或滞后
 */
export function status(
  indicator: unknown,
  year: unknown,
  actual: unknown,
  month?: unknown,
  green?: unknown,
  amber?: unknown,
): string {
  return answer(() => {
    const a = reportArguments(indicator, year, actual, month);
    if (!a.ok) return a;
    const g = arg.thresholdArgument(green, defaultThresholds.green);
    const m = arg.thresholdArgument(amber, defaultThresholds.amber);
    if (!g.ok) return g;
    if (!m.ok) return m;
    const thresholds = checkThresholds(g.value, m.value);
    if (!thresholds.ok) return thresholds;
    const rate = attainmentOf(plan, a.value.indicator, a.value.year, a.value.actual, a.value.month);
    return rate.ok ? { ok: true, value: statusOf(rate.value, g.value, m.value) } : rate;
  });
}

/**
 * 指标清单：列出指标的代码、名称、单位和牵头单位，可按牵头单位或类别筛选。
 * @customfunction
 * @param [leadUnit] 牵头单位，如 "区经信局"；省略为全部
 * @param [category] 类别，如 "提质增效"、"四倍增"；省略为全部
 * @returns 指标清单（含表头）
 */
export function indicators(leadUnit?: unknown, category?: unknown): string[][] {
  return answer(() => {
    const [lead, group] = [arg.filterArgument(leadUnit), arg.filterArgument(category)];
    if (!lead.ok) return lead;
    return group.ok ? listIndicators(plan, lead.value, group.value) : group;
  });
}

function reportArguments(indicator: unknown, year: unknown, actual: unknown, month: unknown) {
  const i = arg.indicatorArgument(indicator);
  const y = arg.yearArgument(year);
  const a = arg.actualArgument(actual);
  const m = arg.monthArgument(month);
  if (!i.ok) return i;
  if (!y.ok) return y;
  if (!a.ok) return a;
  if (!m.ok) return m;
  return { ok: true as const, value: { indicator: i.value, year: y.value, actual: a.value, month: m.value } };
}
