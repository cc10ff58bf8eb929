/**
 * The app server's API routes the bad-input sweep attacks. To cover a new route, add one entry: how to
 * call it validly (`body`), what its fields accept (a zod schema or explicit `rules`, from which invalid
 * bodies are generated), route-specific bad cases (`extra`) and who must be refused (`forbiddenFor`).
 * Routes marked `optional` are skipped (and reported as such) when the running app does not have them.
 */
import {
  approvalDecisionInput,
  maxLengthOf,
  principleAssessmentRequest,
  principleRoundClosing,
  principleRoundOpening,
} from '@devplan/core';
import type { ZodType } from 'zod';
import type { BadCase, FieldRule } from './generate';

/** What a route entry can use: ids made in the sweep's set-up. */
export interface SweepContext {
  /** A submitted follow-up waiting for `approver` (never decided by the sweep). */
  submitted: { id: number; version: number };
  /** A draft follow-up of `staff`. */
  draftId: number;
  initiativeId: number;
  deputyOid: string;
  planId: number;
}

/** One API route. */
export interface RouteSpec {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /** A user allowed to call it. */
  user: string;
  /** A valid body (never sent as is, except to probe whether an `optional` route exists). */
  body?: (ctx: SweepContext) => Record<string, unknown>;
  /** A valid query string (GET routes with parameters); invalid ones are generated from `fields`. */
  query?: (ctx: SweepContext) => Record<string, unknown>;
  /** What the body's (or query's) fields accept: a zod object schema or explicit rules. */
  fields?: ZodType | Record<string, FieldRule>;
  /** Route-specific invalid bodies. */
  extra?: (ctx: SweepContext) => BadCase[];
  /** Users whose valid call must be refused (403). */
  forbiddenFor?: string[];
  /** The route may not exist yet in this build. */
  optional?: boolean;
}

const required = (rule: Omit<FieldRule, 'required' | 'nullable'>): FieldRule => ({
  required: true,
  nullable: false,
  ...rule,
});
const optional = (rule: Omit<FieldRule, 'required' | 'nullable'>): FieldRule => ({
  required: false,
  nullable: true,
  ...rule,
});
const positiveId = { kind: 'number', min: 1, max: Number.MAX_SAFE_INTEGER, int: true } as const;
const isoDate = { kind: 'string', format: 'date' } as const;
const year = { kind: 'number', min: 2000, max: 2100, int: true } as const;
/** A period key (the close route trims it, so a trailing space is not invalid there). */
const periodExtras = (make: (period: unknown) => Record<string, unknown>): BadCase[] =>
  ['T4', 't1', 'Q1', '', "T1' or '1' eq '1", 'T1;DROP', 42].map((period) => ({
    label: `period: ${JSON.stringify(period)}`,
    input: make(period),
  }));
const periodRules = {
  planId: required(positiveId),
  periodYear: required(year),
  period: required({ kind: 'other' }),
};

