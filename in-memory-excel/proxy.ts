/**
 * Office.js-style proxy objects.
 *
 * Each object handed to the add-in is an ES Proxy over a `Node`. A node knows its type (a
 * `TypeSpec`: scalar properties, navigation properties, methods), its request context, and how to
 * find its target in the workbook state (`resolver`) — resolution happens lazily, when a queued
 * operation that uses the object is applied during `context.sync()`, and is then memoized, like an
 * Office.js object path. Setting a scalar or calling an action queues an operation; `load` queues
 * a load whose values are committed to the node when the sync succeeds. Reading a scalar that was
 * not loaded throws PropertyNotLoaded; touching an unknown member throws UnsupportedMemberError.
 */

import type { Engine } from "./engine";
import { UnsupportedMemberError, excelError, propertyNotLoaded } from "./errors";
import { executeLoad, parseLoad } from "./load-plan";
import { suggest } from "./suggest";

export const NULL_OBJECT: unique symbol = Symbol("in-memory Excel null object");
export type NullObject = typeof NULL_OBJECT;

export type Commit = () => void;

export interface ContextLike {
  readonly engine: Engine;
  readonly proxy: object;
  /** Queues an operation; returns its sequence number. Throws when the context is closed. */
  enqueue(node: Node, location: string, apply: (commits: Commit[]) => void): number;
}

export interface ScalarSpec<T> {
  get(target: T, engine: Engine): unknown;
  /** Absent for read-only properties. Runs at sync time. */
  set?(target: T, value: unknown, engine: Engine, location: string, node: Node): void;
}

export interface NavSpec {
  readonly spec: () => Spec;
  readonly make: (parent: Node) => Node;
}

export interface CollectionSpec<T> {
  readonly itemSpec: () => Spec;
  list(target: T, engine: Engine): Array<{ readonly target: unknown; readonly path: string }>;
}

export interface TypeSpec<T> {
  readonly name: string;
  readonly scalars: Readonly<Record<string, ScalarSpec<T>>>;
  readonly navs?: Readonly<Record<string, NavSpec>>;
  readonly methods?: Readonly<Record<string, (node: Node, ...args: unknown[]) => unknown>>;
  readonly collection?: CollectionSpec<T>;
  /** Throws when a memoized target no longer exists (deleted sheet, deleted name…). */
  readonly check?: (target: T, location: string) => void;
}

export type Spec = TypeSpec<unknown>;

/** Erases the target type of a spec (the one place the internal cast lives). */
export function defineType<T>(spec: TypeSpec<T>): Spec {
  return spec as unknown as Spec;
}

const nodes = new WeakMap<object, Node>();

/** The node behind an emulated proxy, or undefined for anything else. */
export function nodeOf(value: unknown): Node | undefined {
  return typeof value === "object" && value !== null ? nodes.get(value) : undefined;
}

export class Node {
  readonly loaded = new Map<string, unknown>();
  /** Strict mode: properties assigned since they were last loaded (name → sequence of the set). */
  readonly assigned = new Map<string, number>();
  isNull: boolean | undefined = undefined;
  readonly proxy: object;
  private memo: { value: unknown } | undefined;
  private readonly navCache = new Map<string, Node>();

  constructor(
    readonly ctx: ContextLike,
    readonly spec: Spec,
    readonly path: string,
    private readonly resolver: () => unknown,
  ) {
    this.proxy = new Proxy({}, makeHandler(this));
    nodes.set(this.proxy, this);
  }

  get engine(): Engine {
    return this.ctx.engine;
  }

  /** The target in the workbook state, or NULL_OBJECT. Throws Excel errors (ItemNotFound…). */
  resolve(location: string): unknown {
    if (!this.memo) this.memo = { value: this.resolver() };
    const value = this.memo.value;
    if (value !== NULL_OBJECT) this.spec.check?.(value, location);
    return value;
  }

  nav(name: string): Node {
    let child = this.navCache.get(name);
    if (!child) {
      const nav = this.spec.navs?.[name];
      if (!nav) throw new UnsupportedMemberError(this.spec.name, name, "is not a navigation property");
      child = nav.make(this);
      this.navCache.set(name, child);
    }
    return child;
  }

