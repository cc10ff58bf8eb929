/**
 * Generates invalid inputs from a valid example and the field rules a zod schema declares: for every field
 * (read through zod's public `z.toJSONSchema`, never its internals) it derives what must be refused (missing when required, wrong types, texts one past their limit, numbers
 * out of range or not whole, values outside a choice, impossible dates, bad list items, injection-like
 * strings where the field is typed), then whole-object cases (unknown fields, not an object). The schema
 * only tells the generator where the limits are; whether the product refuses is what the sweep checks.
 */

import { z } from 'zod';

/** One generated input and why it is invalid. */
export interface BadCase {
  /** e.g. `title: 256 characters`. */
  label: string;
  input: unknown;
}

/** Strings an attacker would try; invalid wherever the field is typed (numbers, ids, dates, choices, keys). */
export const INJECTIONS = [
  "1' or '1' eq '1",
  '1 or ID gt 0',
  "'); DROP TABLE items;--",
  '<script>alert(1)</script>',
  '${jndi:ldap://x/a}',
  '../../../etc/passwd',
  '{{constructor.constructor("return process")()}}',
  '\u0000',
];

/** What a field accepts, as far as the generator needs to know. */
export interface FieldRule {
  kind: 'string' | 'number' | 'enum' | 'array' | 'boolean' | 'other';
  required: boolean;
  nullable: boolean;
  format?: string | null;
  min?: number | null;
  max?: number | null;
  int?: boolean;
  minLength?: number | null;
  maxLength?: number | null;
  options?: string[];
  element?: FieldRule;
}

