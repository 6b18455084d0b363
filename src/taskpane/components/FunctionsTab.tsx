import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "../state/pane-context";
import { useMessages } from "../messages";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  item: { listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  example: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  row: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
});

/** The BL.* worksheet functions with a description and an example each; a click inserts the example. */
export function FunctionsTab() {
  const styles = useStyles();
  const messages = useMessages();
  const { actions } = usePane();
  return (
    <>
      <Body1>{messages.functions.intro}</Body1>
      <ul className={styles.list}>
        {messages.functions.catalog.map((fn) => (
          <li key={fn.name} className={styles.item}>
            <Subtitle2 as="h2">BL.{fn.name}</Subtitle2>
            <Caption1>{fn.description}</Caption1>
            <div className={styles.row}>
              <code className={styles.example}>{fn.example}</code>
              <Button
                size="small"
                aria-label={`${messages.functions.insert} ${fn.example}`}
                onClick={() => void actions.insertFormula(fn.example)}
              >
                {messages.functions.insert}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
