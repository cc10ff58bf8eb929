import { spfi, SPQueryable, type SPFI } from '@pnp/sp/index.js';
import '@pnp/sp/batching.js';
import '@pnp/sp/webs/index.js';
import '@pnp/sp/site-users/web.js';
import '@pnp/sp/items/index.js';
import {
  isReadable,
  ConcurrencyError,
  NotFoundError,
  ValidationError,
  localize,
  AppApiError,
  AuditTrailError,
  type Activity,
  type CheckedMeasurement,
  type FollowUp,
  type Id,
  type Initiative,
  type Measurement,
  type OverviewPlanView,
  type Plan,
  type PlanChoice,
  type UserRef,
  type ApprovalAnswer,
  type ApprovalRequest,
  type EffectLedgerData,
  type EarlierYear,
  type PendingApproval,
  type InitiativeDetails,
  type ItemStamp,
  type TabDataPort,
  type TabSession,
  type ActivityInput,
  type FocusArea,
  type FocusAreaInput,
  type FocusAreaPatch,
  type InitiativeInput,
  type AppApiPort,
  type AuditedChange,
  type PersonDelegations,
  type PlanReminderPolicyView,
  type ApprovalDecision,
  type AuditEntry,
  stockholmDay,
} from '@devplan/core';
import { spCall } from '../client/errors.js';
import { onDemand } from '../client/on-demand.js';
import { PlanSite } from '../client/site.js';
import type { SpItem } from '../mapping/mapper.js';
import { approvalDecisionMapping, auditMapping, measurementMapping } from '../mapping/mappings.js';
import {
  MEMBER_PARTS,
  PlanViewReader,
  TAB_READER_PARTS,
  type PlanViewSources,
  type ReadingRepository,
} from '../plan-view/plan-view-reader.js';
import { overviewRepositories, readingRepositories, readingRepository } from '../plan-view/reading.js';
import { overviewLeadQuery } from './overview-lead.js';
import { WithoutMetadata } from '../client/behaviors.js';
import { PAGE_SIZE } from '../repositories/list-repository.js';
// Only the type: the writing repositories (and zod, with their input schemas) load with the first write.
import type { Repositories } from '../repositories/repositories.js';
import { hasPermission } from '../client/permissions.js';

/** SharePoint's `EditListItems` permission (kind 3 of `SP.PermissionKind`). */
const EDIT_LIST_ITEMS = 3;
/** SharePoint's `ManagePermissions` permission (kind 26): in Full Control only, which the site's owners have. */
const MANAGE_PERMISSIONS = 26;

function stampOf(item: SpItem): ItemStamp {
  const name = (v: unknown) =>
    v && typeof v === 'object' ? ((v as { Title?: string }).Title ?? null) : null;
  return {
    created: typeof item['Created'] === 'string' ? item['Created'] : null,
    modified: typeof item['Modified'] === 'string' ? item['Modified'] : null,
    author: name(item['Author']),
    editor: name(item['Editor']),
  };
}

/** The reading base of every list the tab reads: the plan view's, and measurements, decisions and the audit trail. */
interface TabReading extends PlanViewSources {
  measurements: ReadingRepository<Measurement>;
  approvalDecisions: ReadingRepository<ApprovalDecision>;
  audit: ReadingRepository<AuditEntry>;
}

/**
 * The tab's data layer over one PnPjs instance (the host builds it with the signed-in user's bearer token):
 * the session and the plan view in one `$batch` each, the initiative page's extras in one more, and writes
 * through the repositories, which validate, guard with the ETag and name every failure. Reads go through the
 * repositories' reading base; the writing repositories (their input schemas and zod) are loaded with the first
 * write, so the tab's first view does not carry them.
 */
export class SpTabData implements TabDataPort {
  private readonly reading: TabReading;
  /** The plan overview's reading base: its columns only, without OData metadata (it never writes). */
  private readonly overview: PlanViewSources;
  /** The writing repositories (validation, life cycle, ETag guards), loaded with the first write. */
  private readonly writing: () => Promise<Repositories>;

