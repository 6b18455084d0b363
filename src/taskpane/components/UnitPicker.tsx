import { plan } from "../../model";
import { leadUnitsOf } from "../../core/indicator-list";
import { usePane } from "../state/pane-context";
import { useMessages } from "../messages";
import { LabeledSelect } from "./LabeledSelect";

const allUnits = "";

/** 我的牵头单位, stored with the workbook; empty means all units. */
export function UnitPicker() {
  const messages = useMessages();
  const { state, actions } = usePane();
  return (
    <LabeledSelect
      label={messages.unit.label}
      value={state.unit ?? allUnits}
      onChange={(value) => void actions.saveSettings({ unit: value === allUnits ? null : value })}
    >
      <option value={allUnits}>{messages.unit.all}</option>
      {leadUnitsOf(plan).map((unit) => (
        <option key={unit} value={unit}>
          {unit}
        </option>
      ))}
    </LabeledSelect>
  );
}
