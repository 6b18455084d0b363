import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "../state/pane-context";
import { useConsolidateMessages } from "../messages/consolidate";
import { ConflictChoice } from "./ConflictChoice";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  note: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** Each figure the files disagree on, with its candidates to click; none is settled silently. */
export function ConflictList() {
  const styles = useStyles();
  const say = useConsolidateMessages();
  const { state } = usePane();
  const conflicts = state.consolidation.result?.conflicts ?? [];
  if (conflicts.length === 0) return null;
  const unsettled = conflicts.filter((conflict) => conflict.chosen === null).length;
  return (
    <section className={styles.list} aria-labelledby="conflicts-title">
      <Subtitle2 as="h3" id="conflicts-title">
        {say.conflictsTitle(conflicts.length)}
      </Subtitle2>
      {conflicts.map((conflict) => (
        <ConflictChoice key={`${conflict.indicatorId}|${conflict.year}`} conflict={conflict} />
      ))}
      {unsettled > 0 && <Caption1 className={styles.note}>{say.unsettled(unsettled)}</Caption1>}
    </section>
  );
}
