import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata/lib/generate";

interface Parameter {
  name: string;
  type: string;
  optional?: boolean;
  description: string;
}
interface FunctionMetadata {
  id: string;
  description: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}

// What Excel shows for each function (the same generator custom-functions-metadata-plugin runs in the build).
const expected: Record<string, { parameters: string[]; result: FunctionMetadata["result"] }> = {
  TARGET: { parameters: ["indicator", "year"], result: { type: "number" } },
  CUMTARGET: { parameters: ["indicator", "year"], result: { type: "number" } },
  BASELINE: { parameters: ["indicator"], result: { type: "number" } },
  EXPECTED: { parameters: ["indicator", "year", "[month]"], result: { type: "number" } },
  ATTAINMENT: { parameters: ["indicator", "year", "actual", "[month]"], result: { type: "number" } },
  GAP: { parameters: ["indicator", "year", "actual", "[month]"], result: { type: "number" } },
  STATUS: {
    parameters: ["indicator", "year", "actual", "[month]", "[green]", "[amber]"],
    result: { type: "string" },
  },
  INDICATORS: {
    parameters: ["[leadUnit]", "[category]"],
    result: { type: "string", dimensionality: "matrix" },
  },
};

let metadata: FunctionMetadata[];
beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(join(__dirname, "../../src/functions/functions.ts"));
  expect(result.errors).toEqual([]);
  metadata = (JSON.parse(result.metadataJson) as { functions: FunctionMetadata[] }).functions;
});

describe("functions.json", () => {
  test("declares exactly the eight functions", () => {
    expect(metadata.map((f) => f.id).sort()).toEqual(Object.keys(expected).sort());
  });

  test.each(Object.entries(expected))("%s has its parameters in order, optional ones flagged", (id, want) => {
    const fn = metadata.find((f) => f.id === id);
    const shown = fn?.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
    expect(shown).toEqual(want.parameters);
    expect(fn?.result).toEqual(want.result);
  });

  test("every parameter takes any value (so the function, not Excel, explains a wrong one) and has Chinese help", () => {
    for (const fn of metadata) {
      expect(fn.description).toMatch(/[\u4e00-\u9fff]/);
      for (const parameter of fn.parameters) {
        expect(parameter.type).toBe("any");
        expect(parameter.description).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });
});
