/**
 * One Jest configuration for the whole repository.
 * - unit: `*.test.ts` beside the code in every workspace;
 * - ui: `*.test.tsx` component tests in jsdom (React Testing Library);
 * - integration: `tests/integration/**` against the local SharePoint emulator;
 * - e2e: `tests/e2e/**` in headless Chromium (Debian's, through playwright-core) against the local stack.
 * TypeScript and the ES-module-only PnPjs packages are transformed by SWC to CommonJS for Jest.
 */
import { existsSync } from 'node:fs';
import { WORKSPACES } from './tools/workspaces.js';

/** Only folders that exist: a fresh clone has no empty folders. */
const existing = (...dirs) =>
  dirs.filter((d) => existsSync(new URL(d.replace('<rootDir>/', './'), import.meta.url)));

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'commonjs' },
  },
];

const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)sx?$': swc },
  // ES-module-only packages are transformed; the pattern looks at the innermost node_modules folder.
  transformIgnorePatterns: [
    '/node_modules/(?!(@pnp|jose|strip-bom|node-fetch|data-uri-to-buffer|fetch-blob|formdata-polyfill)/)(?!.*/node_modules/)',
  ],
  // Workspace packages from their sources, never a possibly stale dist/ (tools/workspaces.js).
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    ...Object.fromEntries(
      Object.entries(WORKSPACES).flatMap(([name, dir]) => [
        [`^@devplan/${name}$`, `<rootDir>/${dir}/src/index.ts`],
        [`^@devplan/${name}/(.*)$`, `<rootDir>/${dir}/src/$1/index.ts`],
      ]),
    ),
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};

const packageSources = [
  '<rootDir>/packages/core/src',
  '<rootDir>/packages/sharepoint/src',
  '<rootDir>/packages/ui/src',
  '<rootDir>/apps/server/src',
  '<rootDir>/apps/tab/src',
  '<rootDir>/apps/reader-element/src',
  '<rootDir>/apps/provision/src',
  '<rootDir>/apps/release/src',
  '<rootDir>/apps/webpart/src',
  '<rootDir>/dev/sp-emulator/src',
  '<rootDir>/dev/local-stack/src',
  '<rootDir>/dev/local-stack/web',
];

export default {
  // Per-project testTimeout is ignored by Jest; integration and browser tests need minutes on 2 cores.
  testTimeout: 180000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      roots: existing(...packageSources),
      setupFilesAfterEnv: ['<rootDir>/tests/support/unit-timeout.ts'],
      testMatch: ['**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'ui',
      testEnvironment: 'jsdom',
      roots: existing(...packageSources),
      setupFilesAfterEnv: [
        '<rootDir>/tests/support/unit-timeout.ts',
        '<rootDir>/tests/support/jsdom-setup.ts',
      ],
      testMatch: ['**/*.test.tsx'],
    },
    {
      ...common,
      displayName: 'integration',
      roots: existing('<rootDir>/tests/integration'),
      testMatch: ['**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      roots: existing('<rootDir>/tests/e2e'),
      testMatch: ['**/*.test.ts'],
    },
  ],
};
