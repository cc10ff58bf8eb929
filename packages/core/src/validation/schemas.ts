import { z } from 'zod';
import { DECISION_OUTCOMES } from '../domain/approval/approval.js';
import { EFFECT_DIRECTIONS, EFFECT_KINDS } from '../domain/effect/effect.js';
import { FOLLOW_UP_STATUSES } from '../domain/follow-up/follow-up.js';
import { ACTIVITY_STATUSES, INITIATIVE_STATUSES } from '../domain/initiative/initiative.js';
import { PARAGRAPH_PATTERN } from '../domain/plan/cycle.js';
import { DECISION_STEPS, PLAN_STATUSES } from '../domain/plan/plan.js';
import { PRINCIPLE_LEVELS } from '../domain/principles/principles.js';
import { maxLengthOf, NOTE_MAX, TEXT_MAX } from './limits.js';

// Every text field's limit is its column's, asked of the list schema (`maxLengthOf`), never a number of its own:
// `text(maxLengthOf('Effects', 'Unit'))` allows what the Unit column allows. Note columns all hold `NOTE_MAX`.
const text = (max: number) => z.string().trim().max(max);
const requiredText = (max: number) => z.string().trim().min(1).max(max);
const note = () => z.string().max(NOTE_MAX);
const id = () => z.number().int().positive();
const isoDate = () => z.iso.date();
/** The item of the previous year's plan this one continues (set when a new plan carries it forward). */
const carriedFrom = () => id().nullable().default(null);
const money = () => z.number().finite().min(0).max(1_000_000);
/**
 * Names kept one per line in a Note column (principles, administrations): at most 50 lines of at most a single
 * line of text each, so the whole (50 × 256 characters) stays far within the column's `NOTE_MAX`.
 */
const textList = () => z.array(requiredText(TEXT_MAX)).max(50);

/**
 * The same fields without their defaults, for changes: zod keeps `.default()` under `.partial()`, which
 * would fill every field a change leaves out and blank it in SharePoint.
 */
function withoutDefaults<T extends z.ZodRawShape>(shape: T): T {
  return Object.fromEntries(
    Object.entries(shape).map(([key, field]) => [
      key,
      field instanceof z.ZodDefault ? field.unwrap() : field,
    ]),
  ) as T;
}

function startNotAfterEnd(value: { start?: string | null; end?: string | null }): boolean {
  return !value.start || !value.end || value.start <= value.end;
}

/** A plan as it is created. */
export const planInput = z.strictObject({
  title: requiredText(maxLengthOf('Plans', 'Title')),
  planYear: z.number().int().min(2000).max(2100),
  caseNumber: z
    .string()
    .trim()
    .max(maxLengthOf('Plans', 'CaseNumber'))
    .refine((v) => /^[A-ZÅÄÖ]{2,6}-\d{4}-\d{1,6}$/.test(v), {
      params: { key: 'validation.invalidCaseNumber' },
    }),
  status: z.enum(PLAN_STATUSES),
  summary: note().default(''),
  budgetRequested: money().nullable().default(null),
  principles: textList().default([]),
});

/**
 * A new plan year as a plan administrator asks for it: empty (`fromPlanId` null), or started from an earlier
 * plan with the chosen initiatives (`carry`) carried forward.
 */
export const newPlanRequest = z.strictObject({
  planYear: planInput.shape.planYear,
  title: planInput.shape.title,
  caseNumber: planInput.shape.caseNumber,
  fromPlanId: id().nullable().default(null),
  carry: z.array(id()).max(1000).default([]),
});

/** A change to a plan's own fields by a plan administrator, at the ETag they read (never its year or status). */
export const planUpdateRequest = z
  .strictObject(withoutDefaults(planInput.shape))
  .omit({ planYear: true, status: true })
  .partial()
  .extend({ planId: id(), etag: z.string().min(1).max(100) });

/** Closing a plan year: the plan and the ETag read. */
export const planCloseRequest = z.strictObject({ planId: id(), etag: z.string().min(1).max(100) });

/** A step of the decision chain as a plan administrator records it (the body defaults to the step's usual name). */
export const planDecisionRequest = z.strictObject({
  planId: id(),
  step: z.enum(DECISION_STEPS),
  body: text(maxLengthOf('Decisions', 'Title')).default(''),
  date: isoDate(),
  paragraph: z
    .string()
    .trim()
    .max(maxLengthOf('Decisions', 'Paragraph'))
    .refine((v) => PARAGRAPH_PATTERN.test(v), { params: { key: 'validation.invalidParagraph' } }),
  outcome: z.string().trim().min(1).max(NOTE_MAX),
  notes: note().default(''),
});

/** A step of a plan's decision chain. */
export const decisionInput = z.strictObject({
  planId: id(),
  step: z.enum(DECISION_STEPS).nullable().default(null),
  body: requiredText(maxLengthOf('Decisions', 'Title')),
  date: isoDate(),
  paragraph: text(maxLengthOf('Decisions', 'Paragraph')).default(''),
  outcome: note().default(''),
  notes: note().default(''),
});

