import { ManifestError } from './errors.js';

/** The placeholders (`${{NAME}}`) of a template, in order of first use. */
export function placeholdersOf(...templates: readonly string[]): string[] {
  const names = new Set<string>();
  for (const template of templates)
    for (const match of template.matchAll(/\$\{\{([A-Z0-9_]+)\}\}/g)) names.add(match[1]!);
  return [...names];
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOST_NAME =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/** One problem with a setting, named, in Swedish and English. */
const problem = (name: string, sv: string, en: string) => `${name}: ${sv} / ${en}`;

/** Why a host name is not one, or null. */
function hostNameProblem(value: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || value.includes('/'))
    return problem(
      'APP_HOSTNAME',
      `ska vara bara värdnamnet, t.ex. utvecklingsplan.malmo.se, inte en adress ("${value}")`,
      `must be the host name only, e.g. utvecklingsplan.malmo.se, not a URL ("${value}")`,
    );
  if (!HOST_NAME.test(value))
    return problem(
      'APP_HOSTNAME',
      `är inget värdnamn ("${value}"): bara bokstäver a–z, siffror, bindestreck och punkter, ingen port`,
      `is not a host name ("${value}"): letters a–z, digits, hyphens and dots only, no port`,
    );
  return null;
}

/** Why a plan site URL is not one, or null. */
function siteUrlProblem(value: string): string | null {
  const parsed = URL.canParse(value) ? new URL(value) : null;
  if (
    !parsed ||
    parsed.protocol !== 'https:' ||
    parsed.search ||
    parsed.hash ||
    !/^\/(sites|teams)\/[^/]+$/.test(parsed.pathname)
  )
    return problem(
      'PLAN_SITE_URL',
      `ska vara planens webbplats som https://<tenant>.sharepoint.com/sites/<namn>, utan / på slutet ("${value}")`,
      `must be the plan site as https://<tenant>.sharepoint.com/sites/<name>, without a trailing / ("${value}")`,
    );
  return null;
}

/**
 * Checks the environment file's values before anything is rendered: every placeholder the templates use has
 * a value; the host name is a host name (not a URL); the ids are GUIDs; the bot's id is the app
 * registration's id (the bot uses the same registration); the plan site is an https site URL. Microsoft's
 * schema check catches none of these. Returns every problem, each naming its setting.
 */
export function settingsProblems(
  env: Readonly<Record<string, string>>,
  required: readonly string[],
): string[] {
  const value = (name: string) => env[name]?.trim() ?? '';
  const problems: string[] = [];
  for (const name of required)
    if (!value(name))
      problems.push(problem(name, 'saknas i miljöfilen', 'is missing from the environment file'));
  const present = (name: string) => required.includes(name) && value(name) !== '';
  if (present('APP_HOSTNAME')) {
    const found = hostNameProblem(value('APP_HOSTNAME'));
    if (found) problems.push(found);
  }
  for (const name of ['TEAMS_APP_ID', 'BOT_ID', 'AAD_APP_CLIENT_ID'])
    if (present(name) && !GUID.test(value(name)))
      problems.push(
        problem(name, `ska vara ett GUID ("${value(name)}")`, `must be a GUID ("${value(name)}")`),
      );
  if (
    present('BOT_ID') &&
    present('AAD_APP_CLIENT_ID') &&
    GUID.test(value('BOT_ID')) &&
    value('BOT_ID').toLowerCase() !== value('AAD_APP_CLIENT_ID').toLowerCase()
  )
    problems.push(
      problem(
        'BOT_ID',
        `är inte appregistreringens id (AAD_APP_CLIENT_ID ${value('AAD_APP_CLIENT_ID')}); boten använder samma registrering`,
        `is not the app registration's id (AAD_APP_CLIENT_ID ${value('AAD_APP_CLIENT_ID')}); the bot uses the same registration`,
      ),
    );
  if (present('PLAN_SITE_URL')) {
    const found = siteUrlProblem(value('PLAN_SITE_URL'));
    if (found) problems.push(found);
  }
  return problems;
}

/** Like `settingsProblems`, but throws a `ManifestError` naming every bad setting; nothing is written. */
export function assertSettings(env: Readonly<Record<string, string>>, required: readonly string[]): void {
  const problems = settingsProblems(env, required);
  if (problems.length)
    throw new ManifestError(
      'Inställningar i miljöfilen saknas eller är felaktiga; inget har skrivits. / Settings in the environment file are missing or wrong; nothing was written:',
      problems,
    );
}
