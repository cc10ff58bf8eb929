/**
 * The house's boundaries are lint rules (eslint.config.js), not hopes: each case below is a deliberately wrong
 * import placed in a room of the house, linted with the repository's own ESLint config, and must be refused
 * with the room's reason. A right import in the same room must pass. And the product's packages never depend
 * on the development tools.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');

interface Case {
  file: string;
  code: string;
}

/** Lints every case in ONE ESLint run (its config loads once) and answers the rule ids of each case's errors. */
function lint(cases: Case[]): string[][] {
  const script = `
    import { ESLint } from 'eslint';
    const cases = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: ${JSON.stringify(root)} });
    const out = [];
    for (const c of cases) {
      const [result] = await eslint.lintText(c.code, { filePath: c.file });
      out.push(result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message));
    }
    console.log(JSON.stringify(out));
  `;
  const stdout = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      script,
      JSON.stringify(cases.map((c) => ({ ...c, file: join(root, c.file) }))),
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as string[][];
}

const use = (name: string) => `\nexport const used = [${name}];\n`;

const WRONG: Record<string, Case> = {
  'the core importing PnPjs': {
    file: 'packages/core/src/domain/plan/wrong.ts',
    code: `import { spfi } from '@pnp/sp';${use('spfi')}`,
  },
  'the core importing Node': {
    file: 'packages/core/src/domain/plan/wrong.ts',
    code: `import { readFileSync } from 'node:fs';${use('readFileSync')}`,
  },
  'the core importing React': {
    file: 'packages/core/src/i18n/wrong.ts',
    code: `import { useState } from 'react';${use('useState')}`,
  },
  'the views importing the SharePoint adapters': {
    file: 'packages/ui/src/tab/Wrong.tsx',
    code: `import { SpTabData } from '@devplan/sharepoint/tab';${use('SpTabData')}`,
  },
  'the views importing PnPjs': {
    file: 'packages/ui/src/reader/wrong.ts',
    code: `import { spfi } from '@pnp/sp';${use('spfi')}`,
  },
  'the SharePoint adapters importing the views': {
    file: 'packages/sharepoint/src/tab/wrong.ts',
    code: `import { TabApp } from '@devplan/ui/tab';${use('TabApp')}`,
  },
  'the server importing the views': {
    file: 'apps/server/src/reports/wrong.ts',
    code: `import { TabApp } from '@devplan/ui/tab';${use('TabApp')}`,
  },
  'the server importing the emulator': {
    file: 'apps/server/src/server/wrong.ts',
    code: `import { startEmulator } from '@devplan/sp-emulator';${use('startEmulator')}`,
  },
  'the tab importing the server': {
    file: 'apps/tab/src/wrong.ts',
    code: `import { startAppServer } from '@devplan/server';${use('startAppServer')}`,
  },
  'the web part importing the local stack': {
    file: 'apps/webpart/src/webparts/developmentPlan/wrong.ts',
    code: `import { startLocalStack } from '@devplan/local-stack';${use('startLocalStack')}`,
  },
  'a package reaching into another by a relative path': {
    file: 'packages/sharepoint/src/client/wrong.ts',
    code: `import { sv } from '../../../core/src/i18n/sv.js';${use('sv')}`,
  },
};

const RIGHT: Record<string, Case> = {
  'the views importing the core': {
    file: 'packages/ui/src/tab/right.ts',
    code: `import { t } from '@devplan/core/i18n';${use('t')}`,
  },
  'the SharePoint adapters importing the core and PnPjs': {
    file: 'packages/sharepoint/src/client/right.ts',
    code: `import { spfi } from '@pnp/sp';\nimport { LISTS } from '@devplan/core';${use('spfi, LISTS')}`,
  },
  'the server importing the SharePoint adapters': {
    file: 'apps/server/src/server/right.ts',
    code: `import { PlanSite } from '@devplan/sharepoint';${use('PlanSite')}`,
  },
};

describe('the boundaries between the rooms of the house', () => {
  const wrong = Object.entries(WRONG);
  const right = Object.entries(RIGHT);
  let results: string[][] = [];

  beforeAll(() => {
    results = lint([...wrong.map(([, c]) => c), ...right.map(([, c]) => c)]);
  });

  it.each(wrong.map(([name], i) => [name, i] as const))('refuses %s', (_name, i) => {
    expect(results[i]).toContain('no-restricted-imports');
  });

  it.each(right.map(([name], i) => [name, wrong.length + i] as const))('allows %s', (_name, i) => {
    expect(results[i]).toEqual([]);
  });

  it('keeps the development tools out of every product package’s dependencies', () => {
    const product = ['packages', 'apps'].flatMap((group) =>
      readdirSync(join(root, group)).map((name) => join(group, name, 'package.json')),
    );
    const offending = product.flatMap((file) => {
      const pkg = JSON.parse(readFileSync(join(root, file), 'utf8')) as {
        dependencies?: Record<string, string>;
      };
      return Object.keys(pkg.dependencies ?? {})
        .filter((d) => ['@devplan/sp-emulator', '@devplan/local-stack', 'adaptivecards'].includes(d))
        .map((d) => `${file}: ${d}`);
    });
    expect(product.length).toBeGreaterThanOrEqual(8);
    expect(offending).toEqual([]);
  });
});
