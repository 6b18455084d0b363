import type { Indicator, Plan } from "../model/types";
import type { Result } from "./result";

type Calculation = (plan: Plan, indicator: Indicator, year: number, month: number) => Result<number>;

/**
 * Remembers a calculation's answer per plan, indicator, year and month. Thousands of cells ask the
 * same few hundred questions on every recalculation; the answers never change while the plan is loaded.
 */
export function remembered(calculate: Calculation): Calculation {
  const byPlan = new WeakMap<Plan, WeakMap<Indicator, Map<number, Result<number>>>>();
  return (plan, indicator, year, month) => {
    let byIndicator = byPlan.get(plan);
    if (!byIndicator) byPlan.set(plan, (byIndicator = new WeakMap()));
    let answers = byIndicator.get(indicator);
    if (!answers) byIndicator.set(indicator, (answers = new Map()));
    const key = year * 100 + month;
    let answer = answers.get(key);
    if (!answer) answers.set(key, (answer = calculate(plan, indicator, year, month)));
    return answer;
  };
}
