import type {
  Id,
  PrincipleAssessment,
  PrincipleAssessmentAnswer,
  PrincipleAssessmentRequest,
  PrincipleRound,
  PrincipleRoundAnswer,
  PrincipleRoundClosing,
  PrincipleRoundOpening,
  PrinciplesPort,
} from '@devplan/core';
import { PrincipleAssessmentRepository, PrincipleRoundRepository, type PlanSite } from '@devplan/sharepoint';
import type { AppApiClient } from './app-api.js';

/**
 * The tab's side of the follow-up of the principles: rounds and assessments read from SharePoint with the
 * signed-in person's own token (PnPjs over `site`; members read, readers may not); opening and closing rounds
 * and giving assessments through the app server's API with the person's API token (the server checks who they
 * are and writes as the app).
 */
export class PrinciplesClient implements PrinciplesPort {
  private readonly roundsRepo: PrincipleRoundRepository;
  private readonly assessmentsRepo: PrincipleAssessmentRepository;

  constructor(
    site: PlanSite,
    private readonly api: AppApiClient,
  ) {
    this.roundsRepo = new PrincipleRoundRepository(site);
    this.assessmentsRepo = new PrincipleAssessmentRepository(site);
  }

  /** `GET /api/approvals/me`. */
  isAdministrator(): Promise<boolean> {
    return this.api.administrator();
  }

  /** A plan's rounds, read from SharePoint. */
  rounds(planId: Id): Promise<PrincipleRound[]> {
    return this.roundsRepo.byPlan(planId);
  }

  /** A round's assessments, read from SharePoint. */
  assessments(roundId: Id): Promise<PrincipleAssessment[]> {
    return this.assessmentsRepo.byRound(roundId);
  }

  /** `POST /api/principles/rounds`. */
  async openRound(request: PrincipleRoundOpening, createKey: string): Promise<PrincipleRoundAnswer> {
    return (await this.api.json('POST', '/api/principles/rounds', {
      ...request,
      createKey,
    })) as PrincipleRoundAnswer;
  }

  /** `POST /api/principles/rounds/close`. */
  async closeRound(request: PrincipleRoundClosing): Promise<PrincipleRoundAnswer> {
    return (await this.api.json('POST', '/api/principles/rounds/close', request)) as PrincipleRoundAnswer;
  }

  /** `POST /api/principles/assessments`. */
  async assess(request: PrincipleAssessmentRequest, createKey: string): Promise<PrincipleAssessmentAnswer> {
    return (await this.api.json('POST', '/api/principles/assessments', {
      ...request,
      createKey,
    })) as PrincipleAssessmentAnswer;
  }
}
