import { Button, Caption1, Subtitle2 } from "@fluentui/react-components";
import { useSelfTestMessages } from "../messages/self-test";
import { usePane } from "../state/pane-context";
import { useCardStyles } from "./card-styles";
import { SelfTestResult } from "./SelfTestResult";

/**
 * 自检 in 设置: one click runs every check in this Excel on a temporary sheet; the result follows. It sits
 * inside the settings form, so its buttons are type="button" (never submitting the form).
 */
export function SelfTestCard() {
  const styles = useCardStyles();
  const words = useSelfTestMessages();
  const { state, actions } = usePane();
  return (
    <section className={styles.card} aria-labelledby="self-test-title">
      <Subtitle2 id="self-test-title">{words.title}</Subtitle2>
      <Caption1>{words.intro}</Caption1>
      <Button type="button" disabled={state.busy !== null} onClick={() => void actions.selfTest()}>
        {state.busy === "selfTest" ? words.running : words.run}
      </Button>
      {state.selfTest && <SelfTestResult report={state.selfTest} />}
    </section>
  );
}
