import {
  choosePlan,
  isReadable,
  latestByInitiative,
  periodOrder,
  planLinkCard,
  TERTIAL_SCHEME,
  DecisionRefusedError,
  type AdaptiveCardJson,
  type Initiative,
  type Locale,
  type Plan,
  type PlanLink,
  type PlanLinkAudience,
  type FollowUp,
  type PublishedFollowUp,
} from '@devplan/core';
import {
  PAGE_SIZE,
  PlanViewReader,
  SealVerifier,
  sealKeysFromProperty,
  sealKeysQuery,
  spCall,
  type Repositories,
  type SpItem,
} from '@devplan/sharepoint';
import type { SPFI } from '@pnp/sp';
import { listAccess } from '../auth/roles.js';
import type { CardModels } from '../approvals/card-models.js';
import type { Actor, SiteUserResolver } from '../approvals/identity.js';
import { parsePlanLink } from './links.js';

/** Who looks at a link or searches: the person behind the Teams identity, and what the plan lets them see. */
export interface PlanViewer {
  actor: Actor;
  /** A member (edits the plan: sees working follow-ups and drafts) or a reader (what the web part shows). */
  audience: PlanLinkAudience;
}

/** A search of "Sök insats": free text over title, focus area and owner, and a page of the results. */
export interface InitiativeSearch {
  text: string;
  skip: number;
  count: number;
}

/** One initiative found: its card and what the result list shows of it. */
export interface InitiativeHit {
  card: AdaptiveCardJson;
  title: string;
  areaTitle: string;
  status: Initiative['status'];
  ownerName: string | null;
}

/** What a search found: no plan to search, or a page of the matches of the current plan. */
export type SearchOutcome =
  { kind: 'noPlan' } | { kind: 'results'; planTitle: string; total: number; hits: InitiativeHit[] };

/** An initiative with what its card shows beside it. */
interface CardSubject {
  plan: Plan;
  initiative: Initiative;
  areaTitle: string;
  /** Its published follow-ups whose seal checks. */
  published: PublishedFollowUp[];
  /** Its working follow-ups (members only). */
  working: FollowUp[];
}

/** The largest page of results a search answers (Teams asks for 25 at a time). */
export const MAX_SEARCH_PAGE = 25;

/** Text compared without case, the Swedish way (å, ä, ö). */
const fold = (text: string) => text.toLocaleLowerCase('sv').normalize('NFC');

/**
 * The data behind link previews and "Sök insats". Who looks is resolved from the Teams identity (Entra object
 * id → site user) and what they may do is asked of SharePoint (effective permissions on the Initiatives
 * list); what the card shows is then read as the app: a reader gets what the intranet web part shows (a plan KS
 * approved, published follow-ups whose seal checks), a member also the working follow-ups. Only the initiatives
 * a card or a page of results shows are read with their follow-ups, however large the plan. Nothing about who
 * looks is taken from a URL or a card.
 */
export class PlanLinkService {
  private readonly reader: PlanViewReader;

  constructor(
    private readonly repos: Repositories,
    private readonly resolver: SiteUserResolver,
    private readonly models: CardModels,
  ) {
    this.reader = new PlanViewReader(repos);
  }

  /** The link a pasted URL points at (the tab's URL or its Teams deep link), or null when it is not the app's. */
  linkOf(url: string): PlanLink | null {
    return parsePlanLink(url, { tabUrl: this.models.tabUrl, teamsAppId: this.models.teamsAppId });
  }

  /**
   * The viewer behind an Entra object id, or null when SharePoint lets them read nothing of the plan.
   * Refuses (`unknownUser`, 403) an identity the directory does not know.
   */
  async viewer(oid: string | undefined): Promise<PlanViewer | null> {
    if (!oid) throw new DecisionRefusedError('unknownUser', undefined, 403);
    const actor = await this.resolver.actorFor(oid);
    const access = await listAccess(this.repos.site, 'Initiatives', actor.upn);
    if (access === 'none') return null;
    return { actor, audience: access === 'edit' ? 'member' : 'reader' };
  }

  /**
   * The card of a link for one viewer (with what a result list shows of it), or null when there is nothing they may see: an initiative that does
   * not exist, or (for a reader) one of a plan KS has not approved. Reads that initiative only, however large
   * the plan: the initiative and its plan, then its area and follow-ups in one `$batch`.
   */
  async card(viewer: PlanViewer, link: PlanLink, locale: Locale): Promise<InitiativeHit | null> {
    const [initiative] = await this.repos.initiatives.find({ filter: `Id eq ${link.initiativeId}`, top: 1 });
    if (!initiative) return null;
    const [plan] = await this.repos.plans.find({ filter: `Id eq ${initiative.planId}`, top: 1 });
    if (!plan || !this.mayRead(viewer, plan)) return null;
    const [shown] = await this.followUpsOf(plan, [initiative], viewer, true);
    return this.cardOf(shown!, link.kind, viewer, locale);
  }

