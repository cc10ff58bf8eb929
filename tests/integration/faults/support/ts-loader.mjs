// Module hooks for ts-hooks.mjs (runs on Node's loader thread).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transformSync } from '@swc/core';
import { WORKSPACES } from '../../../../tools/workspaces.js';

const root = resolvePath(dirname(fileURLToPath(import.meta.url)), '../../../..');

function workspaceEntry(specifier) {
  const match = /^@devplan\/([^/]+)(?:\/(.*))?$/.exec(specifier);
  if (!match || !WORKSPACES[match[1]]) return null;
  const base = resolvePath(root, WORKSPACES[match[1]], 'src');
  const file = match[2] ? resolvePath(base, match[2], 'index.ts') : resolvePath(base, 'index.ts');
  return existsSync(file) ? pathToFileURL(file).href : null;
}

export async function resolve(specifier, context, next) {
  const workspace = workspaceEntry(specifier);
  if (workspace) return { url: workspace, shortCircuit: true };
  if (
    (specifier.startsWith('./') || specifier.startsWith('../')) &&
    context.parentURL?.startsWith('file:') &&
    !context.parentURL.includes('/node_modules/')
  ) {
    const target = resolvePath(dirname(fileURLToPath(context.parentURL)), specifier);
    for (const candidate of [
      target.replace(/\.js$/, '.ts'),
      target.replace(/\.js$/, '.tsx'),
      `${target}.ts`,
    ]) {
      if (candidate !== target && existsSync(candidate))
        return { url: pathToFileURL(candidate).href, shortCircuit: true };
    }
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (url.startsWith('file:') && /\.tsx?$/.test(url) && !url.includes('/node_modules/')) {
    const source = readFileSync(fileURLToPath(url), 'utf8');
    const { code } = transformSync(source, {
      filename: fileURLToPath(url),
      sourceMaps: 'inline',
      jsc: {
        parser: { syntax: 'typescript', tsx: url.endsWith('.tsx') },
        target: 'es2022',
        transform: { react: { runtime: 'automatic' } },
        experimental: { keepImportAttributes: true, emitAssertForImportAttributes: false },
      },
      module: { type: 'es6' },
    });
    return { format: 'module', source: code, shortCircuit: true };
  }
  return next(url, context);
}
