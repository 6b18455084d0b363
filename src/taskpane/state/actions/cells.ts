/** 定位 (select a finding's cell) and 插入 (a worksheet function into the selected cell). */
import type { FormulaInsertion } from "../../../host/contract";
import type { Messages } from "../../messages";
import type { PaneState } from "../pane-state";
import { asRequest, quietly, type PaneEnv } from "./env";

/** 定位 keeps what is shown, the validation summary included: only a failure is reported. */
export const selectCell = (env: PaneEnv, sheet: string, address: string) =>
  quietly(env, () => env.host.workbook.selectCell(sheet, address));

export const formulaInserted = (
  state: PaneState,
  { inserted, address }: FormulaInsertion,
  formula: string,
  messages: Messages,
): PaneState => ({
  ...state,
  notice: inserted
    ? { intent: "success", text: messages.functions.inserted(formula) }
    : { intent: "warning", text: messages.functions.occupied(address) },
});

export const insertFormula = (env: PaneEnv, formula: string) =>
  asRequest(env, null, async () => {
    const outcome = await env.host.workbook.insertFormula(formula);
    env.store.set((state) => formulaInserted(state, outcome, formula, env.messages));
  });