/** A focus area of a plan. */
export const focusAreaInput = z.strictObject({
  planId: id(),
  title: requiredText(maxLengthOf('FocusAreas', 'Title')),
  longTermShift: note().default(''),
  sortOrder: z.number().int().min(0).max(10_000).default(0),
  carriedFromId: carriedFrom(),
});

const initiativeFields = {
  planId: id(),
  focusAreaId: id(),
  title: requiredText(maxLengthOf('Initiatives', 'Title')),
  description: note().default(''),
  goal: note().default(''),
  ownerId: id().nullable().default(null),
  approverId: id().nullable().default(null),
  responsibleUnit: text(maxLengthOf('Initiatives', 'ResponsibleUnit')).default(''),
  administrations: textList().default([]),
  principles: textList().default([]),
  start: isoDate().nullable().default(null),
  end: isoDate().nullable().default(null),
  status: z.enum(INITIATIVE_STATUSES).default('planned'),
  budget: money().nullable().default(null),
  criticalFactors: note().default(''),
  investmentNeed: note().default(''),
  sortOrder: z.number().int().min(0).max(100_000).default(0),
  carriedFromId: carriedFrom(),
};

const startEndRule = () => ({ path: ['end'], params: { key: 'validation.startAfterEnd' } });

/** An initiative as it is created. */
/**
 * A new initiative. Its approver is not part of it: only a plan administrator names one, through the app
 * server (`ApproverAssignments`), so neither a create nor a change from a member can set it.
 */
export const initiativeInput = z
  .strictObject(initiativeFields)
  .omit({ approverId: true })
  .refine(startNotAfterEnd, startEndRule());

/** A change to an initiative: any subset of its fields (plan and area stay). */
export const initiativePatch = z
  .strictObject(withoutDefaults(initiativeFields))
  .omit({ planId: true, approverId: true, carriedFromId: true })
  .partial()
  .refine(startNotAfterEnd, startEndRule());

const activityFields = {
  planId: id(),
  initiativeId: id(),
  title: requiredText(maxLengthOf('Activities', 'Title')),
  status: z.enum(ACTIVITY_STATUSES).default('notStarted'),
  due: isoDate().nullable().default(null),
  responsible: text(maxLengthOf('Activities', 'Responsible')).default(''),
  sortOrder: z.number().int().min(0).max(100_000).default(0),
};

/** An activity as it is created. */
export const activityInput = z.strictObject(activityFields);
/** A change to an activity. */
export const activityPatch = z
  .strictObject(withoutDefaults(activityFields))
  .omit({ planId: true, initiativeId: true })
  .partial();

const followUpContent = {
  status: z.enum(FOLLOW_UP_STATUSES),
  progress: z.number().int().min(0).max(100),
  summary: note(),
  risks: note().default(''),
  nextSteps: note().default(''),
  effectsSeen: note().default(''),
};

/** A follow-up draft: the key fields plus whatever content is written so far. */
export const followUpDraftInput = z.strictObject({
  planId: id(),
  initiativeId: id(),
  periodYear: z.number().int().min(2000).max(2100),
  period: requiredText(maxLengthOf('FollowUps', 'Period')),
  ...followUpContent,
  summary: note().default(''),
});

/** A change to a follow-up's content. */
export const followUpPatch = z.strictObject(withoutDefaults(followUpContent)).partial();

/** What a follow-up must hold before it can be submitted for approval. */
export const followUpSubmission = z.object({
  ...followUpContent,
  summary: z.string().trim().min(1).max(NOTE_MAX),
});

/** An approver's decision as it arrives from a card or the API. */
export const approvalDecisionInput = z
  .strictObject({
    followUpId: id(),
    decision: z.enum(DECISION_OUTCOMES),
    comment: note().default(''),
  })
  .refine((v) => v.decision !== 'sentBack' || v.comment.trim().length > 0, {
    path: ['comment'],
    params: { key: 'lifecycle.sendBack.commentRequired' },
  });

const effectFields = {
  planId: id(),
  initiativeId: id(),
  title: requiredText(maxLengthOf('Effects', 'Title')),
  description: note().default(''),
  kind: z.enum(EFFECT_KINDS),
  direction: z.enum(EFFECT_DIRECTIONS),
  indicator: text(maxLengthOf('Effects', 'Indicator')).default(''),
  method: note().default(''),
  schedule: text(maxLengthOf('Effects', 'Schedule')).default(''),
  measureEveryMonths: z.number().int().min(1).max(120).nullable().default(null),
  unit: text(maxLengthOf('Effects', 'Unit')).default(''),
  baseline: z.number().finite().nullable().default(null),
  baselineDate: isoDate().nullable().default(null),
  target: z.number().finite().nullable().default(null),
  targetDate: isoDate().nullable().default(null),
  realisedBy: text(maxLengthOf('Effects', 'RealisedBy')).default(''),
  followedUpBy: text(maxLengthOf('Effects', 'FollowedUpBy')).default(''),
  carriedFromId: carriedFrom(),
};

