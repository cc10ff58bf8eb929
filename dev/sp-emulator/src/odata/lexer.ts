import { BadRequestError } from '../errors/sp-errors.js';

/** A token of an OData expression. */
export type Token =
  | { kind: 'punct'; value: '(' | ')' | ',' | '/'; pos: number }
  | { kind: 'ident'; value: string; pos: number }
  | { kind: 'string'; value: string; pos: number }
  | { kind: 'number'; value: number; pos: number }
  | { kind: 'typed'; type: string; value: string; pos: number }
  | { kind: 'alias'; value: string; pos: number };

/** The error SharePoint gives for an expression it cannot parse. */
export function invalidExpression(source: string, detail: string): BadRequestError {
  return new BadRequestError(`The expression "${source}" is not valid. ${detail}`.trim());
}

function readQuoted(source: string, start: number): { value: string; end: number } {
  let i = start + 1;
  let value = '';
  for (;;) {
    if (i >= source.length) throw invalidExpression(source, 'A string literal is not terminated.');
    const ch = source[i] as string;
    if (ch === "'") {
      if (source[i + 1] === "'") {
        value += "'";
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += ch;
    i++;
  }
}

/** Splits an OData expression (`$filter`, `$orderby`, path arguments) into tokens. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === ',' || ch === '/') {
      tokens.push({ kind: 'punct', value: ch, pos: i });
      i++;
      continue;
    }
    if (ch === "'") {
      const { value, end } = readQuoted(source, i);
      tokens.push({ kind: 'string', value, pos: i });
      i = end;
      continue;
    }
    const num = /^-?(\d+(\.\d+)?([eE][+-]?\d+)?)[LlMmDdFf]?/.exec(source.slice(i));
    if (num && (ch !== '-' || /\d/.test(source[i + 1] ?? ''))) {
      const text = num[0].replace(/[LlMmDdFf]$/, '');
      tokens.push({ kind: 'number', value: Number(text), pos: i });
      i += num[0].length;
      continue;
    }
    if (ch === '@') {
      const m = /^@[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i));
      if (!m) throw invalidExpression(source, `Unexpected character '@' at position ${i}.`);
      tokens.push({ kind: 'alias', value: m[0], pos: i });
      i += m[0].length;
      continue;
    }
    const ident = /^[A-Za-z_$][A-Za-z0-9_.$]*/.exec(source.slice(i));
    if (ident) {
      const word = ident[0];
      const after = i + word.length;
      if (source[after] === "'" && /^(datetime|datetimeoffset|guid|time|binary|X)$/i.test(word)) {
        const { value, end } = readQuoted(source, after);
        tokens.push({ kind: 'typed', type: word.toLowerCase(), value, pos: i });
        i = end;
        continue;
      }
      tokens.push({ kind: 'ident', value: word, pos: i });
      i = after;
      continue;
    }
    throw invalidExpression(source, `Unexpected character '${ch}' at position ${i}.`);
  }
  return tokens;
}
