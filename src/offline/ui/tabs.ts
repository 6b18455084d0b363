/**
 * The four parts as WAI-ARIA tabs: a tab list (arrow keys, Home and End move between the tabs, the
 * selected tab alone is in the Tab order) and one panel per part.
 */
import type { Part } from "../state";
import { h } from "./dom";

export interface Tabs {
  element: HTMLElement;
  panels: Record<Part, HTMLElement>;
  update(part: Part): void;
}

export function tabs(
  parts: readonly Part[],
  names: Record<Part, string>,
  label: string,
  onChoose: (part: Part) => void,
): Tabs {
  const buttons = parts.map((part, index) =>
    h(
      "button",
      {
        type: "button",
        role: "tab",
        id: `tab-${part}`,
        "aria-controls": `panel-${part}`,
        "data-part": part,
        onclick: () => onChoose(part),
        onkeydown: (event) => {
          const key = (event as KeyboardEvent).key;
          const next =
            key === "ArrowRight"
              ? (index + 1) % parts.length
              : key === "ArrowLeft"
                ? (index - 1 + parts.length) % parts.length
                : key === "Home"
                  ? 0
                  : key === "End"
                    ? parts.length - 1
                    : null;
          if (next === null) return;
          event.preventDefault();
          onChoose(parts[next]!);
          buttons[next]?.focus();
        },
      },
      names[part],
    ),
  );
  const panels = Object.fromEntries(
    parts.map((part) => [
      part,
      h("section", {
        role: "tabpanel",
        id: `panel-${part}`,
        "aria-labelledby": `tab-${part}`,
        class: "panel",
        tabindex: 0,
      }),
    ]),
  ) as Record<Part, HTMLElement>;
  return {
    element: h(
      "nav",
      { class: "tabs", "aria-label": label },
      h("div", { role: "tablist", "aria-label": label }, buttons),
    ),
    panels,
    update(current) {
      buttons.forEach((button, index) => {
        const selected = parts[index] === current;
        button.setAttribute("aria-selected", String(selected));
        button.tabIndex = selected ? 0 : -1;
      });
      for (const part of parts) panels[part].hidden = part !== current;
      document.body.dataset.part = current;
    },
  };
}
