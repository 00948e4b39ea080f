// Module boundaries, checked in `npm test` (docs/architecture.md explains the layout).
// A server module (packages/server/src/modules/<name>/) is used by others only through its index.ts;
// the web's shared code (lib/, components/) never reaches into a feature, and features use each other
// through their index.ts too. No import cycles anywhere.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Modules form a hierarchy: a cycle means a contract should move to its own place.',
      from: { path: '^packages/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'server-module-public-surface',
      severity: 'error',
      comment: 'Another module is used through its index.ts only, never its repository, service or policy files.',
      from: { path: '^packages/server/src/modules/([^/]+)/' },
      to: {
        path: '^packages/server/src/modules/([^/]+)/',
        pathNot: ['^packages/server/src/modules/$1/', '^packages/server/src/modules/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'server-outside-uses-public-surface',
      severity: 'error',
      comment: 'Code outside the modules (app, cli, demo, bench) uses a module through its index.ts.',
      from: { path: '^(packages/server/src/(?!modules/)|bench/)', pathNot: '\\.test\\.ts$' },
      to: { path: '^packages/server/src/modules/[^/]+/', pathNot: '^packages/server/src/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'server-reporting-contract-stands-alone',
      severity: 'error',
      comment:
        'The computed-indicator contract (ReportArea, inArea, ComputedIndicator, NarrativeFacts) is shared by the ' +
        'providing modules and reports, so it depends on no module; only the registry beside it names the providers.',
      from: { path: '^packages/server/src/reporting/computed-indicators\\.ts$' },
      to: { path: '^packages/server/src/modules/' },
    },
    {
      name: 'server-inbox-contract-stands-alone',
      severity: 'error',
      comment:
        'The inbox contract (InboxProvider) is shared by the modules that offer work and the inbox module, so it ' +
        'depends on no module; only the registry beside it names the providers.',
      from: { path: '^packages/server/src/inbox/inbox-items\\.ts$' },
      to: { path: '^packages/server/src/modules/' },
    },
    {
      name: 'web-shared-code-not-features',
      severity: 'error',
      comment: 'lib/ and components/ serve every feature and so may not depend on one.',
      from: { path: '^packages/web/src/(lib|components)/' },
      to: { path: '^packages/web/src/(features|app)/' },
    },
    {
      name: 'web-feature-public-surface',
      severity: 'error',
      comment: 'A feature uses another feature through its index.ts.',
      from: { path: '^packages/web/src/features/([^/]+)/' },
      to: {
        path: '^packages/web/src/features/([^/]+)/',
        pathNot: ['^packages/web/src/features/$1/', '^packages/web/src/features/[^/]+/index\\.ts$'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(node_modules|/dist/)' },
    tsPreCompilationDeps: true,
  },
};
