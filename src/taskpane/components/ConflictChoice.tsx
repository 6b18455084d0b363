import { useId } from "react";
import { Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { figure } from "../../consolidation/messages";
import type { Conflict } from "../../consolidation/types";
import { plan } from "../../model";
import { usePane } from "../state/pane-context";
import { useConsolidateMessages } from "../messages/consolidate";

const useStyles = makeStyles({
  label: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  group: { overflowWrap: "anywhere" },
});

export interface ConflictChoiceProps {
  conflict: Conflict;
}

/** One conflict as a radio group: a candidate per file, the arrow keys move between them, a click keeps one. */
export function ConflictChoice({ conflict }: ConflictChoiceProps) {
  const styles = useStyles();
  const say = useConsolidateMessages();
  const { state, actions } = usePane();
  const labelId = useId();
  const indicator = plan.indicators.find((candidate) => candidate.id === conflict.indicatorId);
  const key = `${conflict.indicatorId}|${conflict.year}`;
  return (
    <div data-conflict={key}>
      <span id={labelId} className={styles.label}>
        {say.conflict(conflict.indicatorId, indicator?.name ?? "", conflict.year)}
      </span>
      <RadioGroup
        className={styles.group}
        aria-labelledby={labelId}
        value={conflict.chosen ?? ""}
        disabled={state.busy !== null}
        onChange={(_, data) => void actions.pickConflict(key, data.value)}
      >
        {conflict.candidates.map((candidate) => (
          <Radio
            key={`${candidate.file}|${candidate.sheet}|${candidate.cell}`}
            value={candidate.file}
            label={say.candidate(
              candidate.unit ?? say.allUnits,
              figure(candidate.value, indicator?.unit ?? ""),
              candidate.file,
            )}
          />
        ))}
      </RadioGroup>
    </div>
  );
}