  private readonly api: AppApiPort | null;
  private readonly onAuditFailure: (error: AuditTrailError) => void;
  private readonly clock: () => Date;

  /**
   * `api` is the app server's API with the person's token: decisions go through it, and every write is
   * followed by a request to audit it (`POST /api/audit/changes`). A failed audit request does not undo the
   * save: it is handed to `onAuditFailure` (the host shows it). Without `api` (benchmarks) nothing is audited
   * and decisions are refused.
   */
  constructor(
    site: PlanSite,
    options: {
      api?: AppApiPort;
      onAuditFailure?: (error: AuditTrailError) => void;
      /** What time it is (tests fix it); today is its day in Stockholm. */
      clock?: () => Date;
    } = {},
  ) {
    this.reading = {
      ...readingRepositories(site),
      measurements: readingRepository(site, measurementMapping),
      approvalDecisions: readingRepository(site, approvalDecisionMapping),
      audit: readingRepository(site, auditMapping),
    };
    // The overview's entities are never written from, so they need no ETags: without metadata a third less.
    this.overview = overviewRepositories(new PlanSite(spfi(site.sp).using(WithoutMetadata()), site.siteUrl));
    this.writing = onDemand(
      () => import('../repositories/repositories.js').then((m) => m.createRepositories(site)),
      'the writing repositories',
    );
    this.api = options.api ?? null;
    this.clock = options.clock ?? (() => new Date());
    this.onAuditFailure =
      options.onAuditFailure ?? ((error) => console.error(`[tab] ${error.reason.en}`, error.causeError));
  }

  /**
   * Runs a write with the writing repositories, then asks the app server to audit it; the write's result
   * stands whatever the audit does. For a change to an existing item (`before`), the server first records the
   * item's state if it has none on record yet, so the edit's changes can be named.
   */
  private async audited<T>(
    write: (repos: Repositories) => Promise<T>,
    change: (result: T) => AuditedChange,
    before?: AuditedChange,
  ): Promise<T> {
    const repos = await this.writing();
    if (this.api && before) await this.tellAudit({ ...before, baseline: true });
    const result = await write(repos);
    if (this.api) await this.tellAudit(change(result));
    return result;
  }

  private async tellAudit(change: AuditedChange): Promise<void> {
    try {
      await this.api!.recordChange(change);
    } catch (error) {
      this.onAuditFailure(new AuditTrailError(error));
    }
  }

  private requireApi(): AppApiPort {
    if (!this.api) throw new AppApiError('no-api', localize('tab.api.notConfigured'), 503);
    return this.api;
  }

  /** Submitted follow-ups waiting for the signed-in person's decision, from the app server. */
  pendingApprovals(): Promise<PendingApproval[]> {
    return this.requireApi().pendingApprovals();
  }

  /** The signed-in person's delegations (or, for a plan administrator, an approver's), from the app server. */
  delegations(approverId?: Id): Promise<PersonDelegations> {
    return this.requireApi().delegations(approverId);
  }

  /** Names a deputy through the app server. */
  delegate(deputyId: Id, start: string, end: string, approverId?: Id): Promise<void> {
    return this.requireApi().delegate(deputyId, start, end, approverId);
  }

  /** Ends a delegation through the app server. */
  endDelegation(id: Id, etag: string, approverId?: Id): Promise<void> {
    return this.requireApi().endDelegation(id, etag, approverId);
  }

  /** A plan's reminder and escalation days, from the app server. */
  reminderPolicy(planId: Id): Promise<PlanReminderPolicyView> {
    return this.requireApi().reminderPolicy(planId);
  }

