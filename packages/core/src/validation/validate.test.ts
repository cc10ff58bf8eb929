import { ValidationError } from '../domain/common/errors.js';
import {
  approvalDecisionInput,
  effectInput,
  followUpDraftInput,
  followUpSubmission,
  initiativeInput,
  measurementInput,
  planInput,
} from './schemas.js';
import { parseOrThrow, validate } from './validate.js';

const initiative = { planId: 1, focusAreaId: 2, title: 'Utforska modulära lösningar' };

describe('validation at the edge', () => {
  it('accepts a valid initiative and fills defaults', () => {
    const result = validate(initiativeInput, initiative);
    expect(result).toMatchObject({
      ok: true,
      value: { status: 'planned', administrations: [], ownerId: null },
    });
  });

  it('reports a missing required field as required, in Swedish and English', () => {
    const result = validate(initiativeInput, { planId: 1, focusAreaId: 2 });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: 'title',
          code: 'required',
          message: { sv: 'Fältet måste fyllas i.', en: 'This field is required.' },
        },
      ],
    });
  });

  it('treats a title of only spaces as missing', () => {
    const result = validate(initiativeInput, { ...initiative, title: '   ' });
    expect(result.ok === false && result.issues[0]?.code).toBe('required');
  });

  it('refuses text longer than SharePoint accepts in a single line of text', () => {
    const result = validate(initiativeInput, { ...initiative, title: 'x'.repeat(256) });
    expect(result.ok === false && result.issues[0]).toEqual({
      path: 'title',
      code: 'tooLong',
      message: { sv: 'Högst 255 tecken.', en: 'At most 255 characters.' },
    });
    expect(validate(initiativeInput, { ...initiative, title: 'x'.repeat(255) }).ok).toBe(true);
  });

  it('refuses a start after the end and points at the end date', () => {
    const result = validate(initiativeInput, { ...initiative, start: '2026-12-01', end: '2026-01-01' });
    expect(result.ok === false && result.issues[0]).toMatchObject({
      path: 'end',
      code: 'validation.startAfterEnd',
    });
    expect(validate(initiativeInput, { ...initiative, start: '2026-01-01', end: '2026-01-01' }).ok).toBe(
      true,
    );
  });

  it('refuses malformed dates', () => {
    const result = validate(initiativeInput, { ...initiative, start: '2026-13-45' });
    expect(result.ok === false && result.issues[0]?.code).toBe('invalidDate');
  });

  it('refuses unknown fields rather than dropping them silently', () => {
    const result = validate(initiativeInput, { ...initiative, State: 'approved' });
    expect(result.ok === false && result.issues[0]).toMatchObject({ path: 'State', code: 'unknownField' });
  });

  it('keeps progress within 0–100 and whole', () => {
    const base = { planId: 1, initiativeId: 2, periodYear: 2026, period: 'T1', status: 'onTrack' };
    expect(validate(followUpDraftInput, { ...base, progress: 101 })).toMatchObject({
      ok: false,
      issues: [{ code: 'tooLarge' }],
    });
    expect(validate(followUpDraftInput, { ...base, progress: -1 })).toMatchObject({
      ok: false,
      issues: [{ code: 'tooSmall' }],
    });
    expect(validate(followUpDraftInput, { ...base, progress: 'fifty' })).toMatchObject({
      ok: false,
      issues: [{ code: 'notNumber' }],
    });
    expect(validate(followUpDraftInput, { ...base, progress: 50 }).ok).toBe(true);
  });

  it('lets a draft have no summary but requires one to submit', () => {
    const content = { status: 'atRisk', progress: 40, summary: '' };
    expect(validate(followUpSubmission, content)).toMatchObject({
      ok: false,
      issues: [{ path: 'summary', code: 'required' }],
    });
    expect(validate(followUpSubmission, { ...content, summary: 'Arbetet pågår.' }).ok).toBe(true);
  });

  it('refuses a status that is not one of the choices', () => {
    const result = validate(followUpSubmission, { status: 'great', progress: 1, summary: 'x' });
    expect(result.ok === false && result.issues[0]?.code).toBe('invalidChoice');
  });

  it('requires a comment to send back', () => {
    const result = validate(approvalDecisionInput, { followUpId: 3, decision: 'sentBack', comment: ' ' });
    expect(result.ok === false && result.issues[0]).toMatchObject({ path: 'comment' });
    expect(validate(approvalDecisionInput, { followUpId: 3, decision: 'approved' }).ok).toBe(true);
  });

  it('checks the case number format', () => {
    const plan = { title: 'Plan', planYear: 2026, caseNumber: 'STK-2025-1042', status: 'approved' };
    expect(validate(planInput, plan).ok).toBe(true);
    expect(validate(planInput, { ...plan, caseNumber: '2025/1042' })).toMatchObject({
      ok: false,
      issues: [{ code: 'validation.invalidCaseNumber' }],
    });
  });

  it('wants the baseline measured before the target date', () => {
    const effect = {
      planId: 1,
      initiativeId: 2,
      title: 'Kortare handläggning',
      kind: 'financial',
      direction: 'benefit',
      baselineDate: '2026-06-01',
      targetDate: '2026-01-01',
    };
    expect(validate(effectInput, effect)).toMatchObject({ ok: false, issues: [{ path: 'targetDate' }] });
  });

  it('refuses a measurement that is not a finite number', () => {
    expect(validate(measurementInput, { effectId: 1, measuredAt: '2026-05-01', value: Infinity }).ok).toBe(
      false,
    );
    expect(validate(measurementInput, { effectId: 1, measuredAt: '2026-05-01', value: '12' }).ok).toBe(false);
  });

  it('throws a ValidationError with status 400 from parseOrThrow', () => {
    expect(() => parseOrThrow(initiativeInput, {})).toThrow(ValidationError);
    try {
      parseOrThrow(initiativeInput, {});
    } catch (error) {
      expect((error as ValidationError).status).toBe(400);
      expect((error as ValidationError).issues.map((i) => i.path)).toEqual([
        'planId',
        'focusAreaId',
        'title',
      ]);
    }
  });
});

describe('changes (patches)', () => {
  it('carry only the fields given, never defaults for the fields left out', async () => {
    const { initiativePatch, activityPatch, effectPatch, followUpPatch, planPatch, focusAreaPatch } =
      await import('./schemas.js');
    expect(validate(initiativePatch, { responsibleUnit: 'ITD' })).toEqual({
      ok: true,
      value: { responsibleUnit: 'ITD' },
    });
    expect(validate(activityPatch, { status: 'done' })).toEqual({ ok: true, value: { status: 'done' } });
    expect(validate(effectPatch, { target: 80 })).toEqual({ ok: true, value: { target: 80 } });
    expect(validate(followUpPatch, { progress: 40 })).toEqual({ ok: true, value: { progress: 40 } });
    expect(validate(planPatch, { summary: 'x' })).toEqual({ ok: true, value: { summary: 'x' } });
    expect(validate(focusAreaPatch, { sortOrder: 2 })).toEqual({ ok: true, value: { sortOrder: 2 } });
  });

  it('still check the fields they carry', async () => {
    const { initiativePatch } = await import('./schemas.js');
    expect(validate(initiativePatch, { title: '' })).toMatchObject({
      ok: false,
      issues: [{ path: 'title', code: 'required' }],
    });
    expect(validate(initiativePatch, { planId: 3 })).toMatchObject({
      ok: false,
      issues: [{ code: 'unknownField' }],
    });
  });
});
