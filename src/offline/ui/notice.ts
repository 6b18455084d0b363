/** The page's one message line (a live region): what was downloaded, copied, or why something failed. */
import type { Notice } from "../state";
import { h } from "./dom";
import { pageTexts as say } from "../messages";

export function noticeBar(onDismiss: () => void) {
  const text = h("span", { class: "notice-text" });
  const close = h("button", { type: "button", class: "link", onclick: onDismiss }, say.dismiss);
  const bar = h("div", { class: "notice", role: "status", "aria-live": "polite" }, text, close);
  let shown: Notice | null | undefined;
  return {
    element: bar,
    update(notice: Notice | null) {
      if (notice === shown) return;
      shown = notice;
      text.textContent = notice?.text ?? "";
      bar.dataset.tone = notice?.tone ?? "";
      close.hidden = notice === null;
    },
  };
}
