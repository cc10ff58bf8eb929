import { SPQueryable, type SPFI } from '@pnp/sp/index.js';
import '@pnp/sp/batching.js';
import '@pnp/sp/webs/index.js';
import '@pnp/sp/site-users/web.js';
import '@pnp/sp/items/index.js';
import { type Id, type Initiative, type Plan, type UserRef } from '@devplan/shared';
import {
  createRepositories,
  MEMBER_PARTS,
  PlanViewReader,
  READER_PARTS,
  spCall,
  type PlanSite,
  type Repositories,
  type SpItem,
} from '@devplan/shared/sp';
import type { InitiativeDetails, ItemStamp, TabDataPort, TabSession } from '@devplan/shared/views/tab';

/** SharePoint's `EditListItems` permission (kind 3 of `SP.PermissionKind`). */
const EDIT_LIST_ITEMS = 3;

/** True when a `{High, Low}` base-permission mask grants permission `kind` (SharePoint's bit rule). */
export function hasPermission(
  mask: { High?: number | string; Low?: number | string } | undefined,
  kind: number,
): boolean {
  if (!mask) return false;
  const low = Number(mask.Low ?? 0);
  const high = Number(mask.High ?? 0);
  return kind <= 32 ? (low & (1 << (kind - 1))) !== 0 : (high & (1 << (kind - 33))) !== 0;
}

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

/**
 * The tab's data layer over one PnPjs instance (the host builds it with the signed-in user's bearer token):
 * the session and the plan view in one `$batch` each, the initiative page's extras in one more, and writes
 * through the repositories, which validate, guard with the ETag and name every failure.
 */
export class SpTabData implements TabDataPort {
  private readonly repos: Repositories;

  constructor(site: PlanSite) {
    this.repos = createRepositories(site);
  }

  /** The signed-in person, whether they may edit (EditListItems on Initiatives), and the plans: one request. */
  async session(): Promise<TabSession> {
    const { site } = this.repos;
    const [batched, execute] = site.sp.batched();
    const sp = batched as SPFI;
    const userP = sp.web.currentUser.select('Id', 'Title', 'Email')();
    const permsP = SPQueryable(site.list('Initiatives', sp), 'EffectiveBasePermissions')<{
      High: number;
      Low: number;
    }>();
    const plansP = this.repos.plans.items(sp).orderBy('PlanYear', false).top(100)() as Promise<SpItem[]>;
    await spCall({ listName: 'Plans' }, () => execute());
    const user = (await spCall({ listName: 'SiteUsers' }, () => userP)) as {
      Id: number;
      Title: string;
      Email?: string;
    };
    const perms = await spCall({ listName: 'Initiatives' }, () => permsP);
    const plans = this.repos.plans.map(await spCall({ listName: 'Plans' }, () => plansP));
    const canEdit = hasPermission(perms, EDIT_LIST_ITEMS);
    return {
      user: { id: user.Id, title: user.Title, ...(user.Email ? { email: user.Email } : {}) },
      canEdit,
      // Working follow-ups are readable by exactly those who may edit plan content (members).
      canReadWorking: canEdit,
      plans,
    };
  }

  /** The whole plan view in one `$batch`; readers get the published follow-ups only. */
  planView(plan: Pick<Plan, 'id' | 'planYear'>, canReadWorking: boolean) {
    return new PlanViewReader(this.repos).load(plan, { parts: canReadWorking ? MEMBER_PARTS : READER_PARTS });
  }

  /** Created/Author, Modified/Editor, audit entries and approval decisions of an initiative: one request. */
  async initiativeDetails(
    initiative: Initiative,
    followUpIds: Id[],
    canReadWorking: boolean,
  ): Promise<InitiativeDetails> {
    const { site } = this.repos;
    const [batched, execute] = site.sp.batched();
    const sp = batched as SPFI;
    const stampP = site
      .list('Initiatives', sp)
      .items.getById(initiative.id)
      .select('Created', 'Modified', 'Author/Title', 'Editor/Title')
      .expand('Author', 'Editor')() as Promise<SpItem>;
    const ids = [initiative.id, ...followUpIds];
    const auditP = canReadWorking
      ? (this.repos.audit
          .items(sp)
          .filter(ids.map((id) => `ItemId eq ${id}`).join(' or '))
          .top(500)() as Promise<SpItem[]>)
      : null;
    const decisionsP =
      canReadWorking && followUpIds.length > 0
        ? (this.repos.approvalDecisions
            .items(sp)
            .filter(followUpIds.map((id) => `FollowUpId eq ${id}`).join(' or '))
            .top(500)() as Promise<SpItem[]>)
        : null;
    await spCall({ listName: 'Initiatives', itemId: initiative.id }, () => execute());
    const stamp = stampOf(await spCall({ listName: 'Initiatives', itemId: initiative.id }, () => stampP));
    const audit = auditP
      ? this.repos.audit
          .map(await spCall({ listName: 'AuditLog' }, () => auditP))
          .filter(
            (e) =>
              (e.listName === 'Initiatives' && e.itemId === initiative.id) ||
              (e.listName === 'FollowUps' && followUpIds.includes(e.itemId)),
          )
          .sort((a, b) => a.at.localeCompare(b.at))
      : [];
    const decisions = decisionsP
      ? this.repos.approvalDecisions
          .map(await spCall({ listName: 'ApprovalDecisions' }, () => decisionsP))
          .sort((a, b) => b.decidedAt.localeCompare(a.decidedAt))
      : [];
    return { stamp, audit, decisions, auditReadable: canReadWorking };
  }

  /** The site's people (owners and approvers are chosen among them), by name. */
  async siteUsers(): Promise<UserRef[]> {
    const users = (await spCall({ listName: 'SiteUsers' }, () =>
      this.repos.site.sp.web.siteUsers.select('Id', 'Title', 'Email', 'PrincipalType', 'IsHiddenInUI')(),
    )) as { Id: number; Title: string; Email?: string; PrincipalType?: number; IsHiddenInUI?: boolean }[];
    return users
      .filter((u) => (u.PrincipalType ?? 1) === 1 && !u.IsHiddenInUI)
      .map((u) => ({ id: u.Id, title: u.Title, ...(u.Email ? { email: u.Email } : {}) }))
      .sort((a, b) => a.title.localeCompare(b.title, 'sv'));
  }

  /** One initiative with its owner and approver expanded. */
  getInitiative(id: Id): Promise<Initiative> {
    return this.repos.initiatives.get(id);
  }
  updateInitiative: TabDataPort['updateInitiative'] = (id, patch, etag) =>
    this.repos.initiatives.update(id, patch, etag);
  getActivity = (id: Id) => this.repos.activities.get(id);
  updateActivity: TabDataPort['updateActivity'] = (id, patch, etag) =>
    this.repos.activities.update(id, patch, etag);
  getEffect = (id: Id) => this.repos.effects.get(id);
  addEffect: TabDataPort['addEffect'] = (input) => this.repos.effects.add(input);
  updateEffect: TabDataPort['updateEffect'] = (id, patch, etag) => this.repos.effects.update(id, patch, etag);
  getFollowUp = (id: Id) => this.repos.followUps.get(id);
  addFollowUp: TabDataPort['addFollowUp'] = (input) => this.repos.followUps.add(input);
  updateFollowUp: TabDataPort['updateFollowUp'] = (id, patch, etag) =>
    this.repos.followUps.update(id, patch, etag);
  submitFollowUp: TabDataPort['submitFollowUp'] = (id, etag, userId) =>
    this.repos.followUps.submit(id, etag, userId);
}
