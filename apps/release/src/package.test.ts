import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ManifestError } from './errors.js';
import { unzipSync } from 'fflate';
import { buildAppPackage } from './package.js';
import { parseEnvFile } from './render.js';
import { validateManifest } from './validate.js';

const dir = resolve(__dirname, '..');
const template = readFileSync(resolve(dir, 'manifest.template.json'), 'utf8');
const env = parseEnvFile(readFileSync(resolve(dir, 'env/local.env'), 'utf8'));
const color = readFileSync(resolve(dir, 'assets/color.png'));
const outline = readFileSync(resolve(dir, 'assets/outline.png'));

describe('the Teams app package', () => {
  it('holds manifest.json and both icons at the root of the zip', async () => {
    const { zip, manifest } = await buildAppPackage({ template, env, color, outline });
    expect(Object.keys(unzipSync(zip)).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(manifest).toMatchObject({
      manifestVersion: '1.30',
      id: env['TEAMS_APP_ID'],
      validDomains: ['localhost'],
    });
  });

  it('fills every placeholder from the environment file, never by hand', async () => {
    const { manifest } = await buildAppPackage({
      template,
      env: { ...env, APP_HOSTNAME: 'utvecklingsplan.malmo.se' },
      color,
      outline,
    });
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(
      (manifest as { configurableTabs: { configurationUrl: string }[] }).configurableTabs[0]
        ?.configurationUrl,
    ).toBe('https://utvecklingsplan.malmo.se/tab/?view=config');
  });

  it('refuses a broken manifest with the schema’s message', async () => {
    const broken = template.replace('"accentColor": "#0B5AA8"', '"accentColor": "blue"');
    await expect(buildAppPackage({ template: broken, env, color, outline })).rejects.toThrow(/accentColor/);
    const noName = JSON.parse(template) as Record<string, unknown>;
    delete noName['name'];
    const problems = await validateManifest(
      JSON.parse(JSON.stringify(noName).replace(/\$\{\{(\w+)\}\}/g, (_, k: string) => env[k] ?? '')),
    );
    expect(problems.join('\n')).toMatch(/name/);
  });

  it('lists every value missing from the environment file', async () => {
    const partial = { ...env, BOT_ID: '', AAD_APP_CLIENT_ID: ' ' };
    await expect(buildAppPackage({ template, env: partial, color, outline })).rejects.toThrow(ManifestError);
    await expect(buildAppPackage({ template, env: partial, color, outline })).rejects.toThrow(
      /BOT_ID[\s\S]*AAD_APP_CLIENT_ID/,
    );
  });

  it('refuses icons of the wrong size or an outline icon without transparency', async () => {
    await expect(buildAppPackage({ template, env, color: outline, outline })).rejects.toThrow(/192×192/);
    await expect(buildAppPackage({ template, env, color, outline: color })).rejects.toThrow(/32×32/);
  });

  it('refuses an app version Teams would not take, though the schema allows any string', async () => {
    await expect(
      buildAppPackage({ template, env: { ...env, APP_VERSION: 'version-one' }, color, outline }),
    ).rejects.toThrow(/\/version must be MAJOR.MINOR.PATCH/);
  });

  it('refuses a manifest of another schema version', async () => {
    expect(await validateManifest({ manifestVersion: '1.16' })).toEqual([
      'manifestVersion must be "1.30" (found "1.16")',
    ]);
  });
});