  /** Sets a plan's reminder and escalation days through the app server (which checks and audits). */
  setReminderPolicy(
    planId: Id,
    days: { remindAfterDays: number | null; escalateAfterDays: number | null },
    etag: string,
  ): Promise<PlanReminderPolicyView> {
    return this.requireApi().setReminderPolicy(planId, days, etag);
  }

  /** Whether the signed-in person is a plan administrator, as the app server says (false without one). */
  async isAdministrator(): Promise<boolean> {
    return this.api ? this.api.administrator() : false;
  }

  /** Names an initiative's approver through the app server (administrators only), then reads the initiative. */
  async assignApprover(initiativeId: Id, approverId: Id | null): Promise<Initiative> {
    await this.requireApi().assignApprover(initiativeId, approverId);
    return this.reading.initiatives.get(initiativeId);
  }

  /** Records a decision through the app server (which checks who asks and the follow-up's version). */
  decideFollowUp(request: ApprovalRequest): Promise<ApprovalAnswer> {
    return this.requireApi().decide(request);
  }

  /** Adds an activity (audited). */
  addActivity(input: ActivityInput, createKey?: string): Promise<Activity> {
    return this.audited(
      (repos) => repos.activities.add(input, createKey),
      (a) => ({ list: 'Activities', itemId: a.id }),
    );
  }

  /** Deletes an activity if it is still at `etag` (else ConcurrencyError), then audits the deletion. */
  /** Adds a focus area (audited). */
  addFocusArea(input: FocusAreaInput, createKey?: string): Promise<FocusArea> {
    return this.audited(
      (repos) => repos.focusAreas.add(input, createKey),
      (a) => ({ list: 'FocusAreas', itemId: a.id }),
    );
  }

  /** Changes a focus area at `etag` (audited). */
  updateFocusArea(id: Id, patch: FocusAreaPatch, etag: string): Promise<FocusArea> {
    return this.audited(
      (repos) => repos.focusAreas.update(id, patch, etag),
      () => ({ list: 'FocusAreas', itemId: id }),
      { list: 'FocusAreas', itemId: id },
    );
  }

  /**
   * Deletes a focus area that holds no initiatives (audited): an area with initiatives keeps its history, so
   * the initiatives are retired or moved first.
   */
  async deleteFocusArea(id: Id, etag: string): Promise<void> {
    const held = await this.reading.initiatives.find({ filter: `FocusAreaId eq ${id}`, top: 1 });
    if (held.length) {
      throw new ValidationError([
        { path: 'focusAreaId', code: 'areaNotEmpty', message: localize('plans.content.areaNotEmpty') },
      ]);
    }
    await this.audited(
      (repos) => repos.focusAreas.delete(id, etag),
      () => ({ list: 'FocusAreas', itemId: id, deleted: true }),
      { list: 'FocusAreas', itemId: id },
    );
  }

  /** Adds an initiative (audited). */
  addInitiative(input: InitiativeInput, createKey?: string): Promise<Initiative> {
    return this.audited(
      (repos) => repos.initiatives.add(input, createKey),
      (i) => ({ list: 'Initiatives', itemId: i.id }),
    );
  }

  async deleteActivity(id: Id, etag: string): Promise<void> {
    const current = await this.reading.activities.get(id);
    await this.audited(
      (repos) => repos.activities.delete(id, etag),
      () => ({ list: 'Activities', itemId: id, deleted: true, initiativeId: current.initiativeId }),
      { list: 'Activities', itemId: id },
    );
  }

