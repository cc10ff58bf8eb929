import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import schema from '@microsoft/app-manifest/build/json-schemas/teams/v1.30/MicrosoftTeams.schema.json' with { type: 'json' };
import { ManifestError } from './errors.js';

/** The manifest schema version the product targets: the newest GA version bundled offline. */
export const MANIFEST_VERSION = '1.30';

/** Validates a manifest against the JSON schema bundled in `@microsoft/app-manifest` (no network). */
export async function validateManifest(manifest: unknown): Promise<string[]> {
  const version = (manifest as { manifestVersion?: unknown } | null)?.manifestVersion;
  if (version !== MANIFEST_VERSION)
    return [`manifestVersion must be "${MANIFEST_VERSION}" (found ${JSON.stringify(version)})`];
  const problems = await AppManifestUtils.validateAgainstSchema(manifest as AppManifest, schema as never);
  // The schema allows any string; Teams (admin center, app store validation) wants MAJOR.MINOR.PATCH.
  const appVersion = (manifest as { version?: unknown }).version;
  if (typeof appVersion === 'string' && !/^\d{1,5}\.\d{1,5}\.\d{1,5}$/.test(appVersion))
    problems.push(`/version must be MAJOR.MINOR.PATCH, e.g. "1.0.0" (is "${appVersion}")`);
  return problems;
}

/** Like `validateManifest`, but throws a `ManifestError` listing the schema's messages. */
export async function assertValidManifest(manifest: unknown): Promise<void> {
  const problems = await validateManifest(manifest);
  if (problems.length) throw new ManifestError('The Teams app manifest does not match its schema:', problems);
}
