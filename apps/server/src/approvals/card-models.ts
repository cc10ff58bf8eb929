import {
  decidersOf,
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
import {
  followUpMapping,
  PAGE_SIZE,
  selectFor,
  spCall,
  versionFromEtag,
  type Repositories,
  type SpItem,
} from '@devplan/sharepoint';
import '@pnp/sp/site-users/web.js';
import type { CardSigner } from './card-signature.js';
import { authorsOfItem, FOLLOW_UP_WITH_AUTHORS, type VersionedFollowUp } from './decision-service.js';
import type { SiteUserResolver } from './identity.js';
import { SharedBatches, valuesOf } from './shared-batches.js';

/** What a follow-up's read expands (its people). */
const FOLLOW_UP_EXPAND = selectFor(followUpMapping).expand;

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

  /** The reads of cards built at the same time, in shared `$batch` requests (three a card, not twelve). */
  private readonly batches: SharedBatches;

  constructor(
    private readonly repos: Repositories,
    private readonly resolver: SiteUserResolver,
    private readonly signer: CardSigner,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.batches = new SharedBatches(repos.site);
  }

  /** A follow-up as read now, with the people whose work it is (who can never decide it). */
  private async followUpWithAuthors(id: Id): Promise<{ followUp: VersionedFollowUp; authors: Id[] }> {
    const context = { listName: 'FollowUps', itemId: id };
    const [item] = valuesOf(
      await this.batches.settled(context, 1, (sp, read) => [
        read(`followUp:${id}`, () =>
          spCall(context, () =>
            this.repos.site
              .list('FollowUps', sp)
              .items.getById(id)
              .select(...FOLLOW_UP_WITH_AUTHORS)
              .expand(...FOLLOW_UP_EXPAND)(),
          ),
        ),
      ]),
    ) as [SpItem & { AuthorId?: number | null; EditorId?: number | null }];
    const followUp = this.repos.followUps.map([item])[0]!;
    return {
      followUp: { ...followUp, version: versionFromEtag(followUp.etag) },
      authors: authorsOfItem(item, followUp.submittedById),
    };
  }

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
    const { followUp, authors } = await this.followUpWithAuthors(followUpId);
    const { repos } = this;
    const initiativeId = followUp.initiativeId;
    const byInitiative = `InitiativeId eq ${initiativeId}`;
    const context = { listName: 'Initiatives', itemId: initiativeId };
    // Everything the follow-up names, in one `$batch` (shared with the cards built at the same time).
    const [initiativeItem, planItem, assignments, decisionItems, publishedItems, effectItems, followUpItems] =
      valuesOf(
        await this.batches.settled(context, 7, (sp, read) => [
          read(`initiative:${initiativeId}`, () =>
            spCall(context, () => repos.initiatives.byId(initiativeId, sp)()),
          ),
          read(`plan:${followUp.planId}`, () =>
            spCall(context, () => repos.plans.byId(followUp.planId, sp)()),
          ),
          read(`approver:${initiativeId}`, () =>
            spCall(context, () => repos.approverAssignments.items(sp).filter(byInitiative).top(1)()),
          ),
          spCall(context, () =>
            repos.approvalDecisions.items(sp).filter(`FollowUpId eq ${followUp.id}`).top(PAGE_SIZE)(),
          ),
          read(`published:${initiativeId}`, () =>
            spCall(context, () => repos.published.items(sp).filter(byInitiative).top(PAGE_SIZE)()),
          ),
          read(`effects:${initiativeId}`, () =>
            spCall(context, () => repos.effects.items(sp).filter(byInitiative).top(PAGE_SIZE)()),
          ),
          read(`followUps:${initiativeId}`, () =>
            spCall(context, () => repos.followUps.items(sp).filter(byInitiative).top(PAGE_SIZE)()),
          ),
        ]),
      ) as [SpItem, SpItem, SpItem[], SpItem[], SpItem[], SpItem[], SpItem[]];
    const initiative = repos.initiatives.map([initiativeItem])[0]!;
    const plan = repos.plans.map([planItem])[0]!;
    const approverId = repos.approverAssignments.map(assignments)[0]?.approverId ?? null;
    const decisions = repos.approvalDecisions
      .map(decisionItems)
      .sort((a, b) => b.decidedAt.localeCompare(a.decidedAt));
    const published = repos.published.map(publishedItems);
    const effects = repos.effects.map(effectItems);
    const followUps = repos.followUps.map(followUpItems);
    // Then its area and the approver's deputies, in one more.
    const areaContext = { listName: 'FocusAreas', itemId: initiative.focusAreaId };
    const [areaItem, delegationItems = []] = valuesOf(
      await this.batches.settled(areaContext, approverId === null ? 1 : 2, (sp, read) => [
        read(`area:${initiative.focusAreaId}`, () =>
          spCall(areaContext, () => repos.focusAreas.byId(initiative.focusAreaId, sp)()),
        ),
        ...(approverId === null
          ? []
          : [
              read(`delegations:${approverId}`, () =>
                spCall(areaContext, () =>
                  repos.delegations.items(sp).filter(`ApproverId eq ${approverId}`).top(PAGE_SIZE)(),
                ),
              ),
            ]),
      ]),
    ) as [SpItem, SpItem[]?];
    const area = repos.focusAreas.map([areaItem])[0]!;
    const deciders =
      approverId === null
        ? []
        : decidersOf(approverId, repos.delegations.map(delegationItems), this.clock()).filter(
            (id) => !authors.includes(id),
          );
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
      approverName: await this.nameOf(approverId),
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
