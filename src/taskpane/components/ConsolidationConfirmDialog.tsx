import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { cellKey } from "../state/actions/consolidate";
import { usePane } from "../state/pane-context";
import { formatRaw } from "../format";
import { useConsolidateMessages } from "../messages/consolidate";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  changes: { display: "flex", flexDirection: "column" },
});

/**
 * Before anything is written: what each sheet will get, and every cell that already holds something
 * else, each with a box to tick for overwriting (none is ticked to begin with).
 */
export function ConsolidationConfirmDialog() {
  const styles = useStyles();
  const say = useConsolidateMessages();
  const { state, actions } = usePane();
  const { preview, ticked } = state.consolidation;
  const unsettled = state.consolidation.result?.conflicts.filter((c) => c.chosen === null).length ?? 0;
  return (
    <Dialog open={preview !== null} onOpenChange={(_, data) => !data.open && actions.closePreview()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{say.confirmTitle}</DialogTitle>
          <DialogContent>
            {preview && (
              <>
                <ul className={styles.list}>
                  <li>
                    {preview.insertTemplate
                      ? say.insertTemplate(preview.fills.length)
                      : say.fills(preview.fills.length)}
                  </li>
                  {preview.same > 0 && <li>{say.same(preview.same)}</li>}
                  {preview.unplaced.length > 0 && <li>{say.unplacedCells(preview.unplaced.length)}</li>}
                  {unsettled > 0 && <li>{say.unsettled(unsettled)}</li>}
                  {preview.problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                  {preview.sheets.map((sheet) => (
                    <li key={sheet.role}>
                      {say.sheet(sheet.name, sheet.replaces !== null, sheet.rows, sheet.charts)}
                    </li>
                  ))}
                </ul>
                {preview.differing.length > 0 && (
                  <fieldset className={styles.changes}>
                    <legend>{say.differing(preview.differing.length)}</legend>
                    {preview.differing.map((change) => (
                      <Checkbox
                        key={cellKey(change)}
                        checked={ticked.includes(cellKey(change))}
                        onChange={(_, data) =>
                          actions.toggleOverwrite(cellKey(change), data.checked === true)
                        }
                        label={say.change(
                          cellKey(change),
                          change.formula ?? formatRaw(change.current),
                          String(change.value),
                        )}
                      />
                    ))}
                  </fieldset>
                )}
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={() => actions.closePreview()}>
              {say.cancel}
            </Button>
            <Button appearance="primary" onClick={() => void actions.writeConsolidation()}>
              {say.confirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
