/**
 * Plans `factor` times the size of the bundled one, for measuring growth with scale: the real
 * indicators cycled (so kinds, units, targets and split rows stay realistic) under new ids, rows and
 * names, led by 20 units, and passed through `loadPlan` so the schema and the invariants accept them.
 */
import { plan as realPlan } from "../../src/model";
import { loadPlan } from "../../src/model/load";
import type { Indicator, Plan } from "../../src/model/types";

/** The real plan's lead units first, then invented ones, 20 in all. */
export const leadUnits = [
  ...new Set(realPlan.indicators.flatMap((indicator) => indicator.lead)),
  ...["区商务局", "区财政局", "区统计局", "区人力社保局", "区住建局", "区交通运输局", "区应急管理局"],
  ...["区税务局", "区农业农村局", "区卫健局", "区教育局", "区文广旅体局", "区水利局", "区城管局"],
].slice(0, 20);

const highest = (values: number[]): number => Math.max(0, ...values);
const annex2Rows = highest(realPlan.indicators.map((i) => (i.annex === 2 ? (i.row ?? 0) : 0)));
const annex1Rows = highest(realPlan.indicators.map((i) => i.annex1?.row ?? 0));

/** Copy `copy` (0-based) of a real indicator; `position` spreads the lead units over all 20. */
function copyOf(indicator: Indicator, copy: number, position: number): Indicator {
  const tag = `${copy + 1}组`;
  const renamed = (text: string) => `${text}-${tag}`;
  return {
    ...indicator,
    id: `G${String(copy + 1).padStart(3, "0")}-${indicator.id}`,
    name: renamed(indicator.name),
    printedName: renamed(indicator.printedName),
    row: indicator.row === null ? null : copy * annex2Rows + indicator.row,
    ...(indicator.annex1
      ? {
          annex1: {
            ...indicator.annex1,
            row: copy * annex1Rows + indicator.annex1.row,
            printedName: renamed(indicator.annex1.printedName),
          },
        }
      : {}),
    lead: indicator.lead.map((_, j) => leadUnits[(position + j) % leadUnits.length] ?? "区经信局"),
  };
}

/** The bundled plan's indicators `factor` times over (10 → 470 indicators), as a valid Plan. */
export function generatePlan(factor: number): Plan {
  const indicators = Array.from({ length: factor }, (_, copy) => copy).flatMap((copy) =>
    realPlan.indicators.map((indicator, i) => copyOf(indicator, copy, copy * realPlan.indicators.length + i)),
  );
  return loadPlan(structuredClone({ ...realPlan, id: `${realPlan.id}-x${factor}`, indicators }));
}
