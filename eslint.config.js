// The rules of the house (ARCHITECTURE.md) are enforced here, not by memory.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const noImportCycle = require('./eslint-rules/no-import-cycle');

const noAdapters = { group: ['**/adapters/**', '*/adapters/*'], message: 'The UI talks to ports; hosts wire adapters.' };
const noGraph = { group: ['@microsoft/microsoft-graph-client', '@microsoft/microsoft-graph-client/*'], message: 'Graph lives in src/adapters/graph.' };
const noMsal = { group: ['@azure/msal-browser', '@azure/msal-*'], message: 'MSAL lives in src/auth.' };
const noOffice = { group: ['office-js', '@microsoft/office-js'], message: 'office-js lives in src/adapters/word.' };
const noReact = { group: ['react', 'react-dom', 'react-dom/*', '@fluentui/*', 'react/*'], message: 'The domain is pure TypeScript.' };
const noTeams = { group: ['@microsoft/teams-js'], message: 'teams-js lives in src/hosts/teams and src/auth.' };
const noFluid = { group: ['@microsoft/live-share', '@microsoft/live-share/*', 'fluid-framework', '@fluidframework/*'], message: 'Live Share and Fluid live in src/adapters/liveshare.' };
const noOuter = { group: ['**/app/**', '**/ui/**', '**/hosts/**', '**/auth/**', '**/i18n/**', 'idb', 'docx', 'ical-generator'], message: 'The domain imports nothing outside src/domain.' };

module.exports = tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'build/**', 'coverage/**', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // No import circles in src/ (issue 23): a local rule, because eslint-plugin-import is not a dependency.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { local: { rules: { 'no-import-cycle': noImportCycle } } },
    rules: { 'local/no-import-cycle': 'error' },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noReact, noGraph, noMsal, noOffice, noTeams, noAdapters, noOuter, noFluid] }] },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noReact, noGraph, noMsal, noOffice, noTeams, noAdapters, noFluid] }] },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noAdapters, noGraph, noMsal, noOffice, noFluid] }] },
  },
  {
    files: ['src/adapters/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/ui/**', '**/hosts/**'], message: 'Adapters do not know the UI or hosts.' }] }] },
  },
  {
    // Logging names or plan content is forbidden; scripts and tests print figures.
    files: ['scripts/**/*.ts', 'tests/**/*.{ts,tsx}'],
    rules: { 'no-console': 'off' },
  },
);
