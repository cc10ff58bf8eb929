// One ESLint setup for every workspace (flat config). Prettier owns formatting.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'http',
  'https',
  'crypto',
  'url',
  'zlib',
  'child_process',
  'stream',
  'util',
  'net',
];
const UI_LIBRARIES = ['react', 'react/*', 'react-dom', 'react-dom/*', '@fluentui/*'];
const TEAMS_AND_AUTH = ['@microsoft/teams*', '@microsoft/sp-*', '@azure/*'];
const PNP = ['@pnp/*'];
const DEV_TOOLS = [
  '@devplan/sp-emulator',
  '@devplan/sp-emulator/*',
  '@devplan/local-stack',
  '@devplan/local-stack/*',
];
const ws = (...names) => names.flatMap((n) => [`@devplan/${n}`, `@devplan/${n}/*`]);
/** Going up out of a package (`../../../`): packages are imported by their names. */
const OUT_OF_PACKAGE = {
  regex: '^(\\.\\./){3,}',
  message: 'Import another workspace by its package name (@devplan/…), never by a ../../../ path.',
};

/** One rule block per room of the house: the files, and what they must not import (with the reason). */
function boundaries() {
  const rooms = [
    {
      files: ['packages/core/src/**'],
      why: 'The core has no I/O: no SharePoint, React, Teams, Node or another workspace.',
      banned: [...PNP, ...UI_LIBRARIES, ...TEAMS_AND_AUTH, ...NODE_BUILTINS, '@devplan/*'],
    },
    {
      files: ['packages/sharepoint/src/**'],
      why: 'The SharePoint adapters run in browsers and servers alike: no React, Teams, Node, views or apps.',
      banned: [
        ...UI_LIBRARIES,
        ...TEAMS_AND_AUTH,
        ...NODE_BUILTINS,
        ...ws('ui', 'server', 'tab', 'provision', 'release', 'webpart'),
        ...DEV_TOOLS,
      ],
    },
    {
      files: ['packages/ui/src/**'],
      why: "The views know data only through the core's ports: no PnPjs, SharePoint adapters, Teams, Node or apps.",
      banned: [
        ...PNP,
        ...TEAMS_AND_AUTH,
        ...NODE_BUILTINS,
        ...ws('sharepoint', 'server', 'tab', 'provision', 'release', 'webpart'),
        ...DEV_TOOLS,
      ],
    },
    {
      files: ['apps/server/src/**'],
      why: 'The server renders no views and never depends on the tab, the web part or development tools.',
      banned: [...UI_LIBRARIES, ...ws('ui', 'tab', 'webpart', 'provision', 'release'), ...DEV_TOOLS],
    },
    {
      files: ['apps/tab/src/**', 'apps/webpart/src/**', 'apps/reader-element/src/**'],
      why: 'Browser apps: no Node, no server code, no development tools.',
      banned: [...NODE_BUILTINS, ...ws('server', 'provision', 'release'), ...DEV_TOOLS],
    },
    {
      files: ['apps/provision/src/**', 'apps/release/src/**', 'apps/release/scripts/**'],
      why: "Release and provisioning tools ship to a city's IT: no views, no development tools.",
      banned: [...UI_LIBRARIES, ...ws('ui', 'tab'), ...DEV_TOOLS],
    },
  ];
  return rooms.map(({ files, why, banned }) => ({
    files,
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/test-fixtures.ts', '**/test-snapshot.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: banned, message: why }, OUT_OF_PACKAGE] }],
    },
  }));
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/lib/**',
      '**/temp/**',
      // Built releases (the repo's and the web part's), not the release package `apps/release`.
      'release/**',
      'apps/webpart/release/**',
      '.data/**',
      'coverage/**',
      'apps/webpart/sharepoint/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly', fetch: 'readonly' },
    },
    rules: {
      'no-empty': ['error', { allowEmptyCatch: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // The house's boundaries (docs/architecture.md): which folder may import what. Each block lists what its
  // files must not import; `tests/integration/house/boundaries.test.ts` proves each rule fails a wrong import.
  ...boundaries(),
  {
    files: ['**/*.cjs', 'gulpfile.js', 'jest.config.js', 'eslint.config.js'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' } },
  },
  {
    // The web part's gulpfile is CommonJS (SPFx's toolchain requires it).
    files: ['apps/webpart/gulpfile.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