  /**
   * Searches the initiatives of the current plan (the newest plan KS approved; for members, else their newest
   * draft) by title, focus area and owner, in plan order; an empty text lists them all. Returns one page. Reads
   * the plan's areas and initiatives in one `$batch`, and the follow-ups of the page's initiatives in one more.
   */
  async search(viewer: PlanViewer, search: InitiativeSearch, locale: Locale): Promise<SearchOutcome> {
    const plans = (await this.repos.plans.find({ orderBy: { field: 'PlanYear', ascending: false } })).filter(
      (p) => this.mayRead(viewer, p),
    );
    const plan = choosePlan(plans.filter(isReadable), 'latest') ?? choosePlan(plans, 'latest');
    if (!plan) return { kind: 'noPlan' };
    const view = await this.reader.load(plan, { parts: [] });
    const areas = new Map(view.focusAreas.map((a) => [a.id, a.title]));
    const words = fold(search.text).split(/\s+/).filter(Boolean);
    const matches = view.initiatives.filter((i) => {
      const haystack = fold([i.title, areas.get(i.focusAreaId) ?? '', i.owner?.title ?? ''].join('\n'));
      return words.every((w) => haystack.includes(w));
    });
    const count = Math.max(1, Math.min(MAX_SEARCH_PAGE, search.count));
    const page = matches.slice(Math.max(0, search.skip), Math.max(0, search.skip) + count);
    const shown = await this.followUpsOf(view.plan, page, viewer, false, areas);
    const hits = await Promise.all(shown.map((one) => this.cardOf(one, 'initiative', viewer, locale)));
    return { kind: 'results', planTitle: plan.title, total: matches.length, hits };
  }

  private mayRead(viewer: PlanViewer, plan: Plan): boolean {
    return viewer.audience === 'member' || isReadable(plan);
  }

  /**
   * What the cards of `initiatives` show besides them, in ONE `$batch`: their published follow-ups (only those
   * whose seal checks, as the web part shows them), for members their working follow-ups, and their areas'
   * titles (unless `areas` are known).
   */
  private async followUpsOf(
    plan: Plan,
    initiatives: readonly Initiative[],
    viewer: PlanViewer,
    withAreas: boolean,
    areas: ReadonlyMap<number, string> = new Map(),
  ): Promise<CardSubject[]> {
    if (!initiatives.length) return [];
    const { repos } = this;
    const [batched, execute] = repos.site.batched();
    const sp = batched as SPFI;
    const of = (id: number) => `InitiativeId eq ${id}`;
    const keys = sealKeysQuery(sp);
    const published = initiatives.map((i) => repos.published.items(sp).filter(of(i.id)).top(PAGE_SIZE)());
    const working =
      viewer.audience === 'member'
        ? initiatives.map((i) => repos.followUps.items(sp).filter(of(i.id)).top(PAGE_SIZE)())
        : [];
    const areaIds = [...new Set(initiatives.map((i) => i.focusAreaId))];
    const areaItems = withAreas
      ? areaIds.map((id) => repos.focusAreas.items(sp).filter(`Id eq ${id}`).top(1)())
      : [];
    await spCall({ listName: 'PublishedFollowUps' }, () => execute());
    const read = async <T>(listName: string, promise: Promise<unknown>): Promise<T> =>
      (await spCall({ listName }, () => promise)) as T;
    const verifier = new SealVerifier(
      sealKeysFromProperty((await read<{ Value?: unknown } | null>('TenantProperties', keys))?.Value),
    );
    const titles = new Map(areas);
    for (const item of await Promise.all(areaItems.map((p) => read<SpItem[]>('FocusAreas', p))))
      for (const area of repos.focusAreas.map(item)) titles.set(area.id, area.title);
    return Promise.all(
      initiatives.map(async (initiative, n) => ({
        plan,
        initiative,
        areaTitle: titles.get(initiative.focusAreaId) ?? '',
        published: await verifier.publications(
          repos.published.map(await read<SpItem[]>('PublishedFollowUps', published[n]!)),
        ),
        working: working[n] ? repos.followUps.map(await read<SpItem[]>('FollowUps', working[n])) : [],
      })),
    );
  }

  private async ownerName(initiative: Initiative): Promise<string | null> {
    if (initiative.owner?.title) return initiative.owner.title;
    return initiative.ownerId === null ? null : this.models.nameOf(initiative.ownerId);
  }

  private async cardOf(
    subject: CardSubject,
    kind: PlanLink['kind'],
    viewer: PlanViewer,
    locale: Locale,
  ): Promise<InitiativeHit> {
    const { plan, initiative, areaTitle } = subject;
    const order = (p: { periodYear: number; period: string }) =>
      periodOrder(TERTIAL_SCHEME, { year: p.periodYear, period: p.period });
    const latestApproved = latestByInitiative(subject.published, order).get(initiative.id) ?? null;
    const newest =
      viewer.audience === 'member'
        ? (latestByInitiative(subject.working, order).get(initiative.id) ?? null)
        : null;
    const ownerName = await this.ownerName(initiative);
    const card = planLinkCard({
      locale,
      kind,
      audience: viewer.audience,
      plan: { title: plan.title, planYear: plan.planYear, readable: isReadable(plan) },
      areaTitle,
      initiative: { id: initiative.id, title: initiative.title, status: initiative.status },
      ownerName,
      latestApproved,
      // The approved follow-up is shown as such; the working line is for what is not approved yet.
      working: newest && newest.state !== 'approved' ? newest : null,
      ...this.models.openUrlOf(initiative.id, kind === 'followUp' ? 'follow-up' : undefined),
    });
    return { card, title: initiative.title, areaTitle, status: initiative.status, ownerName };
  }
}
