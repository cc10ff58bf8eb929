import {
  initiativeReadiness,
  periodOrder,
  TERTIAL_SCHEME,
  type ApprovalCardModel,
  type ApprovalDecision,
  type Id,
  type Locale,
  type Localized,
  stockholmDay,
} from '@devplan/core';
import { spCall, type Repositories } from '@devplan/sharepoint';
import '@pnp/sp/site-users/web.js';
import type { CardSigner } from './card-signature.js';
import type { DecisionService, VersionedFollowUp } from './decision-service.js';
import type { SiteUserResolver } from './identity.js';

/** A card model with who may decide it. */
export interface CardModelWithDeciders {
  model: ApprovalCardModel;
  deciders: Id[];
  followUp: VersionedFollowUp;
  decision: ApprovalDecision | null;
}

/** Reads everything an approval card shows from the plan site (as the app) and builds its model. */
export class CardModels {
  private readonly names = new Map<Id, Promise<string>>();
  /** The tab's public URL (`https://…/tab/`), where a card's link opens the initiative; null: no link. */
  tabUrl: string | null = null;
  /**
   * The Teams app's id (the manifest's `id`): a card's link is then a Teams deep link into the personal tab,
   * which opens the initiative (`subEntityId`); without it the link is the tab's URL.
   */
  teamsAppId: string | null = null;

  constructor(
    private readonly repos: Repositories,
    private readonly service: DecisionService,
    private readonly resolver: SiteUserResolver,
    private readonly signer: CardSigner,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Where a card opens the initiative (or, with `page: 'follow-up'`, its follow-up page): a Teams deep link,
   * else the tab's URL, else nowhere.
   */
  openUrlOf(initiativeId: Id, page?: 'follow-up'): { openUrl?: string } {
    const route = `initiative/${initiativeId}${page ? `/${page}` : ''}`;
    if (this.teamsAppId) {
      const context = encodeURIComponent(JSON.stringify({ subEntityId: route }));
      return { openUrl: `https://teams.microsoft.com/l/entity/${this.teamsAppId}/mine?context=${context}` };
    }
    return this.tabUrl ? { openUrl: `${this.tabUrl}#/${route}` } : {};
  }

  /** A site user's display name (cached). */
  nameOf(id: Id | null): Promise<string> {
    if (id === null) return Promise.resolve('–');
    let name = this.names.get(id);
    if (!name) {
      name = spCall({ listName: 'siteUsers', itemId: id }, () =>
        this.repos.site.sp.web.siteUsers.getById(id).select('Title')(),
      ).then((u) => (u as { Title?: string }).Title ?? String(id));
      this.names.set(id, name);
      name.catch(() => this.names.delete(id));
    }
    return name;
  }

  /**
   * The model of the card on a follow-up. `cardVersion` is the version a card was sent for: when a decision
   * was recorded on it the card shows that decision; otherwise it shows the follow-up as it is now.
   */
  async build(
    followUpId: Id,
    locale: Locale,
    options: { cardVersion?: number; note?: string; message?: Localized } = {},
  ): Promise<CardModelWithDeciders> {
    const followUp = await this.service.followUp(followUpId);
    const initiative = await this.repos.initiatives.get(followUp.initiativeId);
    const [plan, area, deciders, decisions, published, effects, followUps] = await Promise.all([
      this.repos.plans.get(followUp.planId),
      this.repos.focusAreas.get(initiative.focusAreaId),
      this.service.decidersOfFollowUp(followUp, initiative),
      this.repos.approvalDecisions.byFollowUp(followUp.id),
      this.repos.published.byInitiative(initiative.id),
      this.repos.effects.byInitiative(initiative.id),
      this.repos.followUps.byInitiative(initiative.id),
    ]);
    const decision =
      (options.cardVersion !== undefined
        ? decisions.find((d) => d.followUpVersion === options.cardVersion)
        : undefined) ??
      (followUp.state === 'approved' || followUp.state === 'sentBack'
        ? decisions.find((d) => d.followUpVersion === followUp.version - 1)
        : undefined) ??
      null;
    const current = periodOrder(TERTIAL_SCHEME, { year: followUp.periodYear, period: followUp.period });
    const previous =
      published
        .filter((p) => p.followUpId !== followUp.id)
        .filter((p) => periodOrder(TERTIAL_SCHEME, { year: p.periodYear, period: p.period }) < current)
        .sort(
          (a, b) =>
            periodOrder(TERTIAL_SCHEME, { year: b.periodYear, period: b.period }) -
            periodOrder(TERTIAL_SCHEME, { year: a.periodYear, period: a.period }),
        )[0] ?? null;
    const readiness = initiativeReadiness(initiative, effects, followUps, {
      planYear: plan.planYear,
      today: stockholmDay(this.clock()),
    });
    const oids = await Promise.all(deciders.map((id) => this.resolver.objectIdOf(id)));
    const model: ApprovalCardModel = {
      locale,
      plan: { title: plan.title, caseNumber: plan.caseNumber, planYear: plan.planYear },
      areaTitle: area.title,
      initiativeTitle: initiative.title,
      followUp,
      submittedByName: await this.nameOf(followUp.submittedById),
      previous,
      readinessScore: readiness.score,
      approverName: await this.nameOf(await this.repos.approverAssignments.approverOf(initiative.id)),
      decision: decision
        ? {
            outcome: decision.decision,
            byName: await this.nameOf(decision.decidedById),
            at: decision.decidedAt,
            comment: decision.comment,
          }
        : null,
      data: this.signer.sign(followUp.id, decision ? decision.followUpVersion : followUp.version, followUp),
      refreshUserIds: oids.filter((o): o is string => o !== null).map((oid) => `8:orgid:${oid}`),
      ...(options.note ? { note: options.note } : {}),
      ...(options.message ? { message: options.message } : {}),
      ...this.openUrlOf(initiative.id),
    };
    return { model, deciders, followUp, decision };
  }
}
