import { useState } from "react";
import { Button, Field, Input, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "../state/pane-context";
import { useMessages } from "../messages";
import { UnitPicker } from "./UnitPicker";
import { PeriodPicker } from "./PeriodPicker";
import { AssignmentPicker } from "./AssignmentPicker";
import { SelfTestCard } from "./SelfTestCard";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
});
const percent = (fraction: number) => String(Math.round(fraction * 1000) / 10);

/**
 * Unit, period, thresholds and who reports B-06/B-07 (stored with the workbook) and the protection
 * password (kept in memory).
 */
export function SettingsTab() {
  const styles = useStyles();
  const messages = useMessages();
  const { state, actions } = usePane();
  const [green, setGreen] = useState(percent(state.thresholds.green));
  const [amber, setAmber] = useState(percent(state.thresholds.amber));
  const [invalid, setInvalid] = useState(false);
  const save = () => {
    const thresholds = { green: Number(green) / 100, amber: Number(amber) / 100 };
    const ok = [thresholds.green, thresholds.amber].every((v) => Number.isFinite(v) && v >= 0 && v <= 10);
    setInvalid(!ok || thresholds.amber > thresholds.green || green.trim() === "" || amber.trim() === "");
    if (ok && thresholds.amber <= thresholds.green) void actions.saveSettings({ thresholds });
  };
  return (
    <form className={styles.form} onSubmit={(event) => (event.preventDefault(), save())}>
      <UnitPicker />
      <PeriodPicker />
      <Subtitle2 as="h2">{messages.settings.thresholdsTitle}</Subtitle2>
      <div className={styles.row}>
        <Field
          label={messages.settings.green}
          validationMessage={invalid ? messages.settings.invalidThresholds : undefined}
        >
          <Input type="number" value={green} onChange={(_, data) => setGreen(data.value)} />
        </Field>
        <Field label={messages.settings.amber}>
          <Input type="number" value={amber} onChange={(_, data) => setAmber(data.value)} />
        </Field>
      </div>
      <AssignmentPicker />
      <Field label={messages.settings.password} hint={messages.settings.passwordHint}>
        <Input
          type="password"
          value={state.password}
          onChange={(_, data) => actions.choose({ password: data.value })}
        />
      </Field>
      <Button appearance="primary" type="submit">
        {messages.settings.save}
      </Button>
      <SelfTestCard />
    </form>
  );
}
