// The signed-in app's chunks (vite.config.ts). On issue 11's slow connection (HTTP/1.1: six connections, 150 ms
// added to every request) a chart screen's fifty-odd chunks cost as much in round trips as in bytes: the bundler's
// own splitting gives a chunk to every set of pages that shares a module, and a screen needs every set it is in.
// A few groups bring a chart screen to eight to fifteen files instead of fifty to seventy:
// - `app`: what the signed-in frame (app/SignedInApp.tsx, Ant Design's core with it) needs, in one chunk: every
//   signed-in screen loads all of it anyway, so none gets more bytes;
// - `charts` and `charts-…`: what two or more of the chart screens (the pages that draw components/LazyChart.tsx)
//   need beyond the frame, one chunk per set of screens that needs it, so that no screen downloads what only the
//   others use: `charts` what all of them need (LazyChart itself, the light table, selects), `charts-members-models`
//   what only those two need (the unit tree filter), and so on. The modules of a set too small to be worth a request
//   of its own (smallGroupCode) go in `charts`: a few KB more cost the other screens less than the round trip they
//   save. Nothing the first screen after signing in needs (features/inbox/InboxPage.tsx, app/signedInApp.ts) goes in
//   these: that screen would load them whole, and the sign-in page fetches it while the user types (login + home
//   <= 350 KB).
// The sign-in page's first download stays as it is: the build fails if its entry imports any group. A signed-in
// address opened directly fetches `app` beside the entry (appPreload below).
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * A set of chart screens whose shared modules weigh less than this (their code as transformed, roughly ten times its
 * brotli size: 64 KB is ~6 KB on the wire, ~40 ms at 1.6 Mbps) has them in `charts` rather than in a chunk of its own.
 */
const smallGroupCode = 64_000;

const frameModule = '/src/app/SignedInApp.tsx';
const chartModule = '/src/components/LazyChart.tsx';
const homeModule = '/src/features/inbox/InboxPage.tsx';

/** `…/RoundDashboardPage.tsx` → `round-dashboard`: a chart screen as its groups' chunks name it. */
const screenName = (page: string) =>
  path
    .basename(page)
    .replace(/Page\.tsx$/, '')
    .replace(/(?<=[a-z])(?=[A-Z])/g, '-')
    .toLowerCase();

/**
 * Package indexes that re-export a whole package (every component, every icon, all of @danvan/shared), by the name
 * modules import them with: followed only through the names a module imports from them.
 */
const packageIndexes: [name: string, index: RegExp][] = [
  ['antd', /\/node_modules\/antd\/es\/index\.js$/],
  ['@ant-design/icons', /\/node_modules\/@ant-design\/icons\/es\/index\.js$/],
  ['@danvan/shared', /\/packages\/shared\/src\/index\.ts$/],
];
const isPackageIndex = (id: string) => packageIndexes.some(([, index]) => index.test(id));
/** A module id or import path without its extension: `./text/fold-vi.js` names `…/text/fold-vi.ts`. */
const withoutExtension = (id: string) => id.replace(/\.([mc]?js|tsx?)$/, '');
const namedImport = /import\s*(?:[\w$]+\s*,\s*)?\{([^}]*)\}\s*from\s*["']([^"']+)["']/g;
const reexport = /export\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g;
const reexportAll = /export\s*\*\s*from\s*["']([^"']+)["']/g;

/** `a`, `a as b`, `default as b`: the name as seen by the importer (`as`), or as exported (`from`). */
const names = (list: string, side: 'as' | 'from') =>
  list
    .split(',')
    .map((item) => item.trim().split(/\s+as\s+/))
    .map((parts) => (side === 'as' ? parts[parts.length - 1] : parts[0]))
    .filter((name): name is string => Boolean(name));

/**
 * A signed-in address opened directly fetches the frame's chunk beside the entry rather than once the entry (~100 KB)
 * has come and run: a small script of its own, as the page's policy allows no inline script
 * (packages/server/src/app.ts). /login does not: its page must be usable before the signed-in app comes.
 */
function appPreload(appFile: string): { fileName: string; source: string } {
  const source =
    `if(location.pathname!=='/login'){const l=document.createElement('link');` +
    `l.rel='modulepreload';l.href=${JSON.stringify(`/${appFile}`)};document.head.append(l)}\n`;
  return { fileName: `assets/preload-app-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`, source };
}

