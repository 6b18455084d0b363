import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "../state/pane-context";
import { useMessages } from "../messages";
import { UnitPicker } from "./UnitPicker";
import { PeriodPicker } from "./PeriodPicker";
import { InsertTemplateCard } from "./InsertTemplateCard";
import { ProgressList } from "./ProgressList";

const useStyles = makeStyles({
  choices: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface HomeTabProps {
  onShowFindings(): void;
}

export function HomeTab({ onShowFindings }: HomeTabProps) {
  const styles = useStyles();
  const messages = useMessages();
  const { state, actions } = usePane();
  const validating = state.busy === "validate";
  return (
    <>
      <section className={styles.choices}>
        <UnitPicker />
        <PeriodPicker />
      </section>
      <InsertTemplateCard />
      <Button appearance="primary" disabled={state.busy !== null} onClick={() => void actions.validate()}>
        {validating ? messages.validate.running : messages.validate.button}
      </Button>
      {state.findings !== null && state.findings.length > 0 && (
        <Button appearance="subtle" onClick={onShowFindings}>
          {messages.home.showFindings(state.findings.length)}
        </Button>
      )}
      <ProgressList />
    </>
  );
}
