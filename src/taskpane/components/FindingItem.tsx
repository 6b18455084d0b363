import { Badge, Button, Caption1, Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/validation/types";
import type { CellWrite } from "../../host/contract";
import { formatRaw } from "../format";
import { usePane } from "../state/pane-context";
import { writesFor } from "../state/finding-groups";
import { useMessages } from "../messages";

const useStyles = makeStyles({
  item: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});
const colorOf = { 错误: "danger", 警告: "warning", 提示: "informative" } as const;

export interface FindingItemProps {
  finding: Finding;
  /** The fixes of every finding with this finding's code. */
  sameKind: CellWrite[];
  onFix(writes: CellWrite[]): void;
}

export function FindingItem({ finding, sameKind, onFix }: FindingItemProps) {
  const styles = useStyles();
  const messages = useMessages();
  const { actions } = usePane();
  return (
    <li className={styles.item} data-finding={finding.code}>
      <div>
        <Badge appearance="tint" color={colorOf[finding.severity]}>
          {messages.findings.severity[finding.severity]}
        </Badge>{" "}
        <Caption1>
          {finding.sheet}!{finding.address} · {finding.year}
        </Caption1>
      </div>
      <Body1>{finding.message}</Body1>
      <Caption1>{messages.findings.original(formatRaw(finding.original))}</Caption1>
      {finding.suggestion !== undefined && (
        <Caption1>{messages.findings.suggestion(String(finding.suggestion))}</Caption1>
      )}
      <div className={styles.actions}>
        <Button size="small" onClick={() => void actions.selectCell(finding.sheet, finding.address)}>
          {messages.findings.select}
        </Button>
        {finding.suggestion !== undefined && (
          <Button size="small" appearance="primary" onClick={() => onFix(writesFor([finding]))}>
            {messages.findings.fix}
          </Button>
        )}
        {finding.suggestion !== undefined && sameKind.length > 1 && (
          <Button size="small" onClick={() => onFix(sameKind)}>
            {messages.findings.fixAll(sameKind.length)}
          </Button>
        )}
      </div>
    </li>
  );
}
