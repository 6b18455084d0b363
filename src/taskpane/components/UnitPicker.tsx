import { Field, Select } from "@fluentui/react-components";
import { plan } from "../../model";
import { leadUnitsOf } from "../../core/indicator-list";
import { usePane } from "../state/pane-context";
import { useMessages } from "../messages";

const allUnits = "";

export function UnitPicker() {
  const messages = useMessages();
  const { state, actions } = usePane();
  return (
    <Field label={messages.unit.label}>
      <Select
        value={state.unit ?? allUnits}
        onChange={(_, data) =>
          void actions.saveSettings({ unit: data.value === allUnits ? null : data.value })
        }
      >
        <option value={allUnits}>{messages.unit.all}</option>
        {leadUnitsOf(plan).map((unit) => (
          <option key={unit} value={unit}>
            {unit}
          </option>
        ))}
      </Select>
    </Field>
  );
}
