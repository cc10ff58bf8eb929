import { BadRequestError } from '../errors/sp-errors.js';
import type { FilterNode, LiteralNode } from './filter-ast.js';
import { parseFilter, parseLiteral } from './filter-parser.js';
import { parseSkipToken, type SkipToken } from './skiptoken.js';

/** One `$orderby` term. */
export interface OrderTerm {
  path: string[];
  descending: boolean;
}

/** The OData system query options of a request, parsed. */
export interface QueryOptions {
  /** `$select` paths (`['Plan', 'Title']`), undefined when absent. */
  select?: string[][];
  /** `$expand` paths, undefined when absent. */
  expand?: string[][];
  filter?: FilterNode;
  orderBy?: OrderTerm[];
  top?: number;
  skip?: number;
  skipToken?: SkipToken;
  /** Parameter aliases (`@v` → literal). */
  aliases: Map<string, LiteralNode>;
}

const KNOWN_OPTIONS = new Set([
  '$select',
  '$expand',
  '$filter',
  '$orderby',
  '$top',
  '$skip',
  '$skiptoken',
  '$format',
]);
const PATH_RE = /^[A-Za-z_][A-Za-z0-9_.]*(\/[A-Za-z_][A-Za-z0-9_.]*)*$/;

function parsePathList(option: string, raw: string): string[][] {
  const out: string[][] = [];
  for (const part of raw.split(',')) {
    const item = part.trim();
    if (item === '') continue;
    if (item === '*' || item.endsWith('/*')) {
      out.push(item.split('/'));
      continue;
    }
    if (!PATH_RE.test(item))
      throw new BadRequestError(`The ${option} value '${item}' is not a valid property path.`);
    out.push(item.split('/'));
  }
  return out;
}

function parseOrderBy(raw: string): OrderTerm[] {
  const terms: OrderTerm[] = [];
  for (const part of raw.split(',')) {
    const item = part.trim();
    if (item === '') continue;
    const m = /^([A-Za-z_][A-Za-z0-9_./]*)(?:\s+(asc|desc))?$/i.exec(item);
    if (!m || !PATH_RE.test(m[1] as string)) {
      throw new BadRequestError(`The $orderby expression '${item}' is not valid. Use '<Field> [asc|desc]'.`);
    }
    terms.push({ path: (m[1] as string).split('/'), descending: (m[2] ?? '').toLowerCase() === 'desc' });
  }
  return terms;
}

function parseCount(option: string, raw: string): number {
  if (!/^\s*\d+\s*$/.test(raw)) {
    throw new BadRequestError(
      `The value '${raw}' of ${option} is not valid. It must be a non-negative integer.`,
    );
  }
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) throw new BadRequestError(`The value '${raw}' of ${option} is too large.`);
  return n;
}

/** Parses the query string's system options and aliases; throws 400 on unknown or malformed options. */
export function parseQueryOptions(params: URLSearchParams): QueryOptions {
  const aliases = new Map<string, LiteralNode>();
  for (const [key, value] of params) {
    if (!key.startsWith('@')) continue;
    const literal = parseLiteral(value);
    if (!literal)
      throw new BadRequestError(`The value of the parameter alias '${key}' is not a valid literal: ${value}`);
    aliases.set(key, literal);
  }
  const options: QueryOptions = { aliases };
  const seen = new Set<string>();
  for (const [rawKey, value] of params) {
    if (!rawKey.startsWith('$')) continue;
    const key = rawKey.toLowerCase();
    if (!KNOWN_OPTIONS.has(key)) {
      throw new BadRequestError(
        `The query parameter '${rawKey}' begins with a system-reserved '$' character but is not supported by SharePoint or the emulator.`,
      );
    }
    if (seen.has(key)) throw new BadRequestError(`The query parameter '${rawKey}' is given more than once.`);
    seen.add(key);
    switch (key) {
      case '$select':
        options.select = parsePathList('$select', value);
        break;
      case '$expand':
        options.expand = parsePathList('$expand', value);
        break;
      case '$filter':
        if (value.trim() !== '') options.filter = parseFilter(value, (name) => aliases.get(name));
        break;
      case '$orderby':
        options.orderBy = parseOrderBy(value);
        break;
      case '$top':
        options.top = parseCount('$top', value);
        break;
      case '$skip':
        options.skip = parseCount('$skip', value);
        break;
      case '$skiptoken':
        options.skipToken = parseSkipToken(value, params);
        break;
      case '$format':
        if (!/^json$/i.test(value))
          throw new BadRequestError(`The $format '${value}' is not supported by the emulator.`);
        break;
    }
  }
  return options;
}
