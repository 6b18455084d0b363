/**
 * A few lines instead of a UI framework: `h()` builds elements, `replaceKeepingFocus()` swaps a
 * region's content and gives the focus back to the element with the same `data-key`, so a keyboard
 * user keeps their place when a list is redrawn. Never a style attribute (the page's policy forbids
 * them): looks come from classes in offline.css.
 */
export type Child = Node | string | number | null | undefined | false | Child[];

type Handler = (event: Event) => void;
export type Props = Record<string, string | number | boolean | null | undefined | Handler>;

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) child.forEach((c) => append(parent, c));
  else
    parent.appendChild(
      typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child,
    );
}

function setProps(element: Element, props: Props): void {
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === "function") element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (name === "style") throw new Error("no style attributes: use a class");
    else if (name === "value" && "value" in element)
      (element as HTMLInputElement).value = String(value ?? "");
    else if (value === true) element.setAttribute(name, "");
    else if (value !== false && value !== null && value !== undefined)
      element.setAttribute(name, String(value));
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setProps(element, props);
  append(element, children);
  return element;
}

const svgNamespace = "http://www.w3.org/2000/svg";

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(svgNamespace, tag);
  setProps(element, props);
  append(element, children);
  return element;
}

/** Replaces the children of `region`; the focused element's `data-key` is looked for in the new content. */
export function replaceKeepingFocus(region: Element, ...children: Child[]): void {
  const focused = document.activeElement;
  const key = focused && region.contains(focused) ? (focused as HTMLElement).dataset.key : undefined;
  region.replaceChildren();
  append(region, children);
  if (key === undefined) return;
  const again = [...region.querySelectorAll<HTMLElement>("[data-key]")].find(
    (element) => element.dataset.key === key,
  );
  again?.focus();
}

let counter = 0;
/** An id unique in the page (labels and aria-describedby point at it). */
export const uniqueId = (prefix: string) => `${prefix}-${(counter += 1)}`;
