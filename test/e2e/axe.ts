import { readFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";

const axeSource = readFileSync(join(__dirname, "../../node_modules/axe-core/axe.min.js"), "utf8");

export interface Violation {
  id: string;
  impact: string | null;
  targets: string[];
}

/**
 * axe-core's serious and critical violations on the page (or inside `selector`). axe is evaluated
 * through the DevTools protocol, which a page's Content-Security-Policy does not block.
 */
export async function seriousViolations(page: Page, selector: string | null = null): Promise<Violation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run(context?: unknown): Promise<unknown> } }).axe;
    const result = (await axe.run(context ?? document)) as {
      violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
    };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  }, selector);
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
