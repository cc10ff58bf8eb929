/**
 * The forms of the tab (every validation schema of `packages/core/src/validation`) and how each is saved: through
 * the repositories over PnPjs, as a signed-in user, against the emulator, exactly as the tab saves them.
 */
import {
  activityInput,
  activityPatch,
  decisionInput,
  decisionPatch,
  effectInput,
  effectPatch,
  focusAreaInput,
  focusAreaPatch,
  followUpDraftInput,
  followUpPatch,
  initiativeInput,
  initiativePatch,
  measurementInput,
  measurementPatch,
  planInput,
  planPatch,
} from '@devplan/core';
import type { Repositories } from '@devplan/sharepoint';
import type { ZodType } from 'zod';
import type { BadCase } from './generate';

/** Ids of existing items the forms change. */
export interface FormContext {
  planId: number;
  decisionId: number;
  focusAreaId: number;
  initiativeId: number;
  activityId: number;
  draftId: number;
  effectId: number;
  measurementId: number;
}

/** One form: its schema, a valid input, and how it is saved (`etag`: the item's current ETag for changes). */
export interface FormSpec {
  name: string;
  schema: ZodType;
  valid: (c: FormContext) => Record<string, unknown>;
  save: (repos: Repositories, input: never, c: FormContext, etag: string) => Promise<unknown>;
  /** For changes: reads the item's current ETag (wrong ETags are then tried too). */
  current?: (repos: Repositories, c: FormContext) => Promise<{ etag?: string }>;
  extra?: (c: FormContext) => BadCase[];
}

const startAfterEnd = (base: Record<string, unknown>): BadCase[] => [
  { label: 'start after end', input: { ...base, start: '2026-12-31', end: '2026-01-01' } },
];

