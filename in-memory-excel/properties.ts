/**
 * Document properties (`workbook.properties`) and custom properties (`properties.custom`).
 * Custom property keys are case-insensitive; `add` creates or overwrites (as Office.js documents).
 */

import { accept, anyString } from "./checks";
import { queueResult } from "./context";
import { invalidArgument, itemNotFound } from "./errors";
import { NULL_OBJECT, defineType, type ScalarSpec, type Spec } from "./proxy";
import { findCustomProperty, type CustomPropertyState, type WorkbookState } from "./state";

function checkValue(value: unknown, location: string): unknown {
  if (typeof value === "string") {
    if (value.length > 255)
      throw invalidArgument(location, "a custom property string value is limited to 255 characters");
    return value;
  }
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "boolean") return value;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return new Date(value.getTime());
  throw invalidArgument(
    location,
    "a custom property value must be a string, a finite number, a boolean or a Date",
  );
}

export function customPropertyType(value: unknown): string {
  if (typeof value === "number") return Number.isInteger(value) ? "Number" : "Float";
  if (typeof value === "boolean") return "Boolean";
  if (value instanceof Date) return "Date";
  return "String";
}

export const customPropertySpec: Spec = defineType<CustomPropertyState>({
  name: "CustomProperty",
  check: (p, location) => {
    if (p.deleted) throw itemNotFound(location, `the custom property '${p.key}' has been deleted`);
  },
  scalars: {
    key: { get: (p) => p.key },
    type: { get: (p) => customPropertyType(p.value) },
    value: {
      get: (p) => p.value,
      set: (p, value, _e, l) => {
        p.value = checkValue(value, l);
      },
    },
  },
  methods: {
    delete: (node) => {
      node.queue<CustomPropertyState>("delete", (p, engine) => {
        p.deleted = true;
        engine.state.customProperties.splice(engine.state.customProperties.indexOf(p), 1);
      });
    },
  },
});

export const customPropertyCollectionSpec: Spec = defineType<WorkbookState>({
  name: "CustomPropertyCollection",
  scalars: {},
  collection: {
    itemSpec: () => customPropertySpec,
    list: (wb) =>
      wb.customProperties.map((p) => ({
        target: p,
        path: `workbook.properties.custom.getItem(${JSON.stringify(p.key)})`,
      })),
  },
  methods: {
    add: (node, key, value) =>
      node.queueCreate<WorkbookState>(customPropertySpec, "add", [key, value], (wb, _e, l) => {
        if (typeof key !== "string" || key === "" || key.length > 255)
          throw invalidArgument(l, "key must be a string of 1 to 255 characters");
        const checked = checkValue(value, l);
        const existing = findCustomProperty(wb, key);
        if (existing) {
          existing.value = checked;
          return existing;
        }
        const created: CustomPropertyState = { key, value: checked, deleted: false };
        wb.customProperties.push(created);
        return created;
      }),
    getItem: (node, key) =>
      node.derive<WorkbookState>(customPropertySpec, "getItem", [key], (wb, l) => {
        const found = typeof key === "string" ? findCustomProperty(wb, key) : undefined;
        if (!found) throw itemNotFound(l, `no custom property '${String(key)}'`);
        return found;
      }),
    getItemOrNullObject: (node, key) =>
      node.deriveOrNull<WorkbookState>(
        customPropertySpec,
        "getItemOrNullObject",
        [key],
        (wb) => (typeof key === "string" ? findCustomProperty(wb, key) : undefined) ?? NULL_OBJECT,
      ),
    getCount: (node) =>
      queueResult<WorkbookState, number>(node, "getCount", (wb) => wb.customProperties.length),
    deleteAll: (node) => {
      node.queue<WorkbookState>("deleteAll", (wb) => {
        for (const p of wb.customProperties) p.deleted = true;
        wb.customProperties.length = 0;
      });
    },
  },
});

const DOCUMENT_PROPERTIES = [
  "title",
  "subject",
  "author",
  "keywords",
  "comments",
  "category",
  "manager",
  "company",
];

function documentProperty(name: string): ScalarSpec<WorkbookState> {
  return {
    get: (wb) => wb.documentProperties.get(name) ?? "",
    set: (wb, value, _e, l) => {
      wb.documentProperties.set(name, accept(anyString, value, l));
    },
  };
}

export const documentPropertiesSpec: Spec = defineType<WorkbookState>({
  name: "DocumentProperties",
  scalars: Object.fromEntries(DOCUMENT_PROPERTIES.map((name) => [name, documentProperty(name)])),
  navs: {
    custom: {
      spec: () => customPropertyCollectionSpec,
      make: (parent) => parent.derive<WorkbookState>(customPropertyCollectionSpec, "custom", [], (wb) => wb),
    },
  },
});
