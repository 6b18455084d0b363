import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { CellWrite } from "../../host/contract";
import { formatRaw } from "../format";
import { usePane } from "../state/pane-context";
import { useMessages } from "../messages";

/** Shows every cell a fix will write, with what it holds now, before anything is written. */
export interface FixConfirmDialogProps {
  /** The writes to confirm; null when the dialog is closed (it stays mounted so Fluent can restore focus). */
  writes: CellWrite[] | null;
  onClose(): void;
}

export function FixConfirmDialog({ writes, onClose }: FixConfirmDialogProps) {
  const messages = useMessages();
  const { actions } = usePane();
  return (
    <Dialog open={writes !== null} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{messages.findings.confirmTitle}</DialogTitle>
          <DialogContent>
            <p>{messages.findings.confirmBody}</p>
            <ul>
              {(writes ?? []).map((write) => (
                <li key={`${write.sheet}!${write.address}`}>
                  {messages.findings.change(
                    `${write.sheet}!${write.address}`,
                    formatRaw(write.original),
                    String(write.value),
                  )}
                </li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>
              {messages.findings.cancel}
            </Button>
            <Button appearance="primary" onClick={() => (onClose(), void actions.applyFixes(writes ?? []))}>
              {messages.findings.apply}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
