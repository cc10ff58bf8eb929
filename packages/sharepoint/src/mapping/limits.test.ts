import {
  activityInput,
  activityPatch,
  approvalDecisionInput,
  decisionInput,
  decisionPatch,
  effectInput,
  effectPatch,
  focusAreaInput,
  focusAreaPatch,
  followUpDraftInput,
  followUpPatch,
  followUpSubmission,
  initiativeInput,
  initiativePatch,
  maxLengthOf,
  measurementInput,
  measurementPatch,
  planInput,
  planPatch,
} from '@devplan/core';
import { z } from 'zod';
import type { ColumnMap } from './columns.js';
import type { EntityMapping } from './mapper.js';
import {
  activityMapping,
  approvalDecisionMapping,
  decisionMapping,
  effectMapping,
  focusAreaMapping,
  followUpMapping,
  initiativeMapping,
  measurementMapping,
  planMapping,
} from './mappings.js';

interface JsonField {
  type?: string | string[];
  anyOf?: JsonField[];
  enum?: unknown[];
  format?: string;
  maxLength?: number;
  maxItems?: number;
  items?: JsonField;
}

/** Each validation schema with the mapping its values are stored through. */
const SCHEMAS: [string, z.ZodType, EntityMapping<never>][] = [
  ['planInput', planInput, planMapping],
  ['planPatch', planPatch, planMapping],
  ['decisionInput', decisionInput, decisionMapping],
  ['decisionPatch', decisionPatch, decisionMapping],
  ['focusAreaInput', focusAreaInput, focusAreaMapping],
  ['focusAreaPatch', focusAreaPatch, focusAreaMapping],
  ['initiativeInput', initiativeInput, initiativeMapping],
  ['initiativePatch', initiativePatch, initiativeMapping],
  ['activityInput', activityInput, activityMapping],
  ['activityPatch', activityPatch, activityMapping],
  ['followUpDraftInput', followUpDraftInput, followUpMapping],
  ['followUpPatch', followUpPatch, followUpMapping],
  ['followUpSubmission', followUpSubmission, followUpMapping],
  ['approvalDecisionInput', approvalDecisionInput, approvalDecisionMapping],
  ['effectInput', effectInput, effectMapping],
  ['effectPatch', effectPatch, effectMapping],
  ['measurementInput', measurementInput, measurementMapping],
  ['measurementPatch', measurementPatch, measurementMapping],
] as unknown as [string, z.ZodType, EntityMapping<never>][];

/** The text fields of a schema (not choices, not dates) with the limit the schema gives them, and their lines' limits. */
function textFields(schema: z.ZodType) {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, JsonField>;
  };
  return Object.entries(json.properties).flatMap(([key, field]) => {
    const inner = (field.anyOf ?? [field]).find((f) => f.type !== 'null') ?? field;
    if (inner.enum || inner.format) return [];
    if (inner.type === 'string') return [{ key, kind: 'text' as const, max: inner.maxLength }];
    if (inner.type === 'array' && inner.items?.type === 'string')
      return [{ key, kind: 'lines' as const, max: inner.items.maxLength, count: inner.maxItems }];
    return [];
  });
}

describe('the text limits of the validation schemas', () => {
  it('give every text field exactly the length its SharePoint column holds', () => {
    const found: string[] = [];
    const expected: string[] = [];
    for (const [name, schema, mapping] of SCHEMAS) {
      const columns = mapping.columns as Record<string, ColumnMap | undefined>;
      for (const field of textFields(schema).filter((f) => f.kind === 'text')) {
        const column = columns[field.key];
        found.push(`${name}.${field.key} → ${column?.field ?? '(no column)'} ${field.max ?? 'unlimited'}`);
        expected.push(
          `${name}.${field.key} → ${column?.field ?? '(no column)'} ${column ? maxLengthOf(mapping.list, column.field as never) : '?'}`,
        );
      }
    }
    expect(found.length).toBeGreaterThan(30);
    expect(found).toEqual(expected);
  });

  it('keep lists of names kept one per line within their Note column', () => {
    for (const [name, schema, mapping] of SCHEMAS) {
      const columns = mapping.columns as Record<string, ColumnMap | undefined>;
      for (const field of textFields(schema).filter((f) => f.kind === 'lines')) {
        const column = columns[field.key]!;
        expect([name, field.key, column.as]).toEqual([name, field.key, 'lines']);
        const longest = (field.count ?? Infinity) * ((field.max ?? Infinity) + 1);
        expect([name, field.key, longest <= maxLengthOf(mapping.list, column.field as never)]).toEqual([
          name,
          field.key,
          true,
        ]);
      }
    }
  });
});