  /** The signed-in person, whether they may edit (EditListItems on Initiatives), and the plans: one request. */
  async session(lead?: PlanChoice): Promise<TabSession> {
    const { site } = this.reading;
    const [batched, execute] = site.sp.batched();
    const sp = batched as SPFI;
    // The app's lead of the overview, in the same request (members only; null for readers and when stale).
    const leadP = lead === undefined ? Promise.resolve(null) : overviewLeadQuery(site, sp, lead);
    const userP = sp.web.currentUser.select('Id', 'Title', 'Email')();
    const permsP = SPQueryable(site.list('Initiatives', sp), 'EffectiveBasePermissions')<{
      High: number;
      Low: number;
    }>();
    const plansP = this.reading.plans.items(sp).orderBy('PlanYear', false).top(100)() as Promise<SpItem[]>;
    await spCall({ listName: 'Plans' }, () => execute());
    const user = (await spCall({ listName: 'SiteUsers' }, () => userP)) as {
      Id: number;
      Title: string;
      Email?: string;
    };
    const perms = await spCall({ listName: 'Initiatives' }, () => permsP);
    const plans = this.reading.plans.map(await spCall({ listName: 'Plans' }, () => plansP));
    const canEdit = hasPermission(perms, EDIT_LIST_ITEMS);
    return {
      user: { id: user.Id, title: user.Title, ...(user.Email ? { email: user.Email } : {}) },
      canEdit,
      // Working follow-ups are readable by exactly those who may edit plan content (members).
      canReadWorking: canEdit,
      siteOwner: hasPermission(perms, MANAGE_PERMISSIONS),
      plans,
      ...(canEdit ? { lead: await leadP } : {}),
    };
  }

  /** The plan's activities, read when a search or an initiative's page needs them (not with the view). */
  planActivities(plan: Pick<Plan, 'id'>) {
    return new PlanViewReader(this.reading).activities(plan);
  }

  /** A plan's focus areas in order, in one request (not the whole view). */
  async planFocusAreas(plan: Pick<Plan, 'id'>) {
    const areas = await this.reading.focusAreas.find({ filter: `PlanId eq ${plan.id}` });
    return areas.sort((a, b) => a.sortOrder - b.sortOrder);
  }

  /**
   * What the plan overview paints from, in one `$batch`: the overview's columns of initiatives, effects and
   * working follow-ups (members) or published follow-ups (readers), without OData metadata.
   */
  planOverview(plan: Pick<Plan, 'id' | 'planYear'>, canReadWorking: boolean): Promise<OverviewPlanView> {
    return new PlanViewReader(this.overview).load(plan, {
      parts: canReadWorking ? MEMBER_PARTS : TAB_READER_PARTS,
    });
  }

  /**
   * The whole plan view in one `$batch`: members get the working follow-ups (not the published copies), readers the
   * published ones only; activities come with `planActivities`.
   */
  planView(plan: Pick<Plan, 'id' | 'planYear'>, canReadWorking: boolean) {
    return new PlanViewReader(this.reading).load(plan, {
      parts: canReadWorking ? MEMBER_PARTS : TAB_READER_PARTS,
    });
  }

  /**
   * One initiative's part of the plan view with its activities (`initiativeSlice`), in one `$batch` filtered on
   * the initiative (indexed), so an initiative's page reads kilobytes at any size of the plan.
   */
  initiativeView(plan: Pick<Plan, 'id' | 'planYear'>, id: number, canReadWorking: boolean) {
    return new PlanViewReader(this.reading).load(plan, {
      parts: [...(canReadWorking ? MEMBER_PARTS : TAB_READER_PARTS), 'activities'],
      initiativeId: id,
    });
  }

