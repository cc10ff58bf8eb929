import { DecisionRefusedError, type Id } from '@devplan/core';
import { spCall, type PlanSite } from '@devplan/sharepoint';
import '@pnp/sp/site-users/web.js';

/** A person as the directory (Entra ID) knows them. */
export interface DirectoryUser {
  /** Entra object id. */
  oid: string;
  upn: string;
  displayName: string;
}

/**
 * The directory the app asks who an Entra object id is (and the reverse). In production this is Microsoft
 * Graph (`/users/{id}`); locally it is the emulator's demo users.
 */
export interface Directory {
  byObjectId(oid: string): Promise<DirectoryUser | null>;
  byUpn(upn: string): Promise<DirectoryUser | null>;
}

/** A directory over a fixed list of people (the local demo users, tests). */
export function staticDirectory(users: readonly DirectoryUser[]): Directory {
  return {
    byObjectId: (oid) =>
      Promise.resolve(users.find((u) => u.oid.toLowerCase() === oid.toLowerCase()) ?? null),
    byUpn: (upn) => Promise.resolve(users.find((u) => u.upn.toLowerCase() === upn.toLowerCase()) ?? null),
  };
}

/** Who acted, resolved from the identity Teams or the sign-in token gave: never from card data. */
export interface Actor {
  /** Site user id on the plan site. */
  siteUserId: Id;
  aadObjectId: string;
  upn: string;
  displayName: string;
}

const CLAIMS_PREFIX = 'i:0#.f|membership|';

/**
 * Maps Entra object ids to site users of the plan site (through `web/ensureuser`, as the app) and back.
 * Results are cached for the life of the process: object ids and site user ids never change.
 */
export class SiteUserResolver {
  private readonly byOid = new Map<string, Promise<Actor>>();
  private readonly oidBySiteUser = new Map<Id, Promise<string | null>>();

  constructor(
    private readonly site: PlanSite,
    private readonly directory: Directory,
  ) {}

  /** The site user behind an Entra object id; refuses (`unknownUser`) when the directory does not know it. */
  actorFor(oid: string): Promise<Actor> {
    const key = oid.toLowerCase();
    let found = this.byOid.get(key);
    if (!found) {
      found = this.resolve(oid);
      this.byOid.set(key, found);
      found.catch(() => this.byOid.delete(key));
    }
    return found;
  }

  /** The actor behind a validated token's claims (`oid`, and `upn` when the directory lacks the user). */
  async actorForClaims(claims: {
    oid?: unknown;
    upn?: unknown;
    preferred_username?: unknown;
    name?: unknown;
  }): Promise<Actor> {
    if (typeof claims.oid !== 'string') throw new DecisionRefusedError('unknownUser', undefined, 403);
    const known = await this.directory.byObjectId(claims.oid);
    if (known) return this.actorFor(claims.oid);
    const upn = typeof claims.upn === 'string' ? claims.upn : claims.preferred_username;
    if (typeof upn !== 'string') throw new DecisionRefusedError('unknownUser', undefined, 403);
    return this.ensure({
      oid: claims.oid,
      upn,
      displayName: typeof claims.name === 'string' ? claims.name : upn,
    });
  }

  /** The Entra object id of a site user (to find their 1:1 chat), or null. */
  objectIdOf(siteUserId: Id): Promise<string | null> {
    let found = this.oidBySiteUser.get(siteUserId);
    if (!found) {
      found = this.lookupObjectId(siteUserId);
      this.oidBySiteUser.set(siteUserId, found);
      found.catch(() => this.oidBySiteUser.delete(siteUserId));
    }
    return found;
  }

  private async resolve(oid: string): Promise<Actor> {
    const person = await this.directory.byObjectId(oid);
    if (!person) throw new DecisionRefusedError('unknownUser', undefined, 403);
    return this.ensure(person);
  }

  private async ensure(person: DirectoryUser): Promise<Actor> {
    const user = (await spCall({ listName: 'siteUsers' }, () =>
      this.site.sp.web.ensureUser(`${CLAIMS_PREFIX}${person.upn}`),
    )) as unknown as { Id?: number; data?: { Id: number } };
    const siteUserId = user.Id ?? user.data?.Id;
    if (typeof siteUserId !== 'number') throw new DecisionRefusedError('unknownUser', undefined, 403);
    this.oidBySiteUser.set(siteUserId, Promise.resolve(person.oid));
    return { siteUserId, aadObjectId: person.oid, upn: person.upn, displayName: person.displayName };
  }

  private async lookupObjectId(siteUserId: Id): Promise<string | null> {
    const user = (await spCall({ listName: 'siteUsers', itemId: siteUserId }, () =>
      this.site.sp.web.siteUsers.getById(siteUserId).select('LoginName', 'Email', 'UserPrincipalName')(),
    )) as { LoginName?: string; Email?: string; UserPrincipalName?: string };
    const upn = user.UserPrincipalName || user.Email || (user.LoginName ?? '').replace(CLAIMS_PREFIX, '');
    if (!upn) return null;
    return (await this.directory.byUpn(upn))?.oid ?? null;
  }
}