/** The part of a JSON Schema (draft 2020-12, as `z.toJSONSchema` writes it) the generator reads. */
interface JsonSchema {
  type?: string | string[];
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  enum?: unknown[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

/** `{type: ['number', 'null']}` and `{anyOf: [{…}, {type: 'null'}]}` alike: the alternatives of a field. */
function alternativesOf(field: JsonSchema): JsonSchema[] {
  if (field.anyOf) return field.anyOf;
  if (Array.isArray(field.type)) return field.type.map((type) => ({ ...field, type }));
  return [field];
}

function ruleOf(field: JsonSchema, required: boolean): FieldRule {
  const alternatives = alternativesOf(field);
  const nullable = alternatives.some((a) => a.type === 'null');
  const inner = alternatives.find((a) => a.type !== 'null') ?? {};
  if (inner.enum) return { kind: 'enum', required, nullable, options: inner.enum.map(String) };
  switch (inner.type) {
    case 'string':
      return {
        kind: 'string',
        required,
        nullable,
        format: inner.format ?? null,
        minLength: inner.minLength ?? null,
        maxLength: inner.maxLength ?? null,
      };
    case 'number':
    case 'integer':
      return {
        kind: 'number',
        required,
        nullable,
        min: inner.minimum ?? inner.exclusiveMinimum ?? null,
        max: inner.maximum ?? inner.exclusiveMaximum ?? null,
        int: inner.type === 'integer',
      };
    case 'array':
      return { kind: 'array', required, nullable, element: ruleOf(inner.items ?? {}, true) };
    case 'boolean':
      return { kind: 'boolean', required, nullable };
    default:
      return { kind: 'other', required, nullable };
  }
}

/** The field rules of an object schema (zod 4 `z.object`/`z.strictObject`, also after `.refine`), as input. */
export function fieldRules(schema: z.ZodType): Record<string, FieldRule> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  if (!json.properties) throw new Error('fieldRules needs an object schema');
  const required = new Set(json.required ?? []);
  return Object.fromEntries(
    Object.entries(json.properties).map(([key, field]) => [key, ruleOf(field, required.has(key))]),
  );
}

const SAFE_MAX = Number.MAX_SAFE_INTEGER;

function valuesFor(rule: FieldRule): { label: string; value: unknown }[] {
  const out: { label: string; value: unknown }[] = [];
  const wrongTypes = (except: string) => {
    if (except !== 'string') out.push({ label: 'a text instead', value: 'fel' });
    if (except !== 'number') out.push({ label: 'a number instead', value: 42 });
    if (except !== 'boolean') out.push({ label: 'true instead', value: true });
    out.push({ label: 'an object instead', value: { value: 1 } });
    if (except !== 'array') out.push({ label: 'a list instead', value: ['a'] });
    if (!rule.nullable) out.push({ label: 'null', value: null });
  };
  switch (rule.kind) {
    case 'string': {
      wrongTypes('string');
      if (rule.maxLength != null && rule.maxLength < SAFE_MAX)
        out.push({ label: `${rule.maxLength + 1} characters`, value: 'å'.repeat(rule.maxLength + 1) });
      if ((rule.minLength ?? 0) >= 1) {
        out.push({ label: 'empty', value: '' });
        out.push({ label: 'only spaces', value: '   ' });
      }
      if (rule.format === 'date') {
        for (const bad of [
          '2026-13-01',
          '2026-02-30',
          '31/12/2026',
          '2026-1-1',
          'igår',
          '2026-05-04T10:00:00Z',
          '',
        ])
          out.push({ label: `date '${bad}'`, value: bad });
        for (const bad of INJECTIONS.slice(0, 3)) out.push({ label: `date '${bad}'`, value: bad });
      }
      break;
    }
    case 'number': {
      wrongTypes('number');
      out.push({ label: 'a numeric text', value: '5' });
      if (rule.min != null && rule.min > -SAFE_MAX)
        out.push({ label: `below ${rule.min}`, value: rule.min - 1 });
      if (rule.max != null && rule.max < SAFE_MAX)
        out.push({ label: `above ${rule.max}`, value: rule.max + 1 });
      if (rule.int && rule.max != null && rule.max >= SAFE_MAX)
        out.push({ label: 'past 2^53', value: 2 ** 60 });
      if (rule.int) out.push({ label: 'not whole', value: (rule.min ?? 0) + 1.5 });
      out.push({ label: 'NaN', value: Number.NaN });
      out.push({ label: 'Infinity', value: Number.POSITIVE_INFINITY });
      for (const bad of INJECTIONS.slice(0, 3)) out.push({ label: `'${bad}'`, value: bad });
      break;
    }
    case 'enum': {
      wrongTypes('string');
      out.push({ label: 'unknown choice', value: 'okänd' });
      out.push({ label: 'empty choice', value: '' });
      const first = rule.options?.[0] ?? 'x';
      out.push({ label: `'${first.toUpperCase()}' (case)`, value: first.toUpperCase() });
      out.push({ label: `'${first} ' (space)`, value: `${first} ` });
      for (const bad of INJECTIONS.slice(0, 3)) out.push({ label: `'${bad}'`, value: bad });
      break;
    }
    case 'array': {
      wrongTypes('array');
      out.push({ label: 'an empty item', value: [''] });
      if (rule.element?.maxLength != null)
        out.push({ label: 'an item too long', value: ['x'.repeat(rule.element.maxLength + 1)] });
      out.push({ label: '51 items', value: Array.from({ length: 51 }, (_, i) => `punkt ${i}`) });
      out.push({ label: 'a number item', value: [1] });
      break;
    }
    case 'boolean':
      wrongTypes('boolean');
      out.push({ label: "'true' as text", value: 'true' });
      break;
    default:
      break;
  }
  return out;
}

/**
 * Invalid variants of `valid` for a zod object schema or explicit field rules (routes without a schema).
 * `extra`: cross-field cases (start after end …) that the caller knows about.
 */
export function badInputs(
  schemaOrRules: z.ZodType | Record<string, FieldRule>,
  valid: Record<string, unknown>,
  extra: BadCase[] = [],
): BadCase[] {
  const rules = schemaOrRules instanceof z.ZodType ? fieldRules(schemaOrRules) : schemaOrRules;
  const out: BadCase[] = [];
  for (const [key, rule] of Object.entries(rules)) {
    if (rule.required && key in valid) {
      const { [key]: _left, ...rest } = valid;
      out.push({ label: `${key}: missing`, input: rest });
    }
    for (const { label, value } of valuesFor(rule))
      out.push({ label: `${key}: ${label}`, input: { ...valid, [key]: value } });
  }
  out.push({ label: 'an unknown field', input: { ...valid, okäntFält: 'x' } });
  out.push({ label: 'a SharePoint field name', input: { ...valid, Id: 1 } });
  out.push({ label: 'a state field smuggled in', input: { ...valid, state: 'approved' } });
  out.push({
    label: "'__proto__' field",
    input: JSON.parse(`{"__proto__": {"admin": true}, ${JSON.stringify(valid).slice(1)}`),
  });
  out.push({ label: 'not an object (null)', input: null });
  out.push({ label: 'not an object (list)', input: [valid] });
  out.push({ label: 'not an object (text)', input: JSON.stringify(valid) });
  out.push(...extra);
  return out;
}

/** Bodies that are not JSON objects, for HTTP routes. */
export function malformedBodies(valid: Record<string, unknown>): { label: string; body: string | Buffer }[] {
  const json = JSON.stringify(valid);
  return [
    { label: 'malformed JSON (cut off)', body: json.slice(0, json.length - 3) },
    { label: 'malformed JSON (trailing comma)', body: `${json.slice(0, -1)},}` },
    { label: 'malformed JSON (single quotes)', body: json.replace(/"/g, "'") },
    { label: 'JSON null', body: 'null' },
    { label: 'JSON list', body: `[${json}]` },
    { label: 'JSON text', body: JSON.stringify(json) },
    { label: 'JSON number', body: '1' },
    { label: 'not JSON (form encoded)', body: 'followUpId=1&decision=approved' },
    { label: 'not UTF-8', body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]) },
    { label: 'NaN literal', body: json.replace(/:\s*("[^"]*"|-?\d+)/, ': NaN') },
    { label: 'deeply nested', body: `${'['.repeat(5000)}${']'.repeat(5000)}` },
  ];
}
