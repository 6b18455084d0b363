import { Body1Strong, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { FindingCode } from "../../core/validation/types";
import type { CellWrite } from "../../host/contract";
import type { FindingGroupOfUnit } from "../state/finding-groups";
import { useMessages } from "../messages";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface FindingGroupProps {
  group: FindingGroupOfUnit;
  fixesOf(code: FindingCode): CellWrite[];
  onFix(writes: CellWrite[]): void;
}

export function FindingGroup({ group, fixesOf, onFix }: FindingGroupProps) {
  const styles = useStyles();
  const messages = useMessages();
  return (
    <section className={styles.group} aria-label={messages.findings.unitGroup(group.lead)}>
      <Subtitle2 as="h2">{messages.findings.unitGroup(group.lead)}</Subtitle2>
      {group.indicators.map(({ indicatorId, indicator, findings }) => (
        <div key={indicatorId}>
          <Body1Strong as="h3">
            {indicatorId} {indicator?.name}
          </Body1Strong>
          <ul className={styles.list}>
            {findings.map((finding) => (
              <FindingItem
                key={`${finding.sheet}!${finding.address}:${finding.code}`}
                finding={finding}
                sameKind={fixesOf(finding.code)}
                onFix={onFix}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
