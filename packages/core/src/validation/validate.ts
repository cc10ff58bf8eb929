import type { z } from 'zod';
import { ValidationError, type FieldIssue } from '../domain/common/errors.js';
import { toFieldIssues } from './messages.js';

/** The outcome of validating an input. */
export type Validated<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** Validates `input` against `schema`; issues carry Swedish and English messages. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Validated<z.output<S>> {
  const result = schema.safeParse(input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: toFieldIssues(result.error.issues, input) };
}

/** Validates `input` and returns the parsed value, or throws a `ValidationError` (status 400). */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = validate(schema, input);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}
