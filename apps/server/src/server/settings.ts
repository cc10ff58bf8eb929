import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_REMINDER_POLICY, type ReminderPolicy } from '@devplan/core';
import type { CertificateCredentials } from '../auth/certificate.js';
import { readApprovalsSettings, type ApprovalsProductionSettings } from '../approvals/settings.js';
import { EnvReader, isGuid } from './env.js';

/** Everything the production app server needs, read from environment variables. */
export interface ProductionSettings {
  port: number;
  host: string;
  /** The plan's SharePoint site, e.g. `https://contoso.sharepoint.com/sites/utvecklingsplan`. */
  siteUrl: string;
  /** The app registration and its certificate: SharePoint (`Sites.Selected`) and Graph, app-only. */
  certificate: CertificateCredentials;
  approvals: ApprovalsProductionSettings;
  /** The tab's Nested App Authentication client id (handed to the browser in `/config.json`). */
  naaClientId: string;
  /** The built web pages, or null when none are served. */
  webDir: string | null;
  /** Seconds between approval sweeps (reminders, escalations); 0 = none. */
  sweepSeconds: number;
  policy: ReminderPolicy;
  /** Post a summary of each submission to the team channels the app is installed in. */
  channelSummaries: boolean;
  /** The tab's public URL (`https://<host>/tab/`) that cards link to; null: cards carry no link. */
  tabUrl: string | null;
  /** The Teams app's id: cards link into the personal tab with a deep link (preferred over `tabUrl`). */
  teamsAppId: string | null;
  /** Upgrading a site with unsealed decisions and publications: those created before this are sealed once. */
  sealLegacyBefore: Date | null;
}

/** The variables of the production app server, for the guide and the release's example file. */
export const PRODUCTION_VARIABLES: readonly { name: string; required: boolean; what: string }[] = [
  {
    name: 'SHAREPOINT_SITE_URL',
    required: true,
    what: 'the plan site, https://<tenant>.sharepoint.com/sites/<site>',
  },
  { name: 'TENANT_ID', required: true, what: 'the tenant id (GUID)' },
  {
    name: 'BOT_APP_ID',
    required: true,
    what: 'the Entra app registration’s client id (bot, API, SharePoint)',
  },
  {
    name: 'AAD_APP_CLIENT_ID',
    required: false,
    what: 'client id for SharePoint/Graph/NAA when not BOT_APP_ID',
  },
  { name: 'BOT_CLIENT_SECRET', required: false, what: 'the bot’s client secret (unless a managed identity)' },
  {
    name: 'API_AUDIENCE',
    required: true,
    what: 'the API’s audience: the client id (comma-separated list allowed)',
  },
  { name: 'APPROVAL_CARD_SECRET', required: true, what: 'at least 32 random characters (signs card data)' },
  {
    name: 'APPROVAL_SEAL_KEY',
    required: true,
    what: 'private ECDSA P-256 JWK with kid that seals decisions and publications (`--new-seal-key`)',
  },
  {
    name: 'CERTIFICATE_PRIVATE_KEY_FILE',
    required: true,
    what: 'PEM private key file (or CERTIFICATE_PRIVATE_KEY)',
  },
  {
    name: 'CERTIFICATE_PRIVATE_KEY',
    required: false,
    what: 'the PEM private key itself, instead of the file',
  },
  { name: 'CERTIFICATE_THUMBPRINT', required: true, what: 'the certificate’s SHA-256 thumbprint (64 hex)' },
  { name: 'PORT', required: false, what: 'HTTP port (default 8080)' },
  { name: 'HOST', required: false, what: 'listen address (default 0.0.0.0)' },
  { name: 'WEB_DIR', required: false, what: 'the built web pages (default: web/ beside the server)' },
  { name: 'TAB_URL', required: false, what: 'the tab’s public URL, https://<host>/tab/ (cards link to it)' },
  { name: 'TEAMS_APP_ID', required: false, what: 'the Teams app’s id: cards link into the personal tab' },
  {
    name: 'APPROVAL_SEAL_LEGACY_BEFORE',
    required: false,
    what: 'upgrading: unsealed decisions/publications created before this UTC time are sealed once',
  },
  {
    name: 'APPROVAL_SWEEP_SECONDS',
    required: false,
    what: 'seconds between reminder sweeps (default 300; 0 = off)',
  },
  {
    name: 'APPROVAL_CHANNEL_SUMMARY',
    required: false,
    what: 'on|off: post each submission to the plan team’s channel (default on)',
  },
  {
    name: 'APPROVAL_REMIND_AFTER_DAYS',
    required: false,
    what: 'remind the approver after N days (default 3)',
  },
  {
    name: 'APPROVAL_ESCALATE_AFTER_DAYS',
    required: false,
    what: 'escalate to the deputy after N days (default 6)',
  },
  {
    name: 'OWNER_REMINDER_DAYS_BEFORE',
    required: false,
    what: 'remind owners N days before a deadline (default 7)',
  },
];

