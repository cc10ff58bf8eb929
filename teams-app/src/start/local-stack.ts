import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spfi } from '@pnp/sp/index.js';
import type { RunningEmulator } from '@devplan/sp-emulator';
import { PlanSite, provision, TokenAuthenticated, createRepositories } from '@devplan/shared/sp';
import { importPlan, PLAN_2026 } from '@devplan/shared/seed';
import { startAppServer, type RunningAppServer } from '../server/app-server.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function portFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(
      `${name}=${raw} är inte ett portnummer (0–65535). / ${name}=${raw} is not a port number.`,
    );
  }
  return port;
}

function explain(error: unknown, what: { sv: string; en: string; variable: string }, port: number): string {
  const code = (error as { code?: string }).code;
  if (code === 'EADDRINUSE') {
    return (
      `Porten ${port} för ${what.sv} används redan. Stäng det som använder den eller välj en annan port med ${what.variable}.\n` +
      `Port ${port} for ${what.en} is already in use. Stop what uses it or choose another port with ${what.variable}.`
    );
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * `npm start`: the embedded SharePoint emulator (data under `.data/`), provisioning of the lists, the
 * 2026 plan imported when the site has none, and the app server. Ctrl-C stops everything.
 */
async function main(): Promise<void> {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 22) {
    console.error(
      `Node ${process.versions.node} saknar node:sqlite. Starta med "npm start", som använder Node 22 från projektet.\n` +
        `Node ${process.versions.node} lacks node:sqlite. Start with "npm start", which uses the project's Node 22.`,
    );
    process.exit(1);
  }
  const { startEmulator, DEMO_USERS } = await import('@devplan/sp-emulator');
  const spPort = portFrom('SP_PORT', 4321);
  const appPort = portFrom('PORT', 4300);
  const dbFile = process.env.SP_DB_FILE ?? resolve(repoRoot, '.data/sp-emulator.sqlite');
  mkdirSync(dirname(dbFile), { recursive: true });

  let emulator: RunningEmulator | undefined;
  let app: RunningAppServer | undefined;
  const stop = async (code: number) => {
    await app?.close();
    await emulator?.close();
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));

  try {
    emulator = await startEmulator({ port: spPort, host: '127.0.0.1', dbFile });
  } catch (error) {
    console.error(
      explain(
        error,
        { sv: 'SharePoint-emulatorn', en: 'the SharePoint emulator', variable: 'SP_PORT' },
        spPort,
      ),
    );
    process.exit(1);
  }
  const running = emulator;
  const site = new PlanSite(
    spfi(running.siteUrl).using(TokenAuthenticated(() => running.issueToken('app'))),
    running.siteUrl,
  );

  console.log('Förbereder listorna … / Provisioning the lists …');
  const steps = await provision(site);
  const changed = steps.filter((s) => s.outcome !== 'unchanged');
  console.log(
    `  ${changed.length} ändringar, ${steps.length - changed.length} oförändrade / changes, unchanged`,
  );

  const report = await importPlan(createRepositories(site), PLAN_2026, { actor: 'npm start' });
  console.log(
    report.unchanged
      ? `Planen ${report.plan.planYear} finns redan. / The ${report.plan.planYear} plan is already there.`
      : `Importerade planen ${report.plan.planYear} / Imported the plan: ${JSON.stringify(report.created)}`,
  );

  try {
    app = await startAppServer({
      port: appPort,
      site,
      links: [
        {
          label: `SharePoint-emulatorn (plansajten) / SharePoint emulator: ${running.siteUrl}`,
          url: `${running.siteUrl}/_api/web/lists`,
        },
        { label: 'Lokala demoanvändare / local demo users', url: `${running.origin}/_local/users` },
      ],
    });
  } catch (error) {
    console.error(explain(error, { sv: 'appservern', en: 'the app server', variable: 'PORT' }, appPort));
    await stop(1);
    return;
  }

  console.log('');
  console.log(`Appen / The app:                 ${app.url}`);
  console.log(`SharePoint-emulatorn / emulator: ${running.siteUrl}`);
  console.log(`Demoanvändare / demo users:      ${DEMO_USERS.map((u) => u.key).join(', ')}`);
  console.log('Stoppa med Ctrl-C. / Stop with Ctrl-C.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
