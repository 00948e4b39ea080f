#!/usr/bin/env node
// Benchmarks: `npm run bench` runs every bench/<name>.ts|.js; `npm run bench -- rollup` runs the
// named ones. Arguments starting with "-" are passed on to each benchmark (e.g. --quick).
// TypeScript benchmarks run through tsx; each runs in its own process, one after the other.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, '..');
const args = process.argv.slice(2);
const options = args.filter((arg) => arg.startsWith('-'));
const names = args.filter((arg) => !arg.startsWith('-'));

const available = readdirSync(benchDir)
  .filter((file) => /\.(ts|js)$/.test(file) && file !== 'run.js' && !file.startsWith('_') && !file.endsWith('.d.ts'))
  .map((file) => file.replace(/\.(ts|js)$/, ''))
  .sort();

const fileOf = (name) =>
  ['ts', 'js'].map((ext) => path.join(benchDir, `${name}.${ext}`)).find((file) => existsSync(file));

const unknown = names.filter((name) => !fileOf(name) || name === 'run');
if (unknown.length) {
  console.error(
    `unknown benchmark${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')} (available: ${available.join(', ')})`,
  );
  process.exit(2);
}

let failed = 0;
for (const name of names.length ? names : available) {
  const file = fileOf(name);
  const command = file.endsWith('.ts')
    ? [process.execPath, ['--import', 'tsx', file, ...options]]
    : [process.execPath, [file, ...options]];
  console.log(`\n### bench ${name}`);
  const started = Date.now();
  const { status, signal } = spawnSync(command[0], command[1], { cwd: root, stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (status !== 0) {
    failed++;
    console.error(`### bench ${name} failed (${signal ?? `exit ${status}`}) after ${seconds} s`);
  } else {
    console.log(`### bench ${name} finished in ${seconds} s`);
  }
}
process.exit(failed ? 1 : 0);