/** An example settings file (`KEY=` lines with comments) from `PRODUCTION_VARIABLES`. */
export function settingsExample(): string {
  const lines = [
    '# Settings of the Utvecklingsplanen app server (environment variables). See docs/deploy.md.',
    '# Required ones must be set; the server names every missing or bad one and does not start.',
  ];
  for (const v of PRODUCTION_VARIABLES) {
    lines.push('', `# ${v.required ? '(required) ' : '(optional) '}${v.what}`);
    lines.push(`${v.required ? '' : '# '}${v.name}=`);
  }
  return `${lines.join('\n')}\n`;
}

/** Where to look for the built web pages when `WEB_DIR` is not set (bundle: `./web`; build: `../web`). */
export interface SettingsContext {
  defaultWebDirs?: string[];
  readFile?: (path: string) => string;
  exists?: (path: string) => boolean;
}

const httpsSite = (v: string) =>
  /^https:\/\/[^/]+\/.+/.test(v)
    ? null
    : {
        sv: `ska vara webbplatsens https-adress, t.ex. https://contoso.sharepoint.com/sites/utvecklingsplan (är "${v}")`,
        en: `must be the site’s https URL, e.g. https://contoso.sharepoint.com/sites/utvecklingsplan (is "${v}")`,
      };

const pem = (v: string) =>
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(v)
    ? null
    : {
        sv: 'innehåller ingen PEM-kodad privat nyckel (-----BEGIN PRIVATE KEY-----)',
        en: 'holds no PEM-encoded private key (-----BEGIN PRIVATE KEY-----)',
      };

/**
 * Reads and checks the production settings from environment variables. Every problem is collected and
 * reported at once, naming the variable, in Swedish and English (`SettingsError`).
 */