  /**
   * The earlier years of a carried-forward initiative, newest first: per year the initiative, its follow-ups
   * (working for members, published for readers), effects and measurements. A link that no longer leads
   * anywhere (the earlier initiative deleted) ends the history there.
   */
  async earlierYears(initiative: Initiative, canReadWorking: boolean): Promise<EarlierYear[]> {
    const years: EarlierYear[] = [];
    const seen = new Set([initiative.id]);
    for (let from = initiative.carriedFromId; from != null && !seen.has(from) && years.length < 50;) {
      seen.add(from);
      const [earlier] = await this.reading.initiatives.find({ filter: `Id eq ${from}`, top: 1 });
      if (!earlier) break;
      const [plans, followUps, effects] = await Promise.all([
        this.reading.plans.find({ filter: `Id eq ${earlier.planId}`, top: 1 }),
        canReadWorking
          ? this.reading.followUps.find({ filter: `InitiativeId eq ${earlier.id}` })
          : this.reading.published.find({ filter: `InitiativeId eq ${earlier.id}` }),
        this.reading.effects.find({ filter: `InitiativeId eq ${earlier.id}` }),
      ]);
      // Readers never see a plan before KS approved it, an earlier one included.
      if (!canReadWorking && !(plans[0] && isReadable(plans[0]))) break;
      const newestFirst = [...followUps].sort(
        (a, b) => b.periodYear - a.periodYear || b.period.localeCompare(a.period),
      );
      years.push({
        planYear: plans[0]?.planYear ?? null,
        initiative: earlier,
        followUps: newestFirst,
        effects,
        measurements: await this.measurements(effects.map((e) => e.id)),
      });
      from = earlier.carriedFromId;
    }
    return years;
  }

  /** Created/Author, Modified/Editor, audit entries and approval decisions of an initiative: one request. */
  async initiativeDetails(
    initiative: Initiative,
    followUpIds: Id[],
    canReadWorking: boolean,
  ): Promise<InitiativeDetails> {
    const { site } = this.reading;
    const [batched, execute] = site.sp.batched();
    const sp = batched as SPFI;
    const stampP = site
      .list('Initiatives', sp)
      .items.getById(initiative.id)
      .select('Created', 'Modified', 'Author/Title', 'Editor/Title')
      .expand('Author', 'Editor')() as Promise<SpItem>;
    const ids = [initiative.id, ...followUpIds];
    const auditP = canReadWorking
      ? (this.reading.audit
          .items(sp)
          .filter(ids.map((id) => `ItemId eq ${id}`).join(' or '))
          .top(500)() as Promise<SpItem[]>)
      : null;
    const decisionsP =
      canReadWorking && followUpIds.length > 0
        ? (this.reading.approvalDecisions
            .items(sp)
            .filter(followUpIds.map((id) => `FollowUpId eq ${id}`).join(' or '))
            .top(500)() as Promise<SpItem[]>)
        : null;
    await spCall({ listName: 'Initiatives', itemId: initiative.id }, () => execute());
    const stamp = stampOf(await spCall({ listName: 'Initiatives', itemId: initiative.id }, () => stampP));
    const audit = auditP
      ? this.reading.audit
          .map(await spCall({ listName: 'AuditLog' }, () => auditP))
          .filter(
            (e) =>
              (e.listName === 'Initiatives' && e.itemId === initiative.id) ||
              (e.listName === 'FollowUps' && followUpIds.includes(e.itemId)),
          )
          .sort((a, b) => a.at.localeCompare(b.at))
      : [];
    const decisions = decisionsP
      ? this.reading.approvalDecisions
          .map(await spCall({ listName: 'ApprovalDecisions' }, () => decisionsP))
          .sort((a, b) => b.decidedAt.localeCompare(a.decidedAt))
      : [];
    return { stamp, audit, decisions, auditReadable: canReadWorking };
  }

  /** The site's people (owners and approvers are chosen among them), by name. */
  async siteUsers(): Promise<UserRef[]> {
    const users = (await spCall({ listName: 'SiteUsers' }, () =>
      this.reading.site.sp.web.siteUsers.select('Id', 'Title', 'Email', 'PrincipalType', 'IsHiddenInUI')(),
    )) as { Id: number; Title: string; Email?: string; PrincipalType?: number; IsHiddenInUI?: boolean }[];
    return users
      .filter((u) => (u.PrincipalType ?? 1) === 1 && !u.IsHiddenInUI)
      .map((u) => ({ id: u.Id, title: u.Title, ...(u.Email ? { email: u.Email } : {}) }))
      .sort((a, b) => a.title.localeCompare(b.title, 'sv'));
  }

