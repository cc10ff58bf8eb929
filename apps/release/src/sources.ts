import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PackageInput } from './package.js';
import { parseEnvFile } from './render.js';

/**
 * Reads what the app package is made of from the manifest folder (`apps/release`: the manifest and agent
 * templates, `assets/` icons, `localization/*.json`) and the tenant's environment file.
 */
export function readPackageInput(manifestDir: string, envFile: string): PackageInput {
  const dir = resolve(manifestDir);
  const languagesDir = resolve(dir, 'localization');
  return {
    template: readFileSync(resolve(dir, 'manifest.template.json'), 'utf8'),
    env: parseEnvFile(readFileSync(envFile, 'utf8')),
    color: readFileSync(resolve(dir, 'assets/color.png')),
    outline: readFileSync(resolve(dir, 'assets/outline.png')),
    agent: readFileSync(resolve(dir, 'agent/declarative-agent.template.json'), 'utf8'),
    languages: Object.fromEntries(
      readdirSync(languagesDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => [f, readFileSync(resolve(languagesDir, f), 'utf8')]),
    ),
  };
}
