/** A language file of the app package: JSONPath-like keys of manifest strings, and the agent's keys. */
export interface LanguageFile {
  [path: string]: unknown;
  localizationKeys?: Record<string, unknown>;
}

/** The manifest's localization settings. */
interface LocalizationInfo {
  defaultLanguageTag?: string;
  defaultLanguageFile?: string;
  additionalLanguages?: { languageTag: string; file: string }[];
}

/** The product's default language: Swedish. */
export const DEFAULT_LANGUAGE_TAG = 'sv-se';

const TOKEN = /^\[\[([a-zA-Z_][a-zA-Z0-9_]*)\]\]$/;

/** The value at a language file key such as `composeExtensions[0].commands[0].title` in the manifest. */
function valueAt(manifest: unknown, path: string): unknown {
  let node: unknown = manifest;
  for (const part of path.split(/\.|(?=\[)/)) {
    if (node === null || typeof node !== 'object') return undefined;
    const index = /^\[(\d+)\]$/.exec(part);
    node = index ? (node as unknown[])[Number(index[1])] : (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Every string of the manifest that Teams lets a language file translate, by its key. */
export function localizableStrings(manifest: unknown): Map<string, string> {
  const found = new Map<string, string>();
  const add = (path: string) => {
    const value = valueAt(manifest, path);
    if (typeof value === 'string') found.set(path, value);
  };
  for (const path of ['name.short', 'name.full', 'description.short', 'description.full']) add(path);
  const m = manifest as {
    staticTabs?: unknown[];
    composeExtensions?: { commands?: { parameters?: unknown[] }[] }[];
  };
  m.staticTabs?.forEach((_, i) => add(`staticTabs[${i}].name`));
  m.composeExtensions?.[0]?.commands?.forEach((command, i) => {
    add(`composeExtensions[0].commands[${i}].title`);
    add(`composeExtensions[0].commands[${i}].description`);
    command.parameters?.forEach((_, j) => {
      add(`composeExtensions[0].commands[${i}].parameters[${j}].title`);
      add(`composeExtensions[0].commands[${i}].parameters[${j}].description`);
    });
  });
  return found;
}

/** The `[[key]]` tokens of the agent's localizable fields (name, description, disclaimer, conversation starters). */
export function agentTokens(agent: unknown): Set<string> {
  const a = agent as {
    name?: unknown;
    description?: unknown;
    disclaimer?: { text?: unknown };
    conversation_starters?: { title?: unknown; text?: unknown }[];
  } | null;
  const values = [
    a?.name,
    a?.description,
    a?.disclaimer?.text,
    ...(a?.conversation_starters ?? []).flatMap((c) => [c.title, c.text]),
  ];
  const tokens = new Set<string>();
  for (const value of values) {
    const match = typeof value === 'string' ? TOKEN.exec(value) : null;
    if (match) tokens.add(match[1]!);
  }
  return tokens;
}

/**
 * Checks the package's languages hang together, which no schema does: Swedish is the default language; every
 * file the manifest names is in the package and no other; the default file says what the manifest says;
 * every file translates every localizable string of the manifest and every token of the agent, and holds
 * nothing else. Returns the problems, each naming its file and key.
 */
export function languageProblems(
  manifest: unknown,
  agent: unknown,
  files: Readonly<Record<string, LanguageFile>>,
): string[] {
  const info = (manifest as { localizationInfo?: LocalizationInfo }).localizationInfo;
  if (!info) return ['manifest.json: localizationInfo is missing (Swedish must be the default language)'];
  const problems: string[] = [];
  if (info.defaultLanguageTag?.toLowerCase() !== DEFAULT_LANGUAGE_TAG)
    problems.push(
      `manifest.json: localizationInfo.defaultLanguageTag must be "${DEFAULT_LANGUAGE_TAG}" (is "${info.defaultLanguageTag}")`,
    );
  const named = [info.defaultLanguageFile, ...(info.additionalLanguages ?? []).map((l) => l.file)].filter(
    (f): f is string => typeof f === 'string',
  );
  if (!info.defaultLanguageFile)
    problems.push('manifest.json: localizationInfo.defaultLanguageFile is missing (the agent needs one)');
  for (const file of named)
    if (!files[file]) problems.push(`${file}: named by the manifest but not in the package`);
  for (const file of Object.keys(files))
    if (!named.includes(file)) problems.push(`${file}: in the package but not named by localizationInfo`);

  const strings = localizableStrings(manifest);
  const tokens = agentTokens(agent);
  for (const file of named.filter((f) => files[f])) {
    const content = files[file]!;
    const keys = Object.keys(content).filter((k) => k !== '$schema' && k !== 'localizationKeys');
    for (const [path, value] of strings) {
      const translated = content[path];
      if (typeof translated !== 'string' || !translated.trim())
        problems.push(`${file}: "${path}" is not translated`);
      else if (file === info.defaultLanguageFile && translated !== value)
        problems.push(`${file}: "${path}" differs from the manifest ("${translated}" vs "${value}")`);
    }
    for (const key of keys)
      if (!strings.has(key)) problems.push(`${file}: "${key}" is no localizable string of the manifest`);
    const agentKeys = content.localizationKeys ?? {};
    for (const token of tokens) {
      const value = agentKeys[token];
      if (typeof value !== 'string' || !value.trim())
        problems.push(`${file}: localizationKeys.${token} is missing`);
    }
    for (const key of Object.keys(agentKeys))
      if (!tokens.has(key)) problems.push(`${file}: localizationKeys.${key} is not used by the agent`);
  }
  return problems;
}
