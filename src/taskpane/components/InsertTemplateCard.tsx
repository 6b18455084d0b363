import { Button, Subtitle2 } from "@fluentui/react-components";
import { usePane } from "../state/pane-context";
import { useCardStyles } from "./card-styles";
import { useMessages } from "../messages";
import { LabeledSelect } from "./LabeledSelect";

/** 插入模板 with its options: all units or mine; update or copy when a template exists. */
export function InsertTemplateCard() {
  const styles = useCardStyles();
  const messages = useMessages();
  const { state, actions } = usePane();
  const inserting = state.busy === "insert";
  return (
    <section className={styles.card} aria-labelledby="insert-title">
      <Subtitle2 id="insert-title">{messages.insert.title}</Subtitle2>
      <LabeledSelect
        label={messages.insert.scopeLabel}
        value={state.unit === null ? "all" : state.insertScope}
        onChange={(value) => actions.choose({ insertScope: value as "all" | "mine" })}
      >
        <option value="all">{messages.insert.scopeAll}</option>
        {state.unit !== null && <option value="mine">{messages.insert.scopeMine(state.unit)}</option>}
      </LabeledSelect>
      {state.templatePresent && (
        <LabeledSelect
          label={messages.insert.existingLabel}
          value={state.existingChoice ?? ""}
          onChange={(value) =>
            actions.choose({ existingChoice: (value || null) as "update" | "copy" | null })
          }
        >
          <option value="">{messages.insert.choose}</option>
          <option value="update">{messages.insert.update}</option>
          <option value="copy">{messages.insert.copy}</option>
        </LabeledSelect>
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
