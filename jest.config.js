/**
 * One Jest configuration for the whole repository.
 * - unit: `*.test.ts` beside the code in every workspace;
 * - integration: `tests/integration/**` against the local SharePoint emulator.
 * TypeScript and the ES-module-only PnPjs packages are transformed by SWC to CommonJS for Jest.
 */
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
  transformIgnorePatterns: ['/node_modules/(?!(@pnp)/)'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    '^@devplan/shared$': '<rootDir>/shared/src/index.ts',
    '^@devplan/shared/(.*)$': '<rootDir>/shared/src/$1/index.ts',
    '^@devplan/sp-emulator$': '<rootDir>/sp-emulator/src/index.ts',
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};

export default {
  projects: [
    {
      ...common,
      displayName: 'unit',
      roots: ['<rootDir>/shared/src', '<rootDir>/sp-emulator/src', '<rootDir>/teams-app/src'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
    },
    {
      ...common,
      displayName: 'integration',
      roots: ['<rootDir>/tests/integration'],
      testMatch: ['**/*.test.ts'],
      testTimeout: 60000,
    },
  ],
};
