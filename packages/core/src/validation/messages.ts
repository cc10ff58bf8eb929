import type { z } from 'zod';
import type { FieldIssue } from '../domain/common/errors.js';
import { localize } from '../i18n/translate.js';

type Issue = z.core.$ZodIssue;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function joinPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(root)';
}

/**
 * Turns zod's issues into field issues with Swedish and English messages from the string tables.
 * This is the only place that knows zod's issue shapes.
 */
export function toFieldIssues(issues: readonly Issue[], input: unknown): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    const path = joinPath(issue.path);
    switch (issue.code) {
      case 'invalid_type': {
        const value = valueAt(input, issue.path);
        const missing = value === undefined || value === null || value === '';
        out.push(
          missing
            ? { path, code: 'required', message: localize('validation.required') }
            : issue.expected === 'number'
              ? { path, code: 'notNumber', message: localize('validation.notNumber') }
              : issue.expected === 'int'
                ? { path, code: 'notInteger', message: localize('validation.notInteger') }
                : { path, code: 'invalidType', message: localize('validation.invalidType') },
        );
        break;
      }
      case 'too_big':
        out.push(
          issue.origin === 'string'
            ? {
                path,
                code: 'tooLong',
                message: localize('validation.tooLong', { max: Number(issue.maximum) }),
              }
            : {
                path,
                code: 'tooLarge',
                message: localize('validation.tooLarge', { max: Number(issue.maximum) }),
              },
        );
        break;
      case 'too_small':
        if (issue.origin === 'string' && Number(issue.minimum) === 1) {
          out.push({ path, code: 'required', message: localize('validation.required') });
        } else if (issue.origin === 'string') {
          out.push({
            path,
            code: 'tooShort',
            message: localize('validation.tooShort', { min: Number(issue.minimum) }),
          });
        } else {
          out.push({
            path,
            code: 'tooSmall',
            message: localize('validation.tooSmall', { min: Number(issue.minimum) }),
          });
        }
        break;
      case 'invalid_value':
        out.push({ path, code: 'invalidChoice', message: localize('validation.invalidChoice') });
        break;
      case 'invalid_format':
        out.push(
          issue.format === 'date'
            ? { path, code: 'invalidDate', message: localize('validation.invalidDate') }
            : issue.format === 'datetime'
              ? { path, code: 'invalidDateTime', message: localize('validation.invalidDateTime') }
              : { path, code: 'invalid', message: localize('validation.invalid') },
        );
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys)
          out.push({
            path: joinPath([...issue.path, key]),
            code: 'unknownField',
            message: localize('validation.unknownField'),
          });
        break;
      case 'custom': {
        const key = (issue.params as { key?: Parameters<typeof localize>[0] } | undefined)?.key;
        out.push({ path, code: key ?? 'invalid', message: localize(key ?? 'validation.invalid') });
        break;
      }
      default:
        out.push({ path, code: 'invalid', message: localize('validation.invalid') });
    }
  }
  return out;
}
