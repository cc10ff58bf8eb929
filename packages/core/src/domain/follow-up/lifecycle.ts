import { localize } from '../../i18n/translate.js';
import { DomainError } from '../common/errors.js';
import type { Localized } from '../common/types.js';
import type { FollowUpState } from './follow-up.js';

/** What can be done to a follow-up. */
export type FollowUpAction = 'edit' | 'submit' | 'approve' | 'sendBack' | 'delete';

/** The outcome of asking whether an action is allowed. */
export type TransitionResult =
  { ok: true; next: FollowUpState } | { ok: false; code: string; reason: Localized };

/** A refused life-cycle step. */
export class LifecycleError extends DomainError {
  override readonly name = 'LifecycleError';
  constructor(code: string, reason: Localized) {
    super(code, reason, 409);
  }
}

function refuse(code: string, reason: Localized): TransitionResult {
  return { ok: false, code, reason };
}

function stateText(state: FollowUpState): Localized {
  return localize(`followUpState.${state}`);
}

/**
 * The follow-up life cycle: draft → submitted → approved, or submitted → sent back (comment required)
 * → submitted again. Drafts and sent-back follow-ups can be edited; an approved one is frozen.
 * Every other step is refused with a reason in both languages.
 */
export function transition(
  state: FollowUpState,
  action: FollowUpAction,
  options: { comment?: string } = {},
): TransitionResult {
  switch (action) {
    case 'edit':
      if (state === 'draft' || state === 'sentBack') return { ok: true, next: state };
      return state === 'submitted'
        ? refuse('lifecycle.edit.submitted', localize('lifecycle.edit.submitted'))
        : refuse('lifecycle.edit.approved', localize('lifecycle.edit.approved'));
    case 'submit':
      if (state === 'draft' || state === 'sentBack') return { ok: true, next: 'submitted' };
      return state === 'submitted'
        ? refuse('lifecycle.submit.fromSubmitted', localize('lifecycle.submit.fromSubmitted'))
        : refuse('lifecycle.submit.fromApproved', localize('lifecycle.submit.fromApproved'));
    case 'approve':
      if (state === 'submitted') return { ok: true, next: 'approved' };
      return notSubmitted('lifecycle.approve.notSubmitted', state);
    case 'sendBack':
      if (state !== 'submitted') return notSubmitted('lifecycle.sendBack.notSubmitted', state);
      if (!options.comment?.trim())
        return refuse('lifecycle.sendBack.commentRequired', localize('lifecycle.sendBack.commentRequired'));
      return { ok: true, next: 'sentBack' };
    case 'delete':
      if (state === 'draft') return { ok: true, next: 'draft' };
      return refuse('lifecycle.delete.notDraft', localize('lifecycle.delete.notDraft'));
  }
}

function notSubmitted(
  key: 'lifecycle.approve.notSubmitted' | 'lifecycle.sendBack.notSubmitted',
  state: FollowUpState,
): TransitionResult {
  const s = stateText(state);
  return {
    ok: false,
    code: key,
    reason: {
      sv: localize(key, { state: s.sv.toLowerCase() }).sv,
      en: localize(key, { state: s.en.toLowerCase() }).en,
    },
  };
}

/** Like `transition`, but throws a `LifecycleError` when the step is refused; returns the next state. */
export function assertTransition(
  state: FollowUpState,
  action: FollowUpAction,
  options: { comment?: string } = {},
): FollowUpState {
  const result = transition(state, action, options);
  if (!result.ok) throw new LifecycleError(result.code, result.reason);
  return result.next;
}
