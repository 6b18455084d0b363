import { Button, Field, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "../state/pane-context";
import { useMessages } from "../messages";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** 插入模板 with its options: all units or mine; update or copy when a template exists. */
export function InsertTemplateCard() {
  const styles = useStyles();
  const messages = useMessages();
  const { state, actions } = usePane();
  const inserting = state.busy === "insert";
  return (
    <section className={styles.card} aria-labelledby="insert-title">
      <Subtitle2 id="insert-title">{messages.insert.title}</Subtitle2>
      <Field label={messages.insert.scopeLabel}>
        <Select
          value={state.unit === null ? "all" : state.insertScope}
          onChange={(_, data) => actions.choose({ insertScope: data.value as "all" | "mine" })}
        >
          <option value="all">{messages.insert.scopeAll}</option>
          {state.unit !== null && <option value="mine">{messages.insert.scopeMine(state.unit)}</option>}
        </Select>
      </Field>
      {state.templatePresent && (
        <Field label={messages.insert.existingLabel}>
          <Select
            value={state.existingChoice ?? ""}
            onChange={(_, data) =>
              actions.choose({ existingChoice: (data.value || null) as "update" | "copy" | null })
            }
          >
            <option value="">{messages.insert.choose}</option>
            <option value="update">{messages.insert.update}</option>
            <option value="copy">{messages.insert.copy}</option>
          </Select>
        </Field>
      )}
      <Button
        appearance="primary"
        disabled={state.busy !== null}
        onClick={() => void actions.insertTemplate()}
      >
        {inserting ? messages.insert.running : messages.insert.button}
      </Button>
    </section>
  );
}
