import { resolve } from 'node:path';
import { ManifestError } from './errors.js';
import { strFromU8, unzipSync } from 'fflate';
import { buildAppPackage, type PackageInput } from './package.js';
import { readPackageInput } from './sources.js';
import { validateAgent, validateManifest } from './validate.js';

const dir = resolve(__dirname, '..');
const base = readPackageInput(dir, resolve(dir, 'env/local.env'));
const { template, env, color, outline } = base;
const build = (over: Partial<PackageInput> = {}) => buildAppPackage({ ...base, ...over });
const withEnv = (values: Record<string, string>) => build({ env: { ...env, ...values } });
const json = (bytes: Uint8Array | undefined) => JSON.parse(strFromU8(bytes!)) as Record<string, unknown>;
/** A language file changed by `change` (a copy). */
const language = (file: string, change: (strings: Record<string, unknown>) => void) => {
  const strings = JSON.parse(base.languages[file]!) as Record<string, unknown>;
  change(strings);
  return { ...base.languages, [file]: JSON.stringify(strings) };
};

describe('the Teams app package', () => {
  it('holds the manifest, both icons, the Copilot agent and the Swedish and English language files at the root', async () => {
    const { zip, manifest } = await build();
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual([
      'color.png',
      'declarative-agent.json',
      'en-us.json',
      'manifest.json',
      'outline.png',
      'sv-se.json',
    ]);
    expect(manifest).toMatchObject({
      manifestVersion: '1.30',
      id: env['TEAMS_APP_ID'],
      validDomains: ['localhost'],
      localizationInfo: {
        defaultLanguageTag: 'sv-se',
        defaultLanguageFile: 'sv-se.json',
        additionalLanguages: [{ languageTag: 'en-us', file: 'en-us.json' }],
      },
      copilotAgents: { declarativeAgents: [{ id: 'utvecklingsplanen', file: 'declarative-agent.json' }] },
    });
    expect(json(files['en-us.json'])).toMatchObject({
      'name.short': 'Development plan',
      'composeExtensions[0].commands[0].title': 'Search initiative',
    });
    expect(json(files['sv-se.json'])['composeExtensions[0].commands[0].title']).toBe('Sök insats');
  });

  it('declares "Sök insats" and link previews for the app’s own host', async () => {
    const { manifest } = await withEnv({ APP_HOSTNAME: 'utvecklingsplan.malmo.se' });
    const [extension] = (manifest as { composeExtensions: Record<string, unknown>[] }).composeExtensions;
    expect(extension).toMatchObject({
      botId: env['BOT_ID'],
      commands: [
        { id: 'searchInitiatives', type: 'query', title: 'Sök insats', parameters: [{ name: 'query' }] },
      ],
      messageHandlers: [{ type: 'link', value: { domains: ['utvecklingsplan.malmo.se'] } }],
    });
  });

  it('builds a declarative agent valid against its published schema, scoped to the plan site, with the three starters', async () => {
    const agent = json(unzipSync((await build()).zip)['declarative-agent.json']);
    expect(await validateAgent(agent)).toEqual([]);
    expect(agent['capabilities']).toEqual([
      expect.objectContaining({
        name: 'OneDriveAndSharePoint',
        items_by_url: expect.arrayContaining([
          { url: 'https://contoso.sharepoint.com/sites/utvecklingsplan/Lists/Initiatives' },
          { url: 'https://contoso.sharepoint.com/sites/utvecklingsplan/Reports' },
        ]),
      }),
    ]);
    const sv = json(unzipSync((await build()).zip)['sv-se.json'])['localizationKeys'] as Record<
      string,
      string
    >;
    const starters = (agent['conversation_starters'] as { text: string }[]).map(
      (s) => sv[s.text.slice(2, -2)],
    );
    expect(starters).toEqual([
      'Vilka insatser ligger efter?',
      'Vad har ändrats sedan förra tertialen?',
      'Vilka insatser saknar effektmål?',
    ]);
    expect(agent['instructions']).toMatch(
      /# Utvecklingsplanen \(svenska\)[\s\S]*# The Development plan \(English\)/,
    );
  });

  it('fills every placeholder from the environment file, never by hand', async () => {
    const { manifest, zip } = await withEnv({ APP_HOSTNAME: 'utvecklingsplan.malmo.se' });
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(strFromU8(unzipSync(zip)['declarative-agent.json']!)).not.toContain('${{');
    expect(
      (manifest as { configurableTabs: { configurationUrl: string }[] }).configurableTabs[0]
        ?.configurationUrl,
    ).toBe('https://utvecklingsplan.malmo.se/tab/?view=config');
  });

  it('refuses a broken manifest with the schema’s message', async () => {
    const broken = template.replace('"accentColor": "#0B5AA8"', '"accentColor": "blue"');
    await expect(build({ template: broken })).rejects.toThrow(/accentColor/);
    const noName = JSON.parse(template) as Record<string, unknown>;
    delete noName['name'];
    const problems = await validateManifest(
      JSON.parse(JSON.stringify(noName).replace(/\$\{\{(\w+)\}\}/g, (_, k: string) => env[k] ?? '')),
    );
    expect(problems.join('\n')).toMatch(/name/);
  });

  it('refuses a broken declarative agent with its schema’s message', async () => {
    const agent = JSON.parse(base.agent) as Record<string, unknown>;
    agent['capabilities'] = [{ name: 'OneDriveAndSharePoint', items_by_url: [{ url: 'x', site: 'y' }] }];
    await expect(build({ agent: JSON.stringify(agent) })).rejects.toThrow(
      /declarative-agent\.json: \/capabilities\/0\/items_by_url\/0/,
    );
    const long = { ...(JSON.parse(base.agent) as Record<string, unknown>), instructions: 'x'.repeat(8001) };
    await expect(build({ agent: JSON.stringify(long) })).rejects.toThrow(
      /declarative-agent\.json: \/instructions/,
    );
    await expect(build({ agent: base.agent.replace('"v1.5"', '"v1.9"') })).rejects.toThrow(
      /version must be "v1\.5"/,
    );
  });

  it('refuses language files that do not hold together, naming the file and the key', async () => {
    const untranslated = language('en-us.json', (s) => delete s['composeExtensions[0].commands[0].title']);
    await expect(build({ languages: untranslated })).rejects.toThrow(
      /en-us\.json: "composeExtensions\[0\]\.commands\[0\]\.title" is not translated/,
    );
    const drifted = language('sv-se.json', (s) => (s['name.short'] = 'Planen'));
    await expect(build({ languages: drifted })).rejects.toThrow(
      /sv-se\.json: "name\.short" differs from the manifest/,
    );
    const noStarter = language(
      'en-us.json',
      (s) => delete (s['localizationKeys'] as Record<string, unknown>)['starter_behind_text'],
    );
    await expect(build({ languages: noStarter })).rejects.toThrow(
      /en-us\.json: localizationKeys\.starter_behind_text is missing/,
    );
    const tooLong = language('en-us.json', (s) => (s['name.short'] = 'A development plan name far too long'));
    await expect(build({ languages: tooLong })).rejects.toThrow(/en-us\.json: \/name\.short/);
    const { ['en-us.json']: _english, ...onlySwedish } = base.languages;
    await expect(build({ languages: onlySwedish })).rejects.toThrow(
      /en-us\.json: named by the manifest but not in the package/,
    );
    await expect(
      build({ template: template.replace('"defaultLanguageTag": "sv-se"', '"defaultLanguageTag": "en-us"') }),
    ).rejects.toThrow(/defaultLanguageTag must be "sv-se"/);
  });

  it('refuses icons of the wrong size or an outline icon without transparency', async () => {
    await expect(build({ color: outline, outline })).rejects.toThrow(/192×192/);
    await expect(build({ color, outline: color })).rejects.toThrow(/32×32/);
  });

  it('refuses an app version Teams would not take, though the schema allows any string', async () => {
    await expect(withEnv({ APP_VERSION: 'version-one' })).rejects.toThrow(
      /\/version must be MAJOR.MINOR.PATCH/,
    );
  });

  it('refuses a manifest of another schema version', async () => {
    expect(await validateManifest({ manifestVersion: '1.16' })).toEqual([
      'manifestVersion must be "1.30" (found "1.16")',
    ]);
  });
});