/** The routes, in the order they are swept. */
export const ROUTES: RouteSpec[] = [
  {
    name: 'POST /api/approvals/decisions',
    method: 'POST',
    path: '/api/approvals/decisions',
    user: 'approver',
    body: (c) => ({
      followUpId: c.submitted.id,
      version: c.submitted.version,
      decision: 'approved',
      comment: '',
    }),
    fields: approvalDecisionInput,
    extra: (c) => {
      const valid = { followUpId: c.submitted.id, version: c.submitted.version, decision: 'approved' };
      return [
        { label: 'version: missing', input: { followUpId: c.submitted.id, decision: 'approved' } },
        ...[0, -1, 1.5, '1', null, c.submitted.version + 1, c.submitted.version - 1, 2 ** 60].map((v) => ({
          label: `version: ${JSON.stringify(v)}`,
          input: { ...valid, version: v },
        })),
        { label: 'send back without comment', input: { ...valid, decision: 'sentBack', comment: '' } },
        {
          label: 'send back with blank comment',
          input: { ...valid, decision: 'sentBack', comment: ' \n\t ' },
        },
        { label: 'a follow-up that does not exist', input: { ...valid, followUpId: 999_999 } },
        { label: 'a draft follow-up', input: { ...valid, followUpId: c.draftId, version: 1 } },
        { label: 'decidedBy smuggled in', input: { ...valid, decidedBy: 'approver' } },
      ];
    },
    forbiddenFor: ['staff', 'staff2', 'reader', 'deputy', 'admin'],
  },
  {
    name: 'GET /api/approvals/pending',
    method: 'GET',
    path: '/api/approvals/pending',
    user: 'approver',
  },
  {
    name: 'POST /api/approvals/notify',
    method: 'POST',
    path: '/api/approvals/notify',
    user: 'staff',
    body: (c) => ({ followUpId: c.submitted.id }),
    fields: { followUpId: required(positiveId) },
    extra: () => [{ label: 'a follow-up that does not exist', input: { followUpId: 999_999 } }],
  },
  {
    name: 'POST /api/approvals/delegations',
    method: 'POST',
    path: '/api/approvals/delegations',
    user: 'approver',
    body: (c) => ({ deputyObjectId: c.deputyOid, start: '2026-06-01', end: '2026-06-30' }),
    fields: {
      deputyObjectId: required({ kind: 'string', maxLength: maxLengthOf('Conversations', 'AadObjectId') }),
      start: required(isoDate),
      end: required(isoDate),
    },
    extra: (c) => [
      {
        label: 'start after end',
        input: { deputyObjectId: c.deputyOid, start: '2026-07-01', end: '2026-06-01' },
      },
      {
        label: 'a deputy that does not exist',
        input: {
          deputyObjectId: '00000000-0000-0000-0000-000000000000',
          start: '2026-06-01',
          end: '2026-06-30',
        },
      },
      {
        label: 'deputy is not a guid',
        input: { deputyObjectId: "x' or '1' eq '1", start: '2026-06-01', end: '2026-06-30' },
      },
    ],
  },
  {
    name: 'POST /api/audit/changes',
    method: 'POST',
    path: '/api/audit/changes',
    user: 'staff',
    optional: true,
    body: (c) => ({ list: 'Initiatives', itemId: c.initiativeId }),
    fields: {
      list: required({ kind: 'enum', options: ['Initiatives', 'Activities', 'Effects', 'FollowUps'] }),
      itemId: required(positiveId),
      initiativeId: optional(positiveId),
      deleted: optional({ kind: 'boolean' }),
      baseline: optional({ kind: 'boolean' }),
    },
    extra: () => [{ label: 'an item that does not exist', input: { list: 'Initiatives', itemId: 999_999 } }],
    forbiddenFor: ['reader'],
  },
  {
    name: 'GET /api/reports/me',
    method: 'GET',
    path: '/api/reports/me',
    user: 'admin',
    optional: true,
  },
  {
    name: 'POST /api/reports/close',
    method: 'POST',
    path: '/api/reports/close',
    user: 'admin',
    optional: true,
    body: (c) => ({ planId: c.planId, periodYear: 2026, period: 'T1' }),
    fields: periodRules,
    extra: (c) => [
      ...periodExtras((period) => ({ planId: c.planId, periodYear: 2026, period })),
      { label: 'a plan that does not exist', input: { planId: 999_999, periodYear: 2026, period: 'T1' } },
    ],
    forbiddenFor: ['staff', 'staff2', 'approver', 'reader'],
  },
  {
    name: 'GET /api/reports/closures',
    method: 'GET',
    path: '/api/reports/closures',
    user: 'staff',
    optional: true,
    query: (c) => ({ planId: c.planId }),
    fields: { planId: required(positiveId) },
  },
  {
    name: 'GET /api/reports/files',
    method: 'GET',
    path: '/api/reports/files',
    user: 'staff',
    optional: true,
    query: (c) => ({ planId: c.planId }),
    fields: { planId: required(positiveId) },
  },
  {
    name: 'GET /api/reports/export',
    method: 'GET',
    path: '/api/reports/export',
    user: 'admin',
    optional: true,
    query: (c) => ({ planId: c.planId, periodYear: 2026, period: 'T1' }),
    fields: periodRules,
    extra: (c) => periodExtras((period) => ({ planId: c.planId, periodYear: 2026, period })),
    forbiddenFor: ['staff', 'reader'],
  },
  {
    name: 'GET /api/plans/document',
    method: 'GET',
    path: '/api/plans/document',
    user: 'staff',
    optional: true,
    query: (c) => ({ planId: c.planId }),
    fields: { planId: required(positiveId) },
    extra: () => [{ label: 'a plan that does not exist', input: { planId: 999_999 } }],
    forbiddenFor: ['reader'],
  },
  {
    name: 'POST /api/principles/rounds',
    method: 'POST',
    path: '/api/principles/rounds',
    user: 'admin',
    optional: true,
    body: (c) => ({ planId: c.planId, label: 'T9 2026', createKey: 'sweep-principle-round' }),
    fields: principleRoundOpening,
    extra: () => [
      {
        label: 'a plan that does not exist',
        input: { planId: 999_999, label: 'T9 2026', createKey: 'sweep-x1' },
      },
      { label: 'createKey: missing', input: { planId: 999_999, label: 'T9 2026' } },
      ...["x' or 1 eq 1", 'kort', 'å'.repeat(70)].map((createKey) => ({
        label: `createKey: ${JSON.stringify(createKey.slice(0, 12))}`,
        input: { planId: 999_999, label: 'T9 2026', createKey },
      })),
    ],
    forbiddenFor: ['staff', 'staff2', 'approver', 'reader'],
  },
  {
    name: 'POST /api/principles/rounds/close',
    method: 'POST',
    path: '/api/principles/rounds/close',
    user: 'admin',
    optional: true,
    body: () => ({ roundId: 999_999, etag: '"1"' }),
    fields: principleRoundClosing,
    forbiddenFor: ['staff', 'reader'],
  },
  {
    name: 'POST /api/principles/assessments',
    method: 'POST',
    path: '/api/principles/assessments',
    user: 'staff',
    optional: true,
    body: () => ({
      roundId: 999_999,
      administration: 'Kulturnämnden',
      principle: 'Digitalisering med omtanke',
      level: 'started',
      comment: '',
      etag: null,
      createKey: 'sweep-principle-assessment',
    }),
    fields: principleAssessmentRequest,
    forbiddenFor: ['reader'],
  },
];
