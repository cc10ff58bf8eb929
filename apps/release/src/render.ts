import { parseEnv } from 'node:util';
import { ManifestError } from './errors.js';

/** Reads an environment file (`KEY=value` lines, `#` comments). */
export function parseEnvFile(text: string): Record<string, string> {
  return parseEnv(text) as Record<string, string>;
}

/**
 * Fills `${{NAME}}` placeholders of the manifest template from the environment values. Every missing or
 * empty value is reported at once; the result must parse as JSON.
 */
export function renderTemplate(template: string, env: Record<string, string>): unknown {
  const missing = new Set<string>();
  const text = template.replace(/\$\{\{([A-Z0-9_]+)\}\}/g, (_, name: string) => {
    const value = env[name];
    if (value === undefined || value.trim() === '') {
      missing.add(name);
      return '';
    }
    return JSON.stringify(value).slice(1, -1);
  });
  if (missing.size) throw new ManifestError('Values missing in the environment file:', [...missing]);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ManifestError(
      `The manifest template is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
