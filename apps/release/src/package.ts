import { strToU8, zipSync } from 'fflate';
import { ManifestError } from './errors.js';
import { checkIcons } from './icons.js';
import { languageProblems, type LanguageFile } from './localization.js';
import { renderTemplate } from './render.js';
import { assertSettings, placeholdersOf } from './settings.js';
import { assertValidManifest, validateAgent, validateLanguageFile } from './validate.js';

/** What goes into the app package. */
export interface PackageInput {
  /** `manifest.template.json`. */
  template: string;
  env: Record<string, string>;
  color: Uint8Array;
  outline: Uint8Array;
  /** The declarative agent's template (`agent/declarative-agent.template.json`), rendered like the manifest. */
  agent: string;
  /** The language files by their name in the package (`localization/*.json`): Swedish and English. */
  languages: Readonly<Record<string, string>>;
}

/** The file name of the declarative agent in the package (the manifest's `copilotAgents` names it). */
export const AGENT_FILE = 'declarative-agent.json';

/** Parses a JSON file of the package's sources, naming it when it is not JSON. */
function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    if (error instanceof SyntaxError) throw new ManifestError(`${file} is not valid JSON: ${error.message}`);
    throw error;
  }
}

/**
 * Builds the Teams app package, refusing before anything is written: the environment file's settings are
 * checked by name (`settings.ts`); the manifest and the declarative agent are rendered from their templates
 * and validated against their bundled schemas; the language files against the localization schema and
 * against each other (`localization.ts`); the icons by size. The zip holds `manifest.json`, both icons, the
 * agent and the language files at its root.
 */
export async function buildAppPackage(input: PackageInput): Promise<{ manifest: unknown; zip: Uint8Array }> {
  assertSettings(input.env, placeholdersOf(input.template, input.agent));
  const manifest = renderTemplate(input.template, input.env);
  await assertValidManifest(manifest);
  const agent = renderTemplate(input.agent, input.env);
  const languages: Record<string, LanguageFile> = {};
  for (const [file, text] of Object.entries(input.languages))
    languages[file] = parseJson(file, text) as LanguageFile;
  const problems = [...(await validateAgent(agent, AGENT_FILE))];
  for (const [file, strings] of Object.entries(languages))
    problems.push(...(await validateLanguageFile(file, strings)));
  const agents = (manifest as { copilotAgents?: { declarativeAgents?: { file: string }[] } }).copilotAgents;
  if (agents?.declarativeAgents?.[0]?.file !== AGENT_FILE)
    problems.push(`manifest.json: copilotAgents.declarativeAgents[0].file must be "${AGENT_FILE}"`);
  problems.push(...languageProblems(manifest, agent, languages));
  if (problems.length)
    throw new ManifestError('The declarative agent or the language files do not hold together:', problems);
  checkIcons(input.color, input.outline);
  const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`);
  const zip = zipSync(
    {
      'manifest.json': json(manifest),
      'color.png': input.color,
      'outline.png': input.outline,
      [AGENT_FILE]: json(agent),
      ...Object.fromEntries(Object.entries(languages).map(([file, strings]) => [file, json(strings)])),
    },
    { level: 9, mtime: new Date('2026-01-01T00:00:00Z') },
  );
  return { manifest, zip };
}