describe('the packager refuses bad settings by name (Microsoft’s schema check catches none of these)', () => {
  const refused = async (values: Record<string, string>, pattern: RegExp) => {
    const attempt = withEnv(values);
    await expect(attempt).rejects.toThrow(ManifestError);
    await expect(attempt).rejects.toThrow(pattern);
  };

  it('lists every value missing from the environment file', async () => {
    await refused({ BOT_ID: '', AAD_APP_CLIENT_ID: ' ' }, /BOT_ID: saknas[\s\S]*AAD_APP_CLIENT_ID: saknas/);
    const { PLAN_SITE_URL: _site, ...withoutSite } = env;
    await expect(build({ env: withoutSite })).rejects.toThrow(
      /PLAN_SITE_URL: saknas i miljöfilen \/ is missing from the environment file/,
    );
  });

  it.each([
    [
      'https://utvecklingsplan.malmo.se',
      /APP_HOSTNAME: ska vara bara värdnamnet.* \/ must be the host name only, e\.g\. utvecklingsplan\.malmo\.se, not a URL/,
    ],
    ['utvecklingsplan.malmo.se/tab', /APP_HOSTNAME: .*not a URL/],
    ['utvecklingsplan.malmo.se:8443', /APP_HOSTNAME: .*is not a host name/],
    ['utveckling plan', /APP_HOSTNAME: .*is not a host name/],
  ])('refuses APP_HOSTNAME=%s', async (value, pattern) => {
    await refused({ APP_HOSTNAME: value }, pattern);
  });

  it('refuses a BOT_ID that is no GUID, or not the app registration’s id', async () => {
    await refused(
      { BOT_ID: 'utvecklingsplan-bot' },
      /BOT_ID: ska vara ett GUID \("utvecklingsplan-bot"\) \/ must be a GUID/,
    );
    await refused(
      { BOT_ID: '8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a' },
      /BOT_ID: .* \/ is not the app registration's id \(AAD_APP_CLIENT_ID 00000000-0000-0000-0000-000000000001\)/,
    );
  });

  it('refuses a Teams app id or client id that is no GUID', async () => {
    await refused({ TEAMS_APP_ID: 'utvecklingsplanen' }, /TEAMS_APP_ID: .*must be a GUID/);
    await refused({ AAD_APP_CLIENT_ID: 'api://utvecklingsplan' }, /AAD_APP_CLIENT_ID: .*must be a GUID/);
  });

  it.each([
    'http://contoso.sharepoint.com/sites/utvecklingsplan',
    'https://contoso.sharepoint.com/sites/utvecklingsplan/',
    'https://contoso.sharepoint.com/',
    'contoso.sharepoint.com/sites/utvecklingsplan',
  ])('refuses PLAN_SITE_URL=%s', async (value) => {
    await refused(
      { PLAN_SITE_URL: value },
      /PLAN_SITE_URL: .*must be the plan site as https:\/\/<tenant>\.sharepoint\.com\/sites\/<name>/,
    );
  });

  it('names every bad setting at once', async () => {
    await refused(
      { APP_HOSTNAME: 'https://x.example', BOT_ID: 'bot', PLAN_SITE_URL: '' },
      /^(?=[\s\S]*APP_HOSTNAME: )(?=[\s\S]*PLAN_SITE_URL: )(?=[\s\S]*BOT_ID: )/,
    );
  });
});
