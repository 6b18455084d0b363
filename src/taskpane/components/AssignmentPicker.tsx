import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { plan } from "../../model";
import { leadUnitsOf, unledIndicators } from "../../core/indicator-list";
import { usePane } from "../state/pane-context";
import { useMessages } from "../messages";
import { LabeledSelect } from "./LabeledSelect";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
  },
});

const byTaskForce = "";

/**
 * Who reports each target the document names no lead unit for (B-06 新增财政资金, B-07 工业用地比例):
 * 工作专班 unless the task force assigns a lead unit. Stored with the workbook; templates follow it.
 */
export function AssignmentPicker() {
  const styles = useStyles();
  const messages = useMessages();
  const { state, actions } = usePane();
  const unled = unledIndicators(plan);
  if (unled.length === 0) return null;
  const assign = (id: string, unit: string) => {
    const others = Object.fromEntries(Object.entries(state.assignments).filter(([key]) => key !== id));
    void actions.saveSettings({ assignments: unit === byTaskForce ? others : { ...others, [id]: unit } });
  };
  return (
    <section className={styles.section} aria-labelledby="assign-title">
      <Subtitle2 as="h2" id="assign-title">
        {messages.settings.assignTitle}
      </Subtitle2>
      <p className={styles.hint}>{messages.settings.assignHint}</p>
      {unled.map((indicator) => (
        <LabeledSelect
          key={indicator.id}
          label={messages.settings.assignLabel(indicator.id, indicator.name)}
          value={state.assignments[indicator.id] ?? byTaskForce}
          onChange={(unit) => assign(indicator.id, unit)}
        >
          <option value={byTaskForce}>{messages.settings.assignDefault}</option>
          {leadUnitsOf(plan).map((unit) => (
            <option key={unit} value={unit}>
              {unit}
            </option>
          ))}
        </LabeledSelect>
      ))}
    </section>
  );
}
