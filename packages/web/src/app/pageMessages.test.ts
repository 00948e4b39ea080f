import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonMessages, type MessageTable } from '../lib/messages';

// Each page installs the feature tables it shows (`installMessages([...])` at the top of its module), so a screen
// fetches its own strings, not every feature's. This test reads the code: every key a page's modules name (a
// literal, or a template such as `round.periodOf.${…}`) must be in the common table or in a table installed by
// the page's modules or, for a module the page imports lazily, by the page itself, or at start (main.tsx).
const src = path.resolve(import.meta.dirname, '..');
const files = import.meta.glob<Record<string, MessageTable>>('../features/*/*essages.ts', { eager: true });
const tablesByName = new Map(Object.values(files).flatMap((file) => Object.entries(file)));
const allKeys = new Set([...tablesByName.values()].flatMap((table) => Object.keys(table)));
const commonKeys = new Set(Object.keys(commonMessages));

interface Module {
  text: string;
  imports: string[];
  lazyImports: string[];
}

const modules = new Map<string, Module>();

function resolve(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

function read(file: string): Module {
  const known = modules.get(file);
  if (known) return known;
  const text = readFileSync(file, 'utf8');
  const targets = (pattern: RegExp) =>
    [...text.matchAll(pattern)].map((match) => resolve(file, match[1])).filter((target) => target !== null);
  const module = {
    text,
    imports: [...targets(/^(?:import|export)\s[^;]*?\sfrom '(\.[^']+)'/gm), ...targets(/^import '(\.[^']+)'/gm)],
    lazyImports: targets(/import\('(\.[^']+)'\)/g),
  };
  modules.set(file, module);
  return module;
}

function staticClosure(root: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of read(file).imports) visit(next);
  };
  visit(root);
  return seen;
}

function installedBy(files: Set<string>): Set<string> {
  const keys = new Set<string>();
  for (const file of files) {
    for (const call of read(file).text.matchAll(/installMessages\(\[([^\]]*)\]\)/g)) {
      for (const name of call[1]
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)) {
        const table = tablesByName.get(name);
        if (!table) throw new Error(`${file}: installs ${name}, which no features/*/*essages.ts exports`);
        for (const key of Object.keys(table)) keys.add(key);
      }
    }
  }
  return keys;
}

/** The feature keys a module names: literals that are keys, and every key a template's fixed start covers. */
function keysNamedIn(text: string): string[] {
  const literal = [...text.matchAll(/['"]([a-zA-Z][\w-]*(?:\.[\w-]+)+)['"]/g)].map((match) => match[1]);
  const prefixes = [...text.matchAll(/`([a-zA-Z][\w-]*(?:\.[\w-]+)*\.)\$\{/g)].map((match) => match[1]);
  return [
    ...literal.filter((key) => allKeys.has(key)),
    ...prefixes.flatMap((prefix) => [...allKeys].filter((key) => key.startsWith(prefix))),
  ].filter((key) => !commonKeys.has(key));
}

/** The keys of `root`'s modules that nothing installs, checking the modules it loads lazily in turn. */
function missingKeys(root: string, inherited: Set<string>, checked = new Set<string>()): string[] {
  if (checked.has(root)) return [];
  checked.add(root);
  const closure = staticClosure(root);
  const installed = new Set([...inherited, ...installedBy(closure)]);
  const missing: string[] = [];
  for (const file of closure) {
    // A table names its own keys: not a use.
    const keys = /essages\.ts$/.test(file) ? [] : keysNamedIn(read(file).text);
    for (const key of keys) {
      if (!installed.has(key)) missing.push(`${path.relative(src, file)}: ${key}`);
    }
    for (const lazy of read(file).lazyImports) missing.push(...missingKeys(lazy, installed, checked));
  }
  return [...new Set(missing)];
}

/** The signed-in frame and every page the router loads. */
function roots(): string[] {
  const routerFiles = ['app/router.tsx', 'app/signedInApp.ts'].map((file) => path.join(src, file));
  return routerFiles.flatMap((file) => read(file).lazyImports);
}

describe('the strings each screen fetches', () => {
  it('finds the frame and the pages', () => {
    expect(roots().length).toBeGreaterThan(25);
  });

  it.each(roots().map((root) => [path.relative(src, root), root]))('%s installs every key it shows', (_, root) => {
    // Reported as the tables to install, each with the first place that needs it.
    const needed: Record<string, string> = {};
    for (const missing of missingKeys(root, installedBy(staticClosure(path.join(src, 'main.tsx'))))) {
      const key = missing.slice(missing.lastIndexOf(' ') + 1);
      const table = [...tablesByName].find(([, keys]) => key in keys)?.[0] ?? '?';
      needed[table] ??= missing;
    }
    expect(needed).toEqual({});
  });
});
