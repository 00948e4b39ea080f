// Lint for the whole monorepo: typescript-eslint's strict rules that need no type information (fast),
// React's hook rules in the web app, and the house rule that SQL lives in repositories.
// Module boundaries and cycles are checked by dependency-cruiser (.dependency-cruiser.cjs).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// A call `x.query('…')` or `x.exec(`…`)` with the SQL written in place.
const sqlInPlace = {
  selector:
    "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(query|exec)$/] > :matches(Literal, TemplateLiteral).arguments:first-child",
  message: 'SQL belongs in a *.repository.ts file (docs/architecture.md, "Where code goes").',
};

export default tseslint.config(
  { ignores: ['**/node_modules/', '**/dist/', 'bench/out/', 'data/', 'test-output/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['packages/server/src/**/*.ts'],
    ignores: ['**/*.repository.ts', 'packages/server/src/db/**', '**/*.test.ts', 'packages/server/src/test/**'],
    rules: { 'no-restricted-syntax': ['error', sqlInPlace] },
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['bin/**/*.js', 'bench/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