  /** One initiative with its owner and approver expanded. */
  getInitiative(id: Id): Promise<Initiative> {
    return this.reading.initiatives.get(id);
  }
  updateInitiative: TabDataPort['updateInitiative'] = (id, patch, etag) =>
    this.audited(
      (repos) => repos.initiatives.update(id, patch, etag),
      () => ({ list: 'Initiatives', itemId: id }),
      { list: 'Initiatives', itemId: id },
    );
  getActivity = (id: Id) => this.reading.activities.get(id);
  updateActivity: TabDataPort['updateActivity'] = (id, patch, etag) =>
    this.audited(
      (repos) => repos.activities.update(id, patch, etag),
      () => ({ list: 'Activities', itemId: id }),
      { list: 'Activities', itemId: id },
    );
  getEffect = (id: Id) => this.reading.effects.get(id);
  addEffect: TabDataPort['addEffect'] = (input, createKey) =>
    this.audited(
      (repos) => repos.effects.add(input, createKey),
      (e) => ({ list: 'Effects', itemId: e.id }),
    );
  updateEffect: TabDataPort['updateEffect'] = (id, patch, etag) =>
    this.audited(
      (repos) => repos.effects.update(id, patch, etag),
      () => ({ list: 'Effects', itemId: id }),
      { list: 'Effects', itemId: id },
    );
  /** Deletes an effect if it is still at `etag` (else ConcurrencyError), then its measurements. */
  async deleteEffect(id: Id, etag: string): Promise<void> {
    const current = await this.reading.effects.get(id);
    if (current.etag !== etag) throw new ConcurrencyError('Effects', id);
    const measurements = await this.measurements([id]);
    await this.audited(
      (repos) => repos.effects.delete(id, etag),
      () => ({ list: 'Effects', itemId: id, deleted: true, initiativeId: current.initiativeId }),
      { list: 'Effects', itemId: id },
    );
    const repos = await this.writing();
    for (const m of measurements) await repos.measurements.delete(m.id, m.etag);
  }

  /** The measurements of the given effects, oldest first: one request (by the indexed Effect lookup). */
  async measurements(effectIds: Id[]): Promise<Measurement[]> {
    if (effectIds.length === 0) return [];
    const found = await this.reading.measurements.find({
      filter: effectIds.map((id) => `EffectId eq ${id}`).join(' or '),
    });
    return found.sort((a, b) => a.measuredAt.localeCompare(b.measuredAt));
  }

  /**
   * Records a measurement: re-reads its effect and checks the value and date against it (unit, not in the
   * future, not before the baseline) before anything is written; bad input is a ValidationError. The check
   * loads with the first measurement, while the effect is read.
   */
  async addMeasurement(input: CheckedMeasurement, createKey?: string): Promise<Measurement> {
    const [effect, { checkMeasurement }] = await Promise.all([
      this.reading.effects.get(input.effectId),
      import('@devplan/core/domain/effect'),
    ]);
    const checked = checkMeasurement(
      effect,
      { value: String(input.value), measuredAt: input.measuredAt, comment: input.comment },
      // Today as the form and the person see it: the day in Stockholm (not the UTC date, a day behind
      // between midnight and 01:00 or 02:00 there).
      stockholmDay(this.clock()),
    );
    if (!checked.ok) throw new ValidationError(checked.issues);
    return (await this.writing()).measurements.add(checked.value, createKey);
  }

