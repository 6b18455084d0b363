import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "../state/pane-context";
import { useConsolidateMessages } from "../messages/consolidate";
import { ReturnFileRow } from "./ReturnFileRow";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
});

/** One row per chosen file, in the order chosen, with what the consolidation made of it. */
export function ReturnFileList() {
  const styles = useStyles();
  const say = useConsolidateMessages();
  const { state } = usePane();
  const { files, result } = state.consolidation;
  return (
    <section aria-labelledby="returns-title">
      <Subtitle2 as="h3" id="returns-title">
        {say.filesTitle(files.length)}
      </Subtitle2>
      <ul className={styles.list} aria-labelledby="returns-title">
        {files.map((chosen) => (
          <ReturnFileRow
            key={chosen.file}
            chosen={chosen}
            summary={result?.files.find((summary) => summary.file === chosen.file) ?? null}
          />
        ))}
      </ul>
    </section>
  );
}
