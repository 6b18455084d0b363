import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/** The policy text (仑政发〔2022〕1号) the model was transcribed from, kept verbatim in test/fixtures. */
export const seedPath = resolve(__dirname, "../fixtures/beilun-2022-1-policy.txt");

export const seedText = (): string => readFileSync(seedPath, "utf8");