const baselineBeforeTarget = (v: { baselineDate?: string | null; targetDate?: string | null }) =>
  !v.baselineDate || !v.targetDate || v.baselineDate < v.targetDate;
const baselineRule = () => ({ path: ['targetDate'], params: { key: 'validation.baselineDateAfterTarget' } });

/** An expected effect as it is created. */
export const effectInput = z.strictObject(effectFields).refine(baselineBeforeTarget, baselineRule());
/** A change to an effect. */
export const effectPatch = z
  .strictObject(withoutDefaults(effectFields))
  .omit({ planId: true, initiativeId: true, carriedFromId: true })
  .partial()
  .refine(baselineBeforeTarget, baselineRule());

/** A measured value of an effect. */
export const measurementInput = z.strictObject({
  effectId: id(),
  measuredAt: isoDate(),
  value: z.number().finite(),
  comment: note().default(''),
});

/** A change to a plan: any subset of its fields, no defaults. */
export const planPatch = z.strictObject(withoutDefaults(planInput.shape)).partial();
/** A change to a decision. */
export const decisionPatch = z
  .strictObject(withoutDefaults(decisionInput.shape))
  .omit({ planId: true })
  .partial();
/** A change to a focus area. */
export const focusAreaPatch = z
  .strictObject(withoutDefaults(focusAreaInput.shape))
  .omit({ planId: true, carriedFromId: true })
  .partial();
/** A change to a measurement. */
export const measurementPatch = z
  .strictObject(withoutDefaults(measurementInput.shape))
  .omit({ effectId: true })
  .partial();

/** A round of the follow-up of the principles as a plan administrator opens it (e.g. "T2 2026"). */
export const principleRoundOpening = z.strictObject({
  planId: id(),
  label: requiredText(maxLengthOf('PrincipleRounds', 'Title')),
});

/** Closing a round, read at `etag`. */
export const principleRoundClosing = z.strictObject({
  roundId: id(),
  etag: requiredText(100),
});

/**
 * An administration's self-assessment of one principle in a round, as a member gives it: `etag` is the version
 * of the assessment the person read (null when they saw none), so a change made meanwhile is not overwritten.
 */
export const principleAssessmentRequest = z.strictObject({
  roundId: id(),
  administration: requiredText(maxLengthOf('PrincipleAssessments', 'Administration')),
  principle: requiredText(maxLengthOf('PrincipleAssessments', 'Principle')),
  level: z.enum(PRINCIPLE_LEVELS),
  comment: note().default(''),
  etag: requiredText(100).nullable().default(null),
});

/** Input types as the schemas accept them (before defaults). */
export type PlanInput = z.input<typeof planInput>;
/** A new plan year as asked for. */
export type NewPlanRequest = z.input<typeof newPlanRequest>;
/** A change to a plan's own fields as asked for. */
export type PlanUpdateInput = z.input<typeof planUpdateRequest>;
/** A step of the decision chain as asked for. */
export type PlanDecisionInput = z.input<typeof planDecisionRequest>;
/** An input for a decision. */
export type DecisionInput = z.input<typeof decisionInput>;
/** An input for a focus area. */
export type FocusAreaInput = z.input<typeof focusAreaInput>;
/** A change to a focus area. */
export type FocusAreaPatch = z.input<typeof focusAreaPatch>;
/** An input for an initiative. */
export type InitiativeInput = z.input<typeof initiativeInput>;
/** A change to an initiative. */
export type InitiativePatch = z.input<typeof initiativePatch>;
/** An input for an activity. */
export type ActivityInput = z.input<typeof activityInput>;
/** A change to an activity. */
export type ActivityPatch = z.input<typeof activityPatch>;
/** An input for a follow-up draft. */
export type FollowUpDraftInput = z.input<typeof followUpDraftInput>;
/** A change to a follow-up. */
export type FollowUpPatch = z.input<typeof followUpPatch>;
/** An approver's decision. */
export type ApprovalDecisionInput = z.input<typeof approvalDecisionInput>;
/** An input for an effect. */
export type EffectInput = z.input<typeof effectInput>;
/** A change to an effect. */
export type EffectPatch = z.input<typeof effectPatch>;
/** An input for a measurement. */
export type MeasurementInput = z.input<typeof measurementInput>;
/** A round as opened. */
export type PrincipleRoundOpening = z.input<typeof principleRoundOpening>;
/** A round as closed. */
export type PrincipleRoundClosing = z.input<typeof principleRoundClosing>;
/** A self-assessment as given. */
export type PrincipleAssessmentRequest = z.input<typeof principleAssessmentRequest>;
