/**
 * `load()` arguments and their execution. A load is parsed when it is queued (so an unknown
 * property name fails at the call site) and executed during the sync: values are read at that
 * point of the queue and committed to the proxies only when the whole sync succeeds.
 */

import { UnsupportedMemberError } from "./errors";
import { NULL_OBJECT, Node, type Commit, type Spec } from "./proxy";
import { suggest } from "./suggest";
import { cloneData } from "./values";

export interface LoadPlan {
  readonly scalars: Set<string>;
  readonly navs: Map<string, LoadPlan>;
  items: LoadPlan | null;
  top?: number;
  skip?: number;
}

const emptyPlan = (): LoadPlan => ({ scalars: new Set(), navs: new Map(), items: null });

function allScalars(spec: Spec): LoadPlan {
  const plan = emptyPlan();
  if (spec.collection) plan.items = allScalars(spec.collection.itemSpec());
  else for (const name of Object.keys(spec.scalars)) plan.scalars.add(name);
  return plan;
}

function unknownLoad(spec: Spec, name: string): UnsupportedMemberError {
  return new UnsupportedMemberError(
    spec.name,
    name,
    `cannot be loaded: no such property${suggest(spec, name)}`,
  );
}

function addPath(plan: LoadPlan, spec: Spec, segments: readonly string[]): void {
  const [head, ...rest] = segments;
  if (head === undefined || head === "") return;
  if (spec.collection) {
    const itemSpec = spec.collection.itemSpec();
    plan.items ??= emptyPlan();
    if (head === "items") {
      if (rest.length === 0) mergePlan(plan.items, allScalars(itemSpec));
      else addPath(plan.items, itemSpec, rest);
    } else addPath(plan.items, itemSpec, segments);
    return;
  }
  if (Object.hasOwn(spec.scalars, head)) {
    if (rest.length > 0) throw unknownLoad(spec, segments.join("/"));
    plan.scalars.add(head);
    return;
  }
  const nav = spec.navs?.[head];
  if (!nav) throw unknownLoad(spec, head);
  let sub = plan.navs.get(head);
  if (!sub) {
    sub = emptyPlan();
    plan.navs.set(head, sub);
  }
  if (rest.length === 0) mergePlan(sub, allScalars(nav.spec()));
  else addPath(sub, nav.spec(), rest);
}

function mergePlan(into: LoadPlan, from: LoadPlan): void {
  for (const s of from.scalars) into.scalars.add(s);
  for (const [k, v] of from.navs) {
    const existing = into.navs.get(k);
    if (existing) mergePlan(existing, v);
    else into.navs.set(k, v);
  }
  if (from.items) {
    into.items ??= emptyPlan();
    mergePlan(into.items, from.items);
  }
}

function addPaths(plan: LoadPlan, spec: Spec, text: string): void {
  for (const path of text.split(",")) {
    const trimmed = path.trim();
    if (trimmed)
      addPath(
        plan,
        spec,
        trimmed.split("/").map((s) => s.trim()),
      );
  }
}

function addObjectNotation(plan: LoadPlan, spec: Spec, option: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(option)) {
    if (key === "$all") {
      if (value === true) mergePlan(plan, allScalars(spec));
    } else if (key === "$top" || key === "$skip") {
      if (typeof value === "number") plan[key === "$top" ? "top" : "skip"] = value;
    } else if (value === true) {
      addPath(plan, spec, [key]);
    } else if (value !== null && typeof value === "object") {
      if (spec.collection) {
        plan.items ??= emptyPlan();
        const itemSpec = spec.collection.itemSpec();
        if (key === "items") addObjectNotation(plan.items, itemSpec, value as Record<string, unknown>);
        else addObjectNotation(plan.items, itemSpec, { [key]: value });
        continue;
      }
      const nav = spec.navs?.[key];
      if (!nav) throw unknownLoad(spec, key);
      let sub = plan.navs.get(key);
      if (!sub) {
        sub = emptyPlan();
        plan.navs.set(key, sub);
      }
      addObjectNotation(sub, nav.spec(), value as Record<string, unknown>);
    }
  }
}

/** Parses the argument of `load()`: nothing, "a, b/c", ["a"], {select, expand, top, skip} or {a: true, b: {c: true}, $all: true}. */
export function parseLoad(spec: Spec, option: unknown): LoadPlan {
  if (option === undefined || option === null || option === "") return allScalars(spec);
  const plan = emptyPlan();
  if (typeof option === "string") addPaths(plan, spec, option);
  else if (Array.isArray(option)) {
    for (const entry of option) if (typeof entry === "string") addPaths(plan, spec, entry);
  } else if (typeof option === "object") {
    const o = option as Record<string, unknown>;
    if (
      typeof o.select === "string" ||
      typeof o.expand === "string" ||
      typeof o.top === "number" ||
      typeof o.skip === "number"
    ) {
      if (typeof o.select === "string") addPaths(plan, spec, o.select);
      if (typeof o.expand === "string") addPaths(plan, spec, o.expand);
      if (typeof o.select !== "string") mergePlan(plan, allScalars(spec));
      if (typeof o.top === "number") plan.top = o.top;
      if (typeof o.skip === "number") plan.skip = o.skip;
    } else addObjectNotation(plan, spec, o);
  }
  if (spec.collection && plan.items && plan.items.scalars.size === 0 && plan.items.navs.size === 0) {
    mergePlan(plan.items, allScalars(spec.collection.itemSpec()));
  }
  if (spec.collection && !plan.items) plan.items = allScalars(spec.collection.itemSpec());
  return plan;
}

/** Applies a load at sync time: reads values now, commits them when the sync succeeds. */
export function executeLoad(node: Node, plan: LoadPlan, commits: Commit[], seq: number): void {
  const location = `${node.spec.name}.load`;
  const target = node.resolve(location);
  if (target === NULL_OBJECT) {
    commits.push(() => {
      node.isNull = true;
    });
    return;
  }
  commits.push(() => {
    node.isNull = false;
  });
  for (const name of plan.scalars) {
    const scalar = node.spec.scalars[name];
    if (!scalar) continue;
    const value = cloneData(scalar.get(target, node.engine));
    commits.push(() => node.commitLoaded(name, value, seq));
  }
  for (const [name, sub] of plan.navs) executeLoad(node.nav(name), sub, commits, seq);
  const collection = node.spec.collection;
  if (plan.items && collection) {
    const itemSpec = collection.itemSpec();
    let list = collection.list(target, node.engine);
    if (plan.skip !== undefined) list = list.slice(plan.skip);
    if (plan.top !== undefined) list = list.slice(0, plan.top);
    const items = list.map((entry) => new Node(node.ctx, itemSpec, entry.path, () => entry.target));
    for (const item of items) executeLoad(item, plan.items, commits, seq);
    const proxies = items.map((i) => i.proxy);
    commits.push(() => node.commitLoaded("items", proxies, seq));
  }
}
