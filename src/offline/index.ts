/**
 * The offline page's entry: the plan, the state, the four parts behind their tabs. Marks
 * `bl-first-screen` once the first screen is drawn and usable (npm run bench times it); the file code
 * (exceljs) is not evaluated until a file is read or written (src/offline/lazy/load-xlsx.ts).
 */
import "./script-start";
import { leadUnitsOf } from "../core/indicator-list";
import { plan } from "../model";
import { createEffects } from "./effects";
import { pageTexts as say } from "./messages";
import { initialState, parts } from "./state";
import { createStore } from "./store";
import { checkPart } from "./ui/check-part";
import { consolidatePart } from "./ui/consolidate-part";
import { h } from "./ui/dom";
import { fillPart } from "./ui/fill-part";
import { noticeBar } from "./ui/notice";
import type { PartContext } from "./ui/part-context";
import { tabs } from "./ui/tabs";
import { templatePart } from "./ui/template-part";

function start(root: HTMLElement): void {
  const units = leadUnitsOf(plan);
  const store = createStore(plan, initialState(plan, new Date(), units[0] ?? null));
  const context: PartContext = { plan, units, dispatch: store.dispatch, effects: createEffects(plan, store) };
  const tabList = tabs(parts, say.parts, say.partsLabel, (part) =>
    store.dispatch({ type: "partChosen", part }),
  );
  const notice = noticeBar(() => store.dispatch({ type: "noticeDismissed" }));
  const views = [
    templatePart(context, tabList.panels.template),
    fillPart(context, tabList.panels.fill),
    checkPart(context, tabList.panels.check),
    consolidatePart(context, tabList.panels.consolidate),
  ];
  root.replaceChildren(
    h("header", { class: "page-head" }, h("h1", {}, say.title), h("p", {}, say.subtitle)),
    tabList.element,
    h("main", {}, notice.element, Object.values(tabList.panels)),
  );
  const render = () => {
    const state = store.state();
    tabList.update(state.part);
    notice.update(state.notice);
    views.forEach((view) => view(state));
  };
  store.subscribe(render);
  render();
  performance.mark("bl-first-screen");
  document.documentElement.dataset.ready = "true";
}

start(document.getElementById("app") ?? document.body);