  /** A child object whose target is computed from this node's target when first needed. */
  derive<P>(
    spec: Spec,
    member: string,
    args: readonly unknown[],
    compute: (parent: P, location: string) => unknown,
  ): Node {
    const location = `${this.spec.name}.${member}`;
    return new Node(this.ctx, spec, `${this.path}.${member}(${describeArgs(args)})`, () => {
      const parent = this.resolve(location);
      if (parent === NULL_OBJECT) throw childOfNullObject(location, this.path);
      return compute(parent as P, location);
    });
  }

  /** Like `derive`, for *OrNullObject members: queues the instantiation that sets isNullObject. */
  deriveOrNull<P>(
    spec: Spec,
    member: string,
    args: readonly unknown[],
    compute: (parent: P, location: string) => unknown,
  ): Node {
    const child = this.derive<P>(spec, member, args, compute);
    const location = `${this.spec.name}.${member}`;
    this.ctx.enqueue(this, location, (commits) => {
      const target = child.resolve(location);
      commits.push(() => {
        child.isNull = target === NULL_OBJECT;
      });
    });
    return child;
  }

  /** Queues an action against this node's target (skipped for a null object). */
  queue<T>(member: string, apply: (target: T, engine: Engine, location: string) => void): number {
    const location = `${this.spec.name}.${member}`;
    return this.ctx.enqueue(this, location, () => {
      const target = this.resolve(location);
      if (target !== NULL_OBJECT) apply(target as T, this.engine, location);
    });
  }

  /** Queues an action that produces an object (e.g. `worksheets.add`) and returns its proxy node. */
  queueCreate<T>(
    spec: Spec,
    member: string,
    args: readonly unknown[],
    create: (target: T, engine: Engine, location: string) => unknown,
  ): Node {
    let produced: { value: unknown } | undefined;
    this.queue<T>(member, (target, engine, location) => {
      produced = { value: create(target, engine, location) };
    });
    const location = `${this.spec.name}.${member}`;
    return new Node(this.ctx, spec, `${this.path}.${member}(${describeArgs(args)})`, () => {
      const parent = this.resolve(location);
      if (parent === NULL_OBJECT) throw childOfNullObject(location, this.path);
      if (!produced)
        throw excelError("InvalidObjectPath", location, "the creating operation did not run", this.path);
      return produced.value;
    });
  }

  commitLoaded(name: string, value: unknown, seq: number): void {
    this.loaded.set(name, value);
    const assignedAt = this.assigned.get(name);
    if (assignedAt !== undefined && assignedAt < seq) this.assigned.delete(name);
  }
}

/**
 * What Excel does with a child of a null object (its navigation properties, the objects its methods
 * return) is undocumented; Microsoft documents only checking `isNullObject` after a sync. The emulator
 * fails the sync, so code cannot come to rely on one guess.
 */
function childOfNullObject(location: string, path: string) {
  return excelError(
    "InvalidObjectPath",
    location,
    "a child of a null object: what Excel does with it is undocumented; sync and check isNullObject first",
    path,
  );
}

function describeArgs(args: readonly unknown[]): string {
  return args
    .map((a) => {
      const node = nodeOf(a);
      if (node) return node.path;
      try {
        return JSON.stringify(a) ?? String(a);
      } catch {
        return String(a);
      }
    })
    .join(", ");
}

// ---------------------------------------------------------------------------------------------
// The ES Proxy handler

/** Names that test frameworks, promises and dev tools probe on any object: answer undefined. */
const PROBES = new Set([
  "then",
  "asymmetricMatch",
  "nodeType",
  "tagName",
  "inspect",
  "length",
  "hasAttribute",
]);

function isKnown(spec: Spec, name: string): boolean {
  return Object.hasOwn(spec.scalars, name) || Boolean(spec.navs?.[name]) || Boolean(spec.methods?.[name]);
}

function readScalar(node: Node, name: string): unknown {
  if (node.isNull === true) return undefined; // Office.js: properties of a null object read as undefined
  if (node.assigned.has(name)) {
    throw propertyNotLoaded(
      name,
      node.spec.name,
      "it was assigned in this batch and not loaded since; Office.js would echo the assigned value, this emulator requires load + sync to read what Excel stored (option readBackAssignedValues)",
    );
  }
  if (node.loaded.has(name)) return node.loaded.get(name);
  throw propertyNotLoaded(name, node.spec.name);
}

