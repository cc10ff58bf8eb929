import { spfi } from '@pnp/sp/index.js';
import { PlanSite, provision, TokenAuthenticated, type ProvisionStep } from '@devplan/sharepoint';
import { DomainError } from '@devplan/core';
import { parseProvisionArgs, USAGE, UsageError } from './args.js';
import { tokenProviderFor } from './token.js';

const OUTCOME = {
  created: 'skapad / created',
  updated: 'uppdaterad / updated',
  unchanged: 'fanns / existed',
};

function line(step: ProvisionStep): string {
  return `  ${step.what.padEnd(11)} ${step.name.padEnd(34)} ${OUTCOME[step.outcome]}${step.detail ? `  (${step.detail})` : ''}`;
}

/**
 * `npm run provision -- --site <url> …`: the same idempotent provisioning as `npm start` uses against the
 * emulator, against any SharePoint site; prints what it created, updated and found already in place.
 */
async function main(argv: readonly string[]): Promise<number> {
  const args = parseProvisionArgs(argv);
  const getToken = await tokenProviderFor(args.signIn, args.siteUrl, (message) => console.log(message));
  const site = new PlanSite(spfi(args.siteUrl).using(TokenAuthenticated(getToken)), args.siteUrl);
  console.log(`Förbereder / Provisioning ${args.siteUrl}`);
  const steps = await provision(site, { onStep: (step) => console.log(line(step)) });
  const count = (o: ProvisionStep['outcome']) => steps.filter((s) => s.outcome === o).length;
  console.log(
    `Klart / Done: ${count('created')} skapade / created, ${count('updated')} uppdaterade / updated, ${count('unchanged')} fanns redan / already in place.`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    if (error instanceof DomainError) console.error(`${error.reason.sv}\n${error.reason.en}`);
    else console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
