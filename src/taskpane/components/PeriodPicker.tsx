import { makeStyles, tokens } from "@fluentui/react-components";
import { plan } from "../../model";
import { usePane } from "../state/pane-context";
import { useMessages } from "../messages";
import { LabeledSelect } from "./LabeledSelect";

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
});
const months = Array.from({ length: 12 }, (_, index) => index + 1);

/** 报告期: a plan year and the month it runs to (1–6月 = 6; 全年 = 12). */
export function PeriodPicker() {
  const styles = useStyles();
  const messages = useMessages();
  const { state, actions } = usePane();
  const { year, month } = state.period;
  return (
    <div className={styles.row} role="group" aria-label={messages.period.label}>
      <LabeledSelect
        label={messages.period.year}
        value={String(year)}
        onChange={(value) => void actions.saveSettings({ period: { year: Number(value), month } })}
      >
        {plan.years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </LabeledSelect>
      <LabeledSelect
        label={messages.period.month}
        value={String(month)}
        onChange={(value) => void actions.saveSettings({ period: { year, month: Number(value) } })}
      >
        {months.map((m) => (
          <option key={m} value={m}>
            {messages.period.monthOption(m)}
          </option>
        ))}
      </LabeledSelect>
    </div>
  );
}
