/** The page's state in one place: `dispatch` runs the reducer and tells every view what changed. */
import type { Plan } from "../model/types";
import { reduce, type Action, type OfflineState } from "./state";

export interface Store {
  state(): OfflineState;
  dispatch(action: Action): void;
  subscribe(listener: (state: OfflineState) => void): void;
}

export function createStore(plan: Plan, initial: OfflineState): Store {
  let current = initial;
  const listeners: ((state: OfflineState) => void)[] = [];
  return {
    state: () => current,
    dispatch(action) {
      current = reduce(plan, current, action);
      listeners.forEach((listener) => listener(current));
    },
    subscribe(listener) {
      listeners.push(listener);
    },
  };
}