function writeScalar(node: Node, name: string, value: unknown): void {
  const scalar = node.spec.scalars[name];
  if (!scalar?.set) {
    if (scalar || isKnown(node.spec, name)) {
      throw new TypeError(`Cannot set property ${name} of #<${node.spec.name}> which has only a getter`);
    }
    throw new UnsupportedMemberError(
      node.spec.name,
      name,
      `is not a settable property${suggest(node.spec, name)}`,
    );
  }
  const setter = scalar.set;
  const seq = node.queue<unknown>(name, (target, engine, location) =>
    setter(target, value, engine, location, node),
  );
  if (node.engine.options.readBackAssignedValues) node.loaded.set(name, value);
  else {
    node.loaded.delete(name);
    node.assigned.set(name, seq);
  }
}

function bulkSet(node: Node, properties: unknown): void {
  if (properties === null || typeof properties !== "object") {
    throw excelError("InvalidArgument", `${node.spec.name}.set`, "set() expects an object of properties");
  }
  for (const [key, value] of Object.entries(properties as Record<string, unknown>)) {
    if (node.spec.navs?.[key] && value !== null && typeof value === "object") bulkSet(node.nav(key), value);
    else writeScalar(node, key, value);
  }
}

function toJSON(node: Node): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of node.loaded) {
    out[k] =
      k === "items" && Array.isArray(v) ? v.map((p) => (nodeOf(p) ? toJSON(nodeOf(p) as Node) : p)) : v;
  }
  for (const name of Object.keys(node.spec.navs ?? {})) {
    const child = node.nav(name);
    if (child.loaded.size > 0) out[name] = toJSON(child);
  }
  return out;
}

function makeHandler(node: Node): ProxyHandler<object> {
  const spec = node.spec;
  return {
    get(_target, key) {
      if (typeof key === "symbol") return key === Symbol.toStringTag ? `Excel.${spec.name}` : undefined;
      switch (key) {
        case "context":
          return node.ctx.proxy;
        case "isNullObject":
          if (node.isNull === undefined) throw propertyNotLoaded("isNullObject", spec.name);
          return node.isNull;
        case "load":
          return (option?: unknown) => {
            const plan = parseLoad(spec, option);
            const seq: number = node.ctx.enqueue(node, `${spec.name}.load`, (commits) =>
              executeLoad(node, plan, commits, seq),
            );
            return node.proxy;
          };
        case "set":
          return (properties: unknown) => bulkSet(node, properties);
        case "toJSON":
          return () => toJSON(node);
        case "track":
        case "untrack":
          return () => node.proxy;
        case "constructor":
          return Object;
        case "toString":
          return () => `[object Excel.${spec.name}]`;
        case "valueOf":
          return () => node.proxy;
        default:
          break;
      }
      if (Object.hasOwn(spec.scalars, key)) return readScalar(node, key);
      if (key === "items" && spec.collection) return readScalar(node, "items");
      if (spec.navs?.[key]) return node.nav(key).proxy;
      const method = spec.methods?.[key];
      if (method) {
        return (...args: unknown[]) => {
          for (const arg of args) {
            const other = nodeOf(arg);
            if (other && other.ctx !== node.ctx) {
              throw excelError(
                "InvalidRequestContext",
                `${spec.name}.${key}`,
                `an argument comes from another request context (${other.path})`,
              );
            }
          }
          const result = method(node, ...args);
          return result instanceof Node ? result.proxy : result;
        };
      }
      if (PROBES.has(key) || key.startsWith("@@") || key.startsWith("$$") || key.startsWith("_"))
        return undefined;
      throw new UnsupportedMemberError(
        spec.name,
        key,
        `is not a member of this emulation${suggest(spec, key)}`,
      );
    },
    set(_target, key, value) {
      if (typeof key === "symbol") return false;
      writeScalar(node, key, value);
      return true;
    },
    has(_target, key) {
      return (
        typeof key === "string" &&
        (isKnown(spec, key) || key === "context" || key === "load" || key === "isNullObject")
      );
    },
    deleteProperty(_target, key) {
      throw new TypeError(`Cannot delete property ${String(key)} of #<${spec.name}>`);
    },
  };
}
