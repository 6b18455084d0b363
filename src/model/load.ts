import type { ErrorObject } from "ajv";
import validatePlanSchema from "./generated/validate-plan";
import type { Indicator, Plan } from "./types";

/** A plan file that breaks the schema or an invariant; the message names the indicator and the field. */
export class PlanError extends Error {
  override readonly name = "PlanError";
  constructor(
    readonly indicator: string | null,
    readonly field: string,
    readonly problem: string,
  ) {
    const where = [indicator === null ? "" : `指标 ${indicator}`, field === "" ? "" : `字段 ${field}`];
    super(`计划文件无效：${where.filter(Boolean).join(" 的") || "整个文件"} ${problem}`);
  }
}

interface SchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
const validateSchema: SchemaValidator = validatePlanSchema;
const matchesSchema = (raw: unknown): raw is Plan => validateSchema(raw);

const typeNames: Record<string, string> = {
  number: "数值",
  integer: "整数",
  string: "文本",
  array: "数组",
  object: "对象",
};

function describe({ keyword, params, schemaPath, message }: ErrorObject): string {
  if (keyword === "required") return "缺失";
  if (keyword === "additionalProperties") return "不是计划文件的字段";
  if (keyword === "type")
    return `应为${String(params.type)
      .split(",")
      .map((t) => typeNames[t] ?? t)
      .join("或")}`;
  if (keyword === "enum") return `应为 ${params.allowedValues.map(String).join(" / ")} 之一`;
  if (keyword === "pattern" && schemaPath.includes("propertyNames")) return "应为四位年份，如 2021";
  if (keyword === "pattern" && schemaPath.startsWith("#/definitions/text")) return "不能为空";
  const percent = schemaPath.includes("fraction") ? "（单位为 % 的数值写成小数：16% 写 0.16）" : "";
  if (keyword === "minimum" || keyword === "maximum")
    return `应${params.comparison} ${params.limit}${percent}`;
  return `不符合格式（${keyword}：${message ?? ""}）`;
}

function indicatorLabel(raw: unknown, index: number): string {
  const indicators = (raw as { indicators?: unknown[] }).indicators;
  const id = (indicators?.[index] as { id?: unknown } | undefined)?.id;
  return typeof id === "string" && id.trim() !== "" ? id : `indicators[${index}]（缺少 id）`;
}

function schemaError(raw: unknown, error: ErrorObject): PlanError {
  const path = error.instancePath
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const property = error.params.missingProperty ?? error.params.additionalProperty ?? error.propertyName;
  if (typeof property === "string") path.push(property);
  if (path[0] !== "indicators" || path.length < 2)
    return new PlanError(null, path.join("."), describe(error));
  return new PlanError(indicatorLabel(raw, Number(path[1])), path.slice(2).join("."), describe(error));
}

/** Validates a parsed plan file (schema, then cross-field invariants) and returns it typed. */
export function loadPlan(raw: unknown): Plan {
  if (!matchesSchema(raw)) {
    const [first] = validateSchema.errors ?? [];
    throw first ? schemaError(raw, first) : new PlanError(null, "", "不符合计划文件格式");
  }
  raw.years.forEach((year, i) => {
    if (i > 0 && year <= (raw.years[i - 1] ?? year))
      throw new PlanError(null, `years.${i}`, "应按年份递增且不重复");
  });
  raw.annex1Years.forEach((year, i) => {
    if (!raw.years.includes(year)) throw new PlanError(null, `annex1Years.${i}`, "不在计划年份 years 中");
  });
  const seenIds = new Set<string>();
  raw.indicators.forEach((indicator, position) => {
    if (seenIds.has(indicator.id)) throw new PlanError(indicator.id, "id", "重复：前面的指标已使用这个 id");
    seenIds.add(indicator.id);
    checkTargets(indicator, raw.years);
    checkPlacement(indicator, raw.indicators, position);
  });
  return raw;
}

function checkTargets({ id, targets, actualRange: { min, max } }: Indicator, years: number[]): void {
  const expected = years.map(String);
  const missing = expected.find((year) => !Object.hasOwn(targets, year));
  if (missing)
    throw new PlanError(id, `targets.${missing}`, "缺失：targets 须有 years 中的每一年（无目标写 null）");
  const extra = Object.keys(targets).find((key) => !expected.includes(key));
  if (extra) throw new PlanError(id, `targets.${extra}`, `不在计划年份 years（${expected.join("、")}）中`);
  for (const [year, target] of Object.entries(targets)) {
    if (target !== null && ((min !== null && target < min) || (max !== null && target > max))) {
      throw new PlanError(id, `targets.${year}`, `超出 actualRange [${min ?? "-∞"}, ${max ?? "+∞"}]`);
    }
  }
}

/** Annex rows are unique per annex/row/part, `part` only on split rows; a clash is reported on the later one. */
function checkPlacement(indicator: Indicator, all: Indicator[], position: number): void {
  const { id, annex, row, part, annex1 } = indicator;
  if ((annex === null) !== (row === null))
    throw new PlanError(id, "row", "与 annex 须同时为 null 或同时有值");
  if (annex1 && annex !== 2)
    throw new PlanError(id, "annex1", "只能出现在附件2 的行上（附件1 的行都是附件2 的行）");
  const earlier = all.slice(0, position);
  const annex1Twin = earlier.find((o) => annex1 && o.annex1?.row === annex1.row);
  if (annex1Twin) throw new PlanError(id, "annex1.row", `与 ${annex1Twin.id} 重复`);
  const sameRow = (o: Indicator) => annex !== null && o !== indicator && o.annex === annex && o.row === row;
  const twin = earlier.find((o) => sameRow(o) && o.part === part);
  if (twin) throw new PlanError(id, "row", `与 ${twin.id} 重复（同一附件、同一行、同一 part）`);
  const mate = earlier.find(sameRow);
  if (mate && (part === undefined || mate.part === undefined))
    throw new PlanError(id, "part", `缺失：与 ${mate.id} 同一行，拆分行的每个指标都要有 part`);
  if (mate && mate.printedName !== indicator.printedName)
    throw new PlanError(id, "printedName", `与同一行的 ${mate.id} 不同`);
  if (part !== undefined && !all.some(sameRow))
    throw new PlanError(id, "part", "只用于一行印有多个指标的拆分行");
  if ((part === undefined) !== (indicator.partName === undefined))
    throw new PlanError(
      id,
      "partName",
      part === undefined ? "只用于拆分行" : "缺失：拆分行的每个指标都要有 partName",
    );
  if (indicator.partName !== undefined && !indicator.printedName.includes(indicator.partName))
    throw new PlanError(id, "partName", "应是 printedName 中的一段原文");
}
