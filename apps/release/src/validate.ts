import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import schema from '@microsoft/app-manifest/build/json-schemas/teams/v1.30/MicrosoftTeams.schema.json' with { type: 'json' };
import localizationSchema from '@microsoft/app-manifest/build/json-schemas/teams/v1.30/MicrosoftTeams.Localization.schema.json' with { type: 'json' };
import agentSchema from '@microsoft/app-manifest/build/json-schemas/copilot/declarative-agent/v1.5/schema.json' with { type: 'json' };
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

/** The declarative agent manifest version the product targets (its schema is bundled offline). */
export const AGENT_SCHEMA_VERSION = 'v1.5';

/**
 * Validates a declarative agent manifest (Microsoft 365 Copilot) against its published JSON schema, as bundled
 * in `@microsoft/app-manifest` (no network). Problems are prefixed with the file's name.
 */
export async function validateAgent(agent: unknown, file = 'declarative-agent.json'): Promise<string[]> {
  const version = (agent as { version?: unknown } | null)?.version;
  if (version !== AGENT_SCHEMA_VERSION)
    return [`${file}: version must be "${AGENT_SCHEMA_VERSION}" (found ${JSON.stringify(version)})`];
  const problems = await AppManifestUtils.validateAgainstSchema(agent as AppManifest, agentSchema as never);
  return problems.map((p) => `${file}: ${p}`);
}

/** A regular expression source with every `]` that closes no character class escaped (`\\]`). */
function escapeLoneBrackets(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (c === '[' && !inClass) {
      inClass = true;
      out += c;
    } else if (c === ']') {
      out += inClass ? c : '\\]';
      inClass = false;
    } else out += c;
  }
  return out;
}

/**
 * The bundled localization schema, usable by the validator: a few of its published `patternProperties`
 * (`activities.activityTypes[…]`) hold a `]` that closes no character class, which JavaScript accepts only
 * outside Unicode mode while the validator compiles patterns in Unicode mode. Those `]` are escaped, which is
 * what they mean outside Unicode mode; nothing else changes.
 */
const usableLocalizationSchema = {
  ...localizationSchema,
  patternProperties: Object.fromEntries(
    Object.entries(localizationSchema.patternProperties).map(([pattern, rule]) => [
      escapeLoneBrackets(pattern),
      rule,
    ]),
  ),
};

/** Validates a language file of the app package against the bundled localization schema (no network). */
export async function validateLanguageFile(file: string, strings: unknown): Promise<string[]> {
  const problems = await AppManifestUtils.validateAgainstSchema(
    strings as AppManifest,
    usableLocalizationSchema as never,
  );
  return problems.map((p) => `${file}: ${p}`);
}
