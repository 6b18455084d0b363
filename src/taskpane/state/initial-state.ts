import { plan } from "../../model";
import { defaultThresholds } from "../../core/attainment";
import { defaultPeriod } from "../../core/reporting-period";
import type { PaneHost } from "../host";
import type { Messages } from "../messages";
import type { PaneState } from "./pane-state";
import { readChoices } from "./settings";

/** The pane as it opens: the workbook's stored choices, else all units and the last complete month. */
export function initialState(host: PaneHost, today: Date, messages: Messages): PaneState {
  const stored = readChoices(host.settings);
  const requirement = host.missingRequirement;
  return {
    unit: stored.unit,
    period: stored.period ?? defaultPeriod(plan.years, today),
    thresholds: stored.thresholds ?? defaultThresholds,
    password: "",
    insertScope: stored.unit ? "mine" : "all",
    existingChoice: null,
    templatePresent: null,
    findings: null,
    actualCells: [],
    busy: null,
    notice: requirement ? { intent: "error", text: messages.errors.requirement(requirement) } : null,
  };
}
