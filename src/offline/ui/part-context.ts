/** What every part's view is given: the plan, the lead units, the store's dispatch and the effects. */
import type { Plan } from "../../model/types";
import type { Effects } from "../effects";
import type { Action } from "../state";

export interface PartContext {
  plan: Plan;
  units: readonly string[];
  dispatch: (action: Action) => void;
  effects: Effects;
}
