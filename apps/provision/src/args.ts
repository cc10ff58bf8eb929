import { parseArgs } from 'node:util';

/** How the provisioning command signs in. */
export type SignIn =
  | { kind: 'certificate'; tenantId: string; clientId: string; certificatePath: string; thumbprint: string }
  | { kind: 'deviceCode'; tenantId: string; clientId: string }
  | { kind: 'local' };

/** The parsed command line of `npm run provision`. */
export interface ProvisionArgs {
  siteUrl: string;
  signIn: SignIn;
}

/** Usage text, Swedish then English. */
export const USAGE = `Användning / usage:
  npm run provision -- --site <url> --tenant <id> --client-id <id> --certificate <key.pem> --thumbprint <sha256>
  npm run provision -- --site <url> --tenant <id> --client-id <id> --device-code
  npm run provision -- --site <emulator site url> --local

  --certificate  app-only med certifikat (Sites.Selected) / app-only with a certificate (Sites.Selected)
  --device-code  inloggning som webbplatsägare med enhetskod / sign in as a site owner with a device code
  --local        den lokala SharePoint-emulatorn (appens lokala token) / the local SharePoint emulator`;

/** A command line that cannot be used; the message says why in both languages. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Parses and checks the command line. */
export function parseProvisionArgs(argv: readonly string[]): ProvisionArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        site: { type: 'string' },
        tenant: { type: 'string' },
        'client-id': { type: 'string' },
        certificate: { type: 'string' },
        thumbprint: { type: 'string' },
        'device-code': { type: 'boolean' },
        local: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const site = values['site'];
  if (typeof site !== 'string' || !/^https?:\/\/[^/]+\/.+/.test(site)) {
    throw new UsageError(
      'Ange webbplatsens adress med --site https://…/sites/… / Give the site URL with --site https://…/sites/…',
    );
  }
  const modes = ['certificate', 'device-code', 'local'].filter((m) => values[m] !== undefined);
  if (modes.length !== 1) {
    throw new UsageError(
      'Välj exakt ett sätt att logga in: --certificate, --device-code eller --local. / Choose exactly one way to sign in: --certificate, --device-code or --local.',
    );
  }
  const siteUrl = site.replace(/\/$/, '');
  if (values['local']) return { siteUrl, signIn: { kind: 'local' } };
  const tenantId = values['tenant'];
  const clientId = values['client-id'];
  if (typeof tenantId !== 'string' || typeof clientId !== 'string') {
    throw new UsageError('--tenant och --client-id behövs. / --tenant and --client-id are required.');
  }
  if (values['device-code']) return { siteUrl, signIn: { kind: 'deviceCode', tenantId, clientId } };
  const thumbprint = values['thumbprint'];
  if (typeof thumbprint !== 'string' || !/^[0-9a-fA-F]{64}$/.test(thumbprint)) {
    throw new UsageError(
      '--thumbprint ska vara certifikatets SHA-256-tumavtryck (64 hex-tecken). / --thumbprint must be the certificate’s SHA-256 thumbprint (64 hex characters).',
    );
  }
  return {
    siteUrl,
    signIn: {
      kind: 'certificate',
      tenantId,
      clientId,
      certificatePath: String(values['certificate']),
      thumbprint,
    },
  };
}
