import type { Id, PrincipleAssessment, PrincipleRound } from '../domain/index.js';
import type {
  PrincipleAssessmentRequest,
  PrincipleRoundClosing,
  PrincipleRoundOpening,
} from '../validation/index.js';

/** What opening or closing a round gave (`repeated`: it was already so, nothing was written). */
export interface PrincipleRoundAnswer {
  status: 'opened' | 'closed' | 'repeated';
  round: PrincipleRound;
}

/**
 * What giving a self-assessment gave: `created` or `changed` (written now), `repeated` (the same request was
 * written already) or `unchanged` (the assessment already said exactly this).
 */
export interface PrincipleAssessmentAnswer {
  status: 'created' | 'changed' | 'repeated' | 'unchanged';
  assessment: PrincipleAssessment;
}

/**
 * The follow-up of the principles as the tab sees it. Rounds and assessments are read from SharePoint with the
 * signed-in person's own token (members and owners read them; readers never see them); opening and closing a
 * round (plan administrators) and giving an assessment (members, while a round is open) go through the app
 * server, which checks the person on every call and writes with the app's identity.
 */
export interface PrinciplesPort {
  /** Whether the signed-in person is a plan administrator, as the app server reads it. */
  isAdministrator(): Promise<boolean>;
  /** A plan's rounds, newest first. */
  rounds(planId: Id): Promise<PrincipleRound[]>;
  /** The assessments given in a round. */
  assessments(roundId: Id): Promise<PrincipleAssessment[]>;
  /** Opens a round; the same `createKey` again is the same request. */
  openRound(request: PrincipleRoundOpening, createKey: string): Promise<PrincipleRoundAnswer>;
  /** Closes a round read at its ETag. */
  closeRound(request: PrincipleRoundClosing): Promise<PrincipleRoundAnswer>;
  /** Gives (or changes) an administration's assessment of one principle; the same `createKey` again is the same request. */
  assess(request: PrincipleAssessmentRequest, createKey: string): Promise<PrincipleAssessmentAnswer>;
}