/** Every form (create and change of each concept). */
export const FORMS: FormSpec[] = [
  {
    name: 'plan (new)',
    schema: planInput,
    valid: () => ({
      title: 'Utvecklingsplan 2030',
      planYear: 2030,
      caseNumber: 'STK-2029-1',
      status: 'draft',
    }),
    save: (r, input) => r.plans.add(input),
    extra: () => [
      {
        label: "caseNumber: 'x' or '1'",
        input: { title: 'P', planYear: 2030, caseNumber: "x' or '1'", status: 'draft' },
      },
      {
        label: 'caseNumber: lower case',
        input: { title: 'P', planYear: 2030, caseNumber: 'stk-2029-1', status: 'draft' },
      },
    ],
  },
  {
    name: 'plan (change)',
    schema: planPatch,
    valid: () => ({ summary: 'Ny sammanfattning.' }),
    save: (r, input, c, etag) => r.plans.update(c.planId, input, etag),
    current: (r, c) => r.plans.get(c.planId),
  },
  {
    name: 'decision (new)',
    schema: decisionInput,
    valid: (c) => ({ planId: c.planId, body: 'KS', date: '2026-05-04', paragraph: '§ 1' }),
    save: (r, input) => r.decisions.add(input),
  },
  {
    name: 'decision (change)',
    schema: decisionPatch,
    valid: () => ({ notes: 'Justerad.' }),
    save: (r, input, c, etag) => r.decisions.update(c.decisionId, input, etag),
    current: (r, c) => r.decisions.get(c.decisionId),
  },
  {
    name: 'focus area (new)',
    schema: focusAreaInput,
    valid: (c) => ({ planId: c.planId, title: 'Nytt område' }),
    save: (r, input) => r.focusAreas.add(input),
  },
  {
    name: 'focus area (change)',
    schema: focusAreaPatch,
    valid: () => ({ longTermShift: 'Mer delat.' }),
    save: (r, input, c, etag) => r.focusAreas.update(c.focusAreaId, input, etag),
    current: (r, c) => r.focusAreas.get(c.focusAreaId),
  },
  {
    name: 'initiative (new)',
    schema: initiativeInput,
    valid: (c) => ({ planId: c.planId, focusAreaId: c.focusAreaId, title: 'Ny insats' }),
    save: (r, input) => r.initiatives.add(input),
    extra: (c) => startAfterEnd({ planId: c.planId, focusAreaId: c.focusAreaId, title: 'Ny insats' }),
  },
  {
    name: 'initiative (change)',
    schema: initiativePatch,
    valid: () => ({ goal: 'Ett tydligare mål.' }),
    save: (r, input, c, etag) => r.initiatives.update(c.initiativeId, input, etag),
    current: (r, c) => r.initiatives.get(c.initiativeId),
    extra: () => startAfterEnd({}),
  },
  {
    name: 'activity (new)',
    schema: activityInput,
    valid: (c) => ({ planId: c.planId, initiativeId: c.initiativeId, title: 'Ny aktivitet' }),
    save: (r, input) => r.activities.add(input),
  },
  {
    name: 'activity (change)',
    schema: activityPatch,
    valid: () => ({ responsible: 'Sara' }),
    save: (r, input, c, etag) => r.activities.update(c.activityId, input, etag),
    current: (r, c) => r.activities.get(c.activityId),
  },
  {
    name: 'follow-up (new draft)',
    schema: followUpDraftInput,
    valid: (c) => ({
      planId: c.planId,
      initiativeId: c.initiativeId,
      periodYear: 2026,
      period: 'T2',
      status: 'onTrack',
      progress: 10,
    }),
    save: (r, input) => r.followUps.add(input),
    extra: (c) =>
      ['T4', 't1', 'Q1', "T1' or '1' eq '1", ''].map((period) => ({
        label: `period: '${period}'`,
        input: {
          planId: c.planId,
          initiativeId: c.initiativeId,
          periodYear: 2026,
          period,
          status: 'onTrack',
          progress: 10,
        },
      })),
  },
  {
    name: 'follow-up (change)',
    schema: followUpPatch,
    valid: () => ({ risks: 'Inga nya.' }),
    save: (r, input, c, etag) => r.followUps.update(c.draftId, input, etag),
    current: (r, c) => r.followUps.get(c.draftId),
  },
  {
    name: 'effect (new)',
    schema: effectInput,
    valid: (c) => ({
      planId: c.planId,
      initiativeId: c.initiativeId,
      title: 'Kortare handläggning',
      kind: 'qualitative',
      direction: 'benefit',
    }),
    save: (r, input) => r.effects.add(input),
    extra: (c) => [
      {
        label: 'baseline date after target date',
        input: {
          planId: c.planId,
          initiativeId: c.initiativeId,
          title: 'E',
          kind: 'qualitative',
          direction: 'benefit',
          baselineDate: '2027-01-01',
          targetDate: '2026-01-01',
        },
      },
    ],
  },
  {
    name: 'effect (change)',
    schema: effectPatch,
    valid: () => ({ indicator: 'Dagar' }),
    save: (r, input, c, etag) => r.effects.update(c.effectId, input, etag),
    current: (r, c) => r.effects.get(c.effectId),
    extra: () => [
      {
        label: 'baseline date after target date',
        input: { baselineDate: '2027-01-01', targetDate: '2026-01-01' },
      },
    ],
  },
  {
    name: 'measurement (new)',
    schema: measurementInput,
    valid: (c) => ({ effectId: c.effectId, measuredAt: '2026-04-30', value: 12 }),
    save: (r, input) => r.measurements.add(input),
  },
  {
    name: 'measurement (change)',
    schema: measurementPatch,
    valid: () => ({ comment: 'Omräknad.' }),
    save: (r, input, c, etag) => r.measurements.update(c.measurementId, input, etag),
    current: (r, c) => r.measurements.get(c.measurementId),
  },
];

/** ETags a stale or forged form may carry. */
export const WRONG_ETAGS = ['"999"', '"0"', 'W/"1"', 'abc', '""', '"1,2"'];
