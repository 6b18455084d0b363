/** The machine the figures were measured on: they mean little without it. */
import { cpus, platform, release, totalmem } from "node:os";

export function describeMachine(): string {
  const processors = cpus();
  const model = processors[0]?.model.trim() ?? "unknown CPU";
  const memory = `${(totalmem() / 2 ** 30).toFixed(1)} GiB`;
  return `${model}, ${processors.length} cores, ${memory}; Node ${process.version}; ${platform()} ${release()}`;
}
