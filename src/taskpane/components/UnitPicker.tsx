import { makeStyles, tokens } from "@fluentui/react-components";
import { plan } from "../../model";
import { leadUnitsOf, reportingUnitsOf, taskForce, unledIndicators } from "../../core/indicator-list";
import { usePane } from "../state/pane-context";
import { useMessages } from "../messages";
import { LabeledSelect } from "./LabeledSelect";

const useStyles = makeStyles({
  hint: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
  },
});

const allUnits = "";

/**
 * 我的牵头单位, stored with the workbook; empty means all units. 工作专班 is one of them while it reports
 * targets the document names no lead unit for (B-06, B-07), and the hint says which.
 */
export function UnitPicker() {
  const styles = useStyles();
  const messages = useMessages();
  const { state, actions } = usePane();
  const units = reportingUnitsOf(plan, state.assignments);
  const chosen = state.unit !== null && !units.includes(state.unit) ? [...units, state.unit] : units;
  const unassigned = unledIndicators(plan).filter((indicator) => !state.assignments[indicator.id]);
  const listed = leadUnitsOf(plan);
  return (
    <div>
      <LabeledSelect
        label={messages.unit.label}
        value={state.unit ?? allUnits}
        onChange={(value) => void actions.saveSettings({ unit: value === allUnits ? null : value })}
      >
        <option value={allUnits}>{messages.unit.all}</option>
        {chosen.map((unit) => (
          <option key={unit} value={unit}>
            {unit === taskForce && !listed.includes(unit) ? messages.unit.taskForce : unit}
          </option>
        ))}
      </LabeledSelect>
      {unassigned.length > 0 && (
        <p className={styles.hint}>
          {messages.unit.unledHint(
            unassigned.map((indicator) => `${indicator.id} ${indicator.name}`).join("、"),
          )}
        </p>
      )}
    </div>
  );
}
