import { BadRequestError } from '../errors/sp-errors.js';
import type { LiteralNode } from '../odata/filter-ast.js';
import { parseLiteral } from '../odata/filter-parser.js';

/** Arguments of a path segment: `('x')`, `(5)`, `(@v)` or `(a=1, b=true)`. */
export interface SegmentArgs {
  positional: LiteralNode[];
  named: Map<string, LiteralNode>;
}

/** One segment of a REST path, e.g. `getByTitle('Plans')`. */
export interface Segment {
  name: string;
  /** Lower-case name for case-insensitive matching. */
  key: string;
  args?: SegmentArgs;
  /** The segment as written (decoded). */
  text: string;
}

function splitTopLevel(path: string): string[] {
  const parts: string[] = [];
  let current = '';
  let inQuote = false;
  let depth = 0;
  for (let i = 0; i < path.length; i++) {
    const ch = path[i] as string;
    if (ch === "'") {
      if (inQuote && path[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      inQuote = !inQuote;
    } else if (!inQuote && ch === '(') depth++;
    else if (!inQuote && ch === ')') depth--;
    if (ch === '/' && !inQuote && depth === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  if (inQuote || depth !== 0)
    throw new BadRequestError(`The request path '${path}' has unbalanced quotes or parentheses.`);
  parts.push(current);
  return parts.filter((p) => p !== '');
}

function splitArgs(inner: string): string[] {
  const parts: string[] = [];
  let current = '';
  let inQuote = false;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i] as string;
    if (ch === "'") {
      if (inQuote && inner[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      inQuote = !inQuote;
    }
    if (ch === ',' && !inQuote) {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim());
}

function literalOf(text: string, aliases: Map<string, LiteralNode>, segment: string): LiteralNode {
  if (text.startsWith('@')) {
    const value = aliases.get(text);
    if (!value) throw new BadRequestError(`The parameter alias '${text}' used in '${segment}' has no value.`);
    return value;
  }
  const literal = parseLiteral(text);
  if (!literal) throw new BadRequestError(`The argument '${text}' in '${segment}' is not a valid literal.`);
  return literal;
}

function parseArgs(inner: string, aliases: Map<string, LiteralNode>, segment: string): SegmentArgs {
  const args: SegmentArgs = { positional: [], named: new Map() };
  if (inner.trim() === '') return args;
  for (const part of splitArgs(inner)) {
    const named = /^([A-Za-z_]\w*)\s*=\s*([\s\S]*)$/.exec(part);
    if (named)
      args.named.set(
        (named[1] as string).toLowerCase(),
        literalOf((named[2] as string).trim(), aliases, segment),
      );
    else args.positional.push(literalOf(part, aliases, segment));
  }
  return args;
}

/** Parses the part of a URL path after `_api/` into segments (quote- and parenthesis-aware). */
export function parseApiPath(rawPath: string, aliases: Map<string, LiteralNode>): Segment[] {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    throw new BadRequestError(`The request path '${rawPath}' is not correctly URL-encoded.`);
  }
  return splitTopLevel(decoded).map((text) => {
    const open = text.indexOf('(');
    if (open < 0) return { name: text, key: text.toLowerCase(), text };
    if (!text.endsWith(')')) throw new BadRequestError(`The path segment '${text}' is not valid.`);
    const name = text.slice(0, open);
    const inner = text.slice(open + 1, -1);
    return { name, key: name.toLowerCase(), args: parseArgs(inner, aliases, text), text };
  });
}
