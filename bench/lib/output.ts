// Where and how every benchmark writes its result: bench/out/<name>.json, stamped with the time and the machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const outDir = path.join(import.meta.dirname, '..', 'out');

/** The machine a figure was measured on: the load average says how much to trust it on a shared machine. */
export function machine() {
  const cpus = os.cpus();
  return { cpu: cpus[0]?.model ?? 'unknown', cores: cpus.length, load_average_1m: os.loadavg()[0] };
}

/** Writes bench/out/<name>.json with `generated_at` first, then `body`; answers the path relative to the cwd. */
export function writeBenchOutput(name: string, body: Record<string, unknown>): string {
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify({ generated_at: new Date().toISOString(), ...body }, null, 2)}\n`);
  return path.relative(process.cwd(), file);
}