export function productionSettingsFromEnv(
  env: Record<string, string | undefined> = process.env,
  context: SettingsContext = {},
): ProductionSettings {
  const read = context.readFile ?? ((path: string) => readFileSync(path, 'utf8'));
  const exists = context.exists ?? existsSync;
  const reader = new EnvReader(env);

  const siteUrl = reader
    .required(
      'SHAREPOINT_SITE_URL',
      { sv: 'planens SharePoint-webbplats', en: 'the plan’s SharePoint site' },
      httpsSite,
    )
    .replace(/\/$/, '');
  const approvals = readApprovalsSettings(reader);
  const clientId = reader.optional('AAD_APP_CLIENT_ID', approvals.bot.appId, isGuid);
  if (approvals.bot.appId && !reader.raw('AAD_APP_CLIENT_ID')) {
    const why = isGuid(approvals.bot.appId);
    if (why) reader.fail('BOT_APP_ID', why);
  }

  let privateKey = reader.raw('CERTIFICATE_PRIVATE_KEY').replace(/\\n/g, '\n');
  const keyFile = reader.raw('CERTIFICATE_PRIVATE_KEY_FILE');
  if (privateKey && keyFile) {
    reader.fail('CERTIFICATE_PRIVATE_KEY_FILE', {
      sv: 'sätt antingen CERTIFICATE_PRIVATE_KEY_FILE eller CERTIFICATE_PRIVATE_KEY, inte båda',
      en: 'set either CERTIFICATE_PRIVATE_KEY_FILE or CERTIFICATE_PRIVATE_KEY, not both',
    });
  } else if (keyFile) {
    try {
      privateKey = read(keyFile);
      const why = pem(privateKey);
      if (why) reader.fail('CERTIFICATE_PRIVATE_KEY_FILE', why);
    } catch (error) {
      reader.fail('CERTIFICATE_PRIVATE_KEY_FILE', {
        sv: `filen kan inte läsas: ${(error as Error).message}`,
        en: `the file cannot be read: ${(error as Error).message}`,
      });
    }
  } else if (privateKey) {
    const why = pem(privateKey);
    if (why) reader.fail('CERTIFICATE_PRIVATE_KEY', why);
  } else {
    reader.fail('CERTIFICATE_PRIVATE_KEY_FILE', {
      sv: 'saknas (appens certifikatnyckel för SharePoint, app-only med Sites.Selected; eller CERTIFICATE_PRIVATE_KEY)',
      en: 'is missing (the app’s certificate key for SharePoint, app-only with Sites.Selected; or CERTIFICATE_PRIVATE_KEY)',
    });
  }
  const thumbprint = reader.required(
    'CERTIFICATE_THUMBPRINT',
    { sv: 'certifikatets SHA-256-tumavtryck', en: 'the certificate’s SHA-256 thumbprint' },
    (v) =>
      /^[0-9a-fA-F]{64}$/.test(v.replace(/:/g, ''))
        ? null
        : {
            sv: 'ska vara certifikatets SHA-256-tumavtryck, 64 hex-tecken',
            en: 'must be the certificate’s SHA-256 thumbprint, 64 hex characters',
          },
  );

  const port = reader.integer('PORT', 8080, 0, 65535);
  const host = reader.optional('HOST', '0.0.0.0');
  let webDir: string | null = null;
  const asked = reader.raw('WEB_DIR');
  if (asked) {
    if (exists(asked)) webDir = asked;
    else
      reader.fail('WEB_DIR', {
        sv: `mappen ${asked} finns inte`,
        en: `the folder ${asked} does not exist`,
      });
  } else {
    webDir = (context.defaultWebDirs ?? []).find((d) => exists(d)) ?? null;
  }
  const channelSummaries =
    reader.optional('APPROVAL_CHANNEL_SUMMARY', 'on', (v) =>
      v === 'on' || v === 'off'
        ? null
        : { sv: `ska vara on eller off (är "${v}")`, en: `must be on or off (is "${v}")` },
    ) !== 'off';
  const tabUrlText = reader.optional('TAB_URL', '', (v) =>
    /^https:\/\/[^\s]+\/$/.test(v)
      ? null
      : {
          sv: 'ska vara flikens https-adress och sluta med /',
          en: 'must be the tab’s https URL ending in /',
        },
  );
  const teamsAppId = reader.optional('TEAMS_APP_ID', '', isGuid);
  const legacyText = reader.optional('APPROVAL_SEAL_LEGACY_BEFORE', '', (v) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$/.test(v) && !Number.isNaN(Date.parse(v))
      ? null
      : {
          sv: 'ska vara en tidpunkt i UTC, t.ex. 2026-12-05T06:00:00Z',
          en: 'must be a UTC time, e.g. 2026-12-05T06:00:00Z',
        },
  );
  const sweepSeconds = reader.integer('APPROVAL_SWEEP_SECONDS', 300, 0, 86_400);
  const policy: ReminderPolicy = {
    remindAfterDays: reader.integer(
      'APPROVAL_REMIND_AFTER_DAYS',
      DEFAULT_REMINDER_POLICY.remindAfterDays,
      1,
      365,
    ),
    escalateAfterDays: reader.integer(
      'APPROVAL_ESCALATE_AFTER_DAYS',
      DEFAULT_REMINDER_POLICY.escalateAfterDays,
      1,
      365,
    ),
    ownerReminderDaysBefore: reader.integer(
      'OWNER_REMINDER_DAYS_BEFORE',
      DEFAULT_REMINDER_POLICY.ownerReminderDaysBefore,
      0,
      365,
    ),
  };
  if (policy.escalateAfterDays <= policy.remindAfterDays && !reader.problems.length) {
    reader.fail('APPROVAL_ESCALATE_AFTER_DAYS', {
      sv: 'ska vara större än APPROVAL_REMIND_AFTER_DAYS',
      en: 'must be greater than APPROVAL_REMIND_AFTER_DAYS',
    });
  }
  reader.assertValid();
  return {
    port,
    host,
    siteUrl,
    certificate: {
      tenantId: approvals.bot.tenantId!,
      clientId,
      privateKey,
      thumbprintSha256: thumbprint.replace(/:/g, '').toLowerCase(),
    },
    approvals,
    naaClientId: clientId,
    webDir,
    sweepSeconds,
    policy,
    channelSummaries,
    tabUrl: tabUrlText || null,
    teamsAppId: teamsAppId || null,
    sealLegacyBefore: legacyText ? new Date(legacyText) : null,
  };
}