  /** The effect ledger: plans, initiatives' titles, every effect and every measurement in one `$batch`. */
  async effectLedger(): Promise<EffectLedgerData> {
    const { site } = this.reading;
    const [batched, execute] = site.sp.batched();
    const sp = batched as SPFI;
    const plansP = this.reading.plans.items(sp).top(PAGE_SIZE)() as Promise<SpItem[]>;
    const initiativesP = site
      .list('Initiatives', sp)
      .items.select('Id', 'Title', 'PlanId')
      .top(PAGE_SIZE)() as Promise<SpItem[]>;
    const effectsP = this.reading.effects.items(sp).top(PAGE_SIZE)() as Promise<SpItem[]>;
    const measurementsP = this.reading.measurements.items(sp).top(PAGE_SIZE)() as Promise<SpItem[]>;
    await spCall({ listName: 'Effects' }, () => execute());
    const all = async <E>(
      promise: Promise<SpItem[]>,
      listName: string,
      map: (items: SpItem[]) => E[],
      rest: () => Promise<E[]>,
    ) => {
      const items = await spCall({ listName }, () => promise);
      return items.length < PAGE_SIZE ? map(items) : rest();
    };
    const plans = await all(
      plansP,
      'Plans',
      (i) => this.reading.plans.map(i),
      () => this.reading.plans.find(),
    );
    const initiativeRows = (items: SpItem[]) =>
      items.map((i) => ({
        id: Number(i['Id']),
        planId: Number(i['PlanId']),
        title: String(i['Title'] ?? ''),
      }));
    const initiatives = await all(initiativesP, 'Initiatives', initiativeRows, async () =>
      (await this.reading.initiatives.find()).map((i) => ({ id: i.id, planId: i.planId, title: i.title })),
    );
    const effects = await all(
      effectsP,
      'Effects',
      (i) => this.reading.effects.map(i),
      () => this.reading.effects.find(),
    );
    const measurements = await all(
      measurementsP,
      'Measurements',
      (i) => this.reading.measurements.map(i),
      () => this.reading.measurements.find(),
    );
    return { plans, initiatives, effects, measurements };
  }

  getFollowUp = (id: Id) => this.reading.followUps.get(id);
  /** Working follow-ups by id, in one `$batch` (100 reads per request); one no longer there is left out. */
  getFollowUps = async (ids: readonly Id[]): Promise<FollowUp[]> => {
    if (ids.length === 0) return [];
    const repo = this.reading.followUps;
    const [batched, execute] = this.reading.site.batched();
    const reads = ids.map((id) =>
      spCall({ listName: repo.listName, itemId: id }, () => repo.byId(id, batched as SPFI)()).then(
        (item) => repo.map([item as SpItem]),
        (error: unknown) => {
          if (error instanceof NotFoundError) return [];
          throw error;
        },
      ),
    );
    await spCall({ listName: repo.listName }, () => execute());
    return (await Promise.all(reads)).flat();
  };
  followUpDecisions = async (id: Id) =>
    (await this.reading.approvalDecisions.find({ filter: `FollowUpId eq ${id}` })).sort((a, b) =>
      b.decidedAt.localeCompare(a.decidedAt),
    );
  addFollowUp: TabDataPort['addFollowUp'] = (input, createKey) =>
    this.audited(
      (repos) => repos.followUps.add(input, createKey),
      (f) => ({ list: 'FollowUps', itemId: f.id }),
    );
  updateFollowUp: TabDataPort['updateFollowUp'] = (id, patch, etag) =>
    this.audited(
      (repos) => repos.followUps.update(id, patch, etag),
      () => ({ list: 'FollowUps', itemId: id }),
      { list: 'FollowUps', itemId: id },
    );
  /**
   * Submits (audited), then asks the app server to send the approval card at once. The submission stands
   * even when that ask fails: the server's sweep sends unsent cards, so the failure is only logged.
   */
  submitFollowUp: TabDataPort['submitFollowUp'] = async (id, etag, userId) => {
    const submitted = await this.audited(
      (repos) => repos.followUps.submit(id, etag, userId),
      () => ({ list: 'FollowUps', itemId: id }),
      { list: 'FollowUps', itemId: id },
    );
    if (this.api) {
      await this.api.requestApproval(id).catch((error: unknown) => {
        console.warn(
          `[tab] the approval card of ${id} was not sent now (the sweep sends it): ${String(error)}`,
        );
      });
    }
    return submitted;
  };
}