export function signedInChunks() {
  let frame = new Set<string>();
  /** Module → the chart group's chunk it goes in (`charts`, `charts-members-models`…). */
  let chartGroups = new Map<string, string>();
  const plugin: Plugin = {
    name: 'danvan:signed-in-chunks',
    apply: 'build',
    buildEnd(error) {
      if (error) return;
      const info = (id: string) => this.getModuleInfo(id);
      // The module of `spec` as `from` resolved it ('./button' → …/button/index.js, './text/fold-vi.js' → ….ts).
      const resolvedFrom = (from: string, spec: string) => {
        const base = withoutExtension(path.resolve(path.dirname(from), spec));
        return info(from)?.importedIds.find(
          (id) => withoutExtension(id) === base || withoutExtension(id).replace(/\/index$/, '') === base,
        );
      };
      const exportsOf = new Map<string, Map<string, string>>();
      // Name → the module a package index takes it from, through its `export *` (to a module that declares it, or
      // re-exports it in turn).
      const indexExports = (index: string): Map<string, string> => {
        const known = exportsOf.get(index);
        if (known) return known;
        const found = new Map<string, string>();
        exportsOf.set(index, found);
        const code = info(index)?.code ?? '';
        for (const [, list, spec] of code.matchAll(reexport)) {
          const target = resolvedFrom(index, spec);
          if (target) for (const name of names(list, 'as')) found.set(name, target);
        }
        for (const [, spec] of code.matchAll(reexportAll)) {
          const target = resolvedFrom(index, spec);
          if (!target) continue;
          const reexported = indexExports(target);
          for (const [name, module] of reexported) found.set(name, module);
          for (const name of info(target)?.exports ?? []) if (!reexported.has(name)) found.set(name, target);
        }
        return found;
      };
      // A module's static imports, a package index replaced by the modules of the names imported from it, as
      // tree-shaking keeps them: `import { Button } from 'antd'` needs antd's button, not the index's seventy
      // components, and `import { foldVi } from '@danvan/shared'` its text/fold-vi.ts, not every schema.
      const importsOf = (id: string): string[] => {
        const module = info(id);
        if (!module) return [];
        const imports = module.importedIds.filter((dep) => !isPackageIndex(dep));
        for (const [, list, spec] of (module.code ?? '').matchAll(namedImport)) {
          const pattern = packageIndexes.find(([name]) => name === spec)?.[1];
          const index = pattern && module.importedIds.find((dep) => pattern.test(dep));
          if (!index) continue;
          for (const name of names(list, 'from')) {
            const target = indexExports(index).get(name);
            if (target) imports.push(target);
          }
        }
        return imports;
      };
      const reach = (roots: Iterable<string>) => {
        const seen = new Set<string>();
        const stack = [...roots];
        for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
          if (seen.has(id)) continue;
          seen.add(id);
          stack.push(...importsOf(id));
        }
        return seen;
      };
      const ids = [...this.getModuleIds()];
      const initial = reach(ids.filter((id) => info(id)?.isEntry));
      // The frame and the pages: what the first download imports lazily (app/router.tsx, app/signedInApp.ts).
      const lazy = new Set([...initial].flatMap((id) => info(id)?.dynamicallyImportedIds ?? []));
      const frameRoot = [...lazy].find((id) => id.endsWith(frameModule));
      if (!frameRoot) return this.error(`${frameModule} is no longer imported lazily by the first download`);
      frame = new Set([...reach([frameRoot])].filter((id) => !initial.has(id)));
      const homeRoot = [...lazy].find((id) => id.endsWith(homeModule));
      if (!homeRoot) return this.error(`${homeModule} is no longer imported lazily by the first download`);
      const home = reach([homeRoot]);
      // Each module beyond the first download, the frame and the home screen: the chart screens that need it.
      const screensOf = new Map<string, string[]>();
      let screens = 0;
      for (const page of lazy) {
        if (page === frameRoot) continue;
        const modules = reach([page]);
        if (![...modules].some((id) => id.endsWith(chartModule))) continue;
        screens += 1;
        for (const id of modules)
          if (!initial.has(id) && !frame.has(id) && !home.has(id))
            screensOf.set(id, [...(screensOf.get(id) ?? []), screenName(page)]);
      }
      // The modules two or more screens share, by the set of screens (a module one screen needs stays with its page).
      const bySet = new Map<string, { screens: string[]; ids: string[] }>();
      for (const [id, sharing] of screensOf) {
        if (sharing.length < 2) continue;
        const key = sharing.sort().join(' ');
        const set = bySet.get(key) ?? { screens: sharing, ids: [] };
        set.ids.push(id);
        bySet.set(key, set);
      }
      chartGroups = new Map();
      for (const { screens: sharing, ids } of bySet.values()) {
        const code = ids.reduce((sum, id) => sum + (info(id)?.code?.length ?? 0), 0);
        const name = sharing.length === screens || code < smallGroupCode ? 'charts' : `charts-${sharing.join('-')}`;
        for (const id of ids) chartGroups.set(id, name);
      }
      if (chartGroups.size === 0) return this.error(`no page imports ${chartModule}: check vite.chunks.ts`);
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      for (const chunk of chunks.filter((file) => file.isEntry)) {
        const grouped = chunk.imports.filter((file) => /^assets\/(app|charts)-/.test(file));
        if (grouped.length) this.error(`the sign-in page's entry imports ${grouped.join(', ')}: see vite.chunks.ts`);
      }
      const app = chunks.find((chunk) => chunk.name === 'app');
      if (!app) return this.error('no app chunk: see vite.chunks.ts');
      const { fileName, source } = appPreload(app.fileName);
      this.emitFile({ type: 'asset', fileName, source });
    },
    // The script's name is known once the chunks are (index.html is written after them).
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const app = Object.values(bundle ?? {}).find((file) => file.type === 'chunk' && file.name === 'app');
        if (!app) return undefined;
        const { fileName } = appPreload(app.fileName);
        return [{ tag: 'script', attrs: { async: true, src: `/${fileName}` }, injectTo: 'head' }];
      },
    },
  };
  // Each group holds only the modules chosen above (includeDependenciesRecursively: false): their dependencies are
  // the first download's, the frame's or another chart group's, so no group pulls in another's modules.
  const codeSplitting = {
    groups: [
      { name: 'app', test: (id: string) => frame.has(id), includeDependenciesRecursively: false },
      {
        name: (id: string) => chartGroups.get(id) ?? null,
        debugName: 'charts',
        test: (id: string) => chartGroups.has(id),
        includeDependenciesRecursively: false,
      },
    ],
  };
  return { plugin, codeSplitting };
}
