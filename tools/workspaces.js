// The workspace libraries by package name (`@devplan/<name>`) and folder, for the tools that load them from
// their TypeScript sources (Jest, the fault tests' Node loader): `@devplan/x` → `<folder>/src/index.ts`,
// `@devplan/x/y` → `<folder>/src/y/index.ts`, as each package.json's exports map its built files.
export const WORKSPACES = {
  core: 'packages/core',
  sharepoint: 'packages/sharepoint',
  ui: 'packages/ui',
  server: 'apps/server',
  tab: 'apps/tab',
  release: 'apps/release',
  'sp-emulator': 'dev/sp-emulator',
  'local-stack': 'dev/local-stack',
};
