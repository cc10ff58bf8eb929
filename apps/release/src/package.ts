import { strToU8, zipSync } from 'fflate';
import { checkIcons } from './icons.js';
import { renderTemplate } from './render.js';
import { assertValidManifest } from './validate.js';

/** What goes into the app package. */
export interface PackageInput {
  template: string;
  env: Record<string, string>;
  color: Uint8Array;
  outline: Uint8Array;
}

/**
 * Renders the manifest from the template and the environment, validates it against the schema, checks
 * the icons, and zips `manifest.json`, `color.png` and `outline.png` at the zip's root.
 */
export async function buildAppPackage(input: PackageInput): Promise<{ manifest: unknown; zip: Uint8Array }> {
  const manifest = renderTemplate(input.template, input.env);
  await assertValidManifest(manifest);
  checkIcons(input.color, input.outline);
  const zip = zipSync(
    {
      'manifest.json': strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
      'color.png': input.color,
      'outline.png': input.outline,
    },
    { level: 9, mtime: new Date('2026-01-01T00:00:00Z') },
  );
  return { manifest, zip };
}

