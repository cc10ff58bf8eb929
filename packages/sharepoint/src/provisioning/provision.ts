import type { SPFI } from '@pnp/sp/index.js';
import '@pnp/sp/fields/index.js';
import '@pnp/sp/security/index.js';
import '@pnp/sp/site-groups/web.js';
import type { IList } from '@pnp/sp/lists/index.js';
import type { IFieldInfo } from '@pnp/sp/fields/index.js';
import type { RoleTypeKind } from '@pnp/sp/security/types.js';
import {
  LISTS,
  NotFoundError,
  type FieldDef,
  type ListDef,
  type ListKey,
  type RoleLevel,
} from '@devplan/core';
import { spCall } from '../client/errors.js';
import type { PlanSite } from '../client/site.js';

/** The names of the site's three groups (SharePoint names them after the site). */
export interface SiteGroups {
  owners: string;
  members: string;
  visitors: string;
}

/** The group names of the local emulator's plan site (a real site names its groups after itself). */
export const DEFAULT_GROUPS: SiteGroups = {
  owners: 'Utvecklingsplan Owners',
  members: 'Utvecklingsplan Members',
  visitors: 'Utvecklingsplan Visitors',
};

type Role = keyof SiteGroups;

/** What provisioning did to one thing. */
export interface ProvisionStep {
  what: 'list' | 'field' | 'permissions';
  name: string;
  outcome: 'created' | 'updated' | 'unchanged';
  detail?: string;
}

/** Options of a provisioning run. */
export interface ProvisionOptions {
  /** Group names; by default the site's associated owner, member and visitor groups (whatever their names). */
  groups?: SiteGroups;
  /** Called for each step as it happens, for progress output. */
  onStep?: (step: ProvisionStep) => void;
}

/** SharePoint's role types, which (unlike role names) do not depend on the site's language. */
/** SharePoint's role type of each permission level the schema uses. */
export const ROLE_TYPE: Record<Exclude<RoleLevel, null>, RoleTypeKind> = {
  Read: 2,
  Contribute: 3,
  'Full Control': 5,
};

type FieldState = Pick<
  IFieldInfo,
  'InternalName' | 'Title' | 'Indexed' | 'Required' | 'EnforceUniqueValues' | 'TypeAsString' | 'Id'
> & { MaxLength?: number; Choices?: string[] | { results: string[] } };

/** The field properties provisioning compares. */
const FIELD_PROPS = [
  'Id',
  'InternalName',
  'Title',
  'Indexed',
  'Required',
  'EnforceUniqueValues',
  'TypeAsString',
  'MaxLength',
  'Choices',
] as const;

function choicesOf(field: FieldState): string[] {
  const c = field.Choices;
  return Array.isArray(c) ? c : (c?.results ?? []);
}

/**
 * Creates or brings up to date every list of the schema on the plan site: lists (found by URL, created
 * with English URLs and Swedish titles), fields with their types, limits, choices, lookups, indexes and
 * unique constraints, and list permissions for owners, members and visitors. Idempotent: a second run
 * reports every step `unchanged` and changes nothing. Needs an identity that may manage lists and
 * permissions (the app, or a site owner).
 */
export async function provision(site: PlanSite, options: ProvisionOptions = {}): Promise<ProvisionStep[]> {
  const steps: ProvisionStep[] = [];
  const record = (step: ProvisionStep) => {
    steps.push(step);
    options.onStep?.(step);
  };
  const groupIds = await resolveGroups(site.sp, options.groups);
  const listIds = new Map<ListKey, string>();
  for (const def of LISTS) {
    const list = await ensureList(site, def, record);
    listIds.set(def.key, list.id);
    await ensureFields(list.handle, def, listIds, record);
    await ensurePermissions(site.sp, list.handle, def, groupIds, record);
  }
  return steps;
}

/** The ids of the owners', members' and visitors' groups: by name when given, else the site's associated groups. */
export async function resolveGroups(sp: SPFI, names?: SiteGroups): Promise<Record<Role, number>> {
  const ctx = { listName: 'SiteGroups' };
  const id = async (role: Role) => {
    const group = names
      ? sp.web.siteGroups.getByName(names[role])
      : role === 'owners'
        ? sp.web.associatedOwnerGroup
        : role === 'members'
          ? sp.web.associatedMemberGroup
          : sp.web.associatedVisitorGroup;
    return ((await spCall(ctx, () => group.select('Id')())) as { Id: number }).Id;
  };
  return { owners: await id('owners'), members: await id('members'), visitors: await id('visitors') };
}

async function ensureList(
  site: PlanSite,
  def: ListDef,
  record: (s: ProvisionStep) => void,
): Promise<{ id: string; handle: IList }> {
  const handle = site.list(def.key);
  const read = () =>
    handle.select('Id', 'Title', 'Description')() as Promise<{
      Id: string;
      Title: string;
      Description: string;
    }>;
  let info: { Id: string; Title: string; Description: string };
  try {
    info = await spCall({ listName: def.key }, read);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    await spCall({ listName: def.key }, () =>
      site.sp.web.lists.add(def.url, def.description, def.template ?? 100, false),
    );
    await spCall({ listName: def.key }, () =>
      handle.update({ Title: def.title, Description: def.description }),
    );
    record({ what: 'list', name: def.key, outcome: 'created', detail: def.title });
    return { id: (await read()).Id, handle };
  }
  if (info.Title !== def.title || info.Description !== def.description) {
    await spCall({ listName: def.key }, () =>
      handle.update({ Title: def.title, Description: def.description }),
    );
    record({ what: 'list', name: def.key, outcome: 'updated', detail: def.title });
  } else {
    record({ what: 'list', name: def.key, outcome: 'unchanged' });
  }
  return { id: info.Id, handle };
}

async function createField(list: IList, field: FieldDef, listIds: Map<ListKey, string>): Promise<void> {
  const common = { Required: false };
  switch (field.kind) {
    case 'Text':
      await list.fields.addText(field.name, { ...common, MaxLength: field.maxLength ?? 255 });
      return;
    case 'Note':
      await list.fields.addMultilineText(field.name, {
        ...common,
        NumberOfLines: 6,
        RichText: false,
        AppendOnly: false,
      });
      return;
    case 'Number':
      await list.fields.addNumber(field.name, {
        ...common,
        ...(field.min !== undefined ? { MinimumValue: field.min } : {}),
        ...(field.max !== undefined ? { MaximumValue: field.max } : {}),
      });
      return;
    case 'Currency':
      await list.fields.addCurrency(field.name, { ...common, CurrencyLocaleId: 1053 });
      return;
    case 'DateTime':
      await list.fields.addDateTime(field.name, { ...common, DisplayFormat: field.dateOnly ? 0 : 1 });
      return;
    case 'Boolean':
      await list.fields.addBoolean(field.name, common);
      return;
    case 'Choice':
      await list.fields.addChoice(field.name, {
        ...common,
        Choices: [...(field.choices ?? [])],
        FillInChoice: false,
      });
      return;
    case 'MultiChoice':
      await list.fields.addMultiChoice(field.name, {
        ...common,
        Choices: [...(field.choices ?? [])],
        FillInChoice: false,
      });
      return;
    case 'Lookup': {
      const target = field.lookupList ? listIds.get(field.lookupList) : undefined;
      if (!target)
        throw new Error(`Lookup ${field.name} points at ${field.lookupList}, which is not provisioned yet.`);
      await list.fields.addLookup(field.name, { LookupListId: target, LookupFieldName: 'Title' });
      return;
    }
    case 'User':
      await list.fields.addUser(field.name, { ...common, SelectionMode: 0 });
      return;
  }
}

function desiredProps(field: FieldDef): Record<string, unknown> {
  return {
    Title: field.title,
    Required: field.required ?? false,
    Indexed: field.indexed ?? false,
    EnforceUniqueValues: field.unique ?? false,
  };
}

function differences(field: FieldDef, state: FieldState): Record<string, unknown> {
  const wanted = desiredProps(field);
  const diff: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(wanted)) {
    if ((state as unknown as Record<string, unknown>)[key] !== value) diff[key] = value;
  }
  if (field.kind === 'Text' && field.maxLength !== undefined && state.MaxLength !== field.maxLength) {
    diff['MaxLength'] = field.maxLength;
  }
  if (field.choices && choicesOf(state).join('|') !== field.choices.join('|')) {
    diff['Choices'] = { results: [...field.choices] };
  }
  return diff;
}

const FIELD_TYPE: Record<FieldDef['kind'], string> = {
  Text: 'SP.FieldText',
  Note: 'SP.FieldMultiLineText',
  Number: 'SP.FieldNumber',
  Currency: 'SP.FieldCurrency',
  DateTime: 'SP.FieldDateTime',
  Boolean: 'SP.Field',
  Choice: 'SP.FieldChoice',
  MultiChoice: 'SP.FieldMultiChoice',
  Lookup: 'SP.FieldLookup',
  User: 'SP.FieldUser',
};

async function ensureFields(
  list: IList,
  def: ListDef,
  listIds: Map<ListKey, string>,
  record: (s: ProvisionStep) => void,
): Promise<void> {
  const existing = (await spCall({ listName: def.key }, () =>
    list.fields.select(...FIELD_PROPS)(),
  )) as FieldState[];
  const byName = new Map(existing.map((f) => [f.InternalName, f]));

  const title = byName.get('Title');
  if (title && title.Title !== def.titleField) {
    await spCall({ listName: def.key }, () =>
      list.fields.getByInternalNameOrTitle('Title').update({ Title: def.titleField }),
    );
    record({ what: 'field', name: `${def.key}.Title`, outcome: 'updated', detail: def.titleField });
  }

  for (const field of def.fields) {
    const name = `${def.key}.${field.name}`;
    let state = byName.get(field.name);
    let created = false;
    if (!state) {
      await spCall({ listName: def.key }, () => createField(list, field, listIds));
      state = (await spCall({ listName: def.key }, () =>
        list.fields.getByInternalNameOrTitle(field.name).select(...FIELD_PROPS)(),
      )) as FieldState;
      created = true;
    }
    const diff = differences(field, state);
    if (Object.keys(diff).length > 0) {
      await spCall({ listName: def.key }, () =>
        list.fields.getByInternalNameOrTitle(field.name).update(diff, FIELD_TYPE[field.kind]),
      );
    }
    record({
      what: 'field',
      name,
      outcome: created ? 'created' : Object.keys(diff).length ? 'updated' : 'unchanged',
      ...(Object.keys(diff).length && !created ? { detail: Object.keys(diff).join(', ') } : {}),
    });
  }
}

interface Assignment {
  PrincipalId: number;
  RoleDefinitionBindings:
    { Id: number; RoleTypeKind: number }[] | { results: { Id: number; RoleTypeKind: number }[] };
}

async function ensurePermissions(
  sp: SPFI,
  list: IList,
  def: ListDef,
  groupIds: Record<Role, number>,
  record: (s: ProvisionStep) => void,
): Promise<void> {
  const ctx = { listName: def.key };
  const wanted = new Map<number, RoleTypeKind>();
  for (const role of ['owners', 'members', 'visitors'] as const) {
    const level = def.permissions[role];
    if (level) wanted.set(groupIds[role], ROLE_TYPE[level]);
  }
  const info = (await spCall(ctx, () => list.select('HasUniqueRoleAssignments')())) as {
    HasUniqueRoleAssignments: boolean;
  };
  const current = new Map<number, RoleTypeKind>();
  if (info.HasUniqueRoleAssignments) {
    const assignments = (await spCall(ctx, () =>
      list.roleAssignments
        .expand('RoleDefinitionBindings')
        .select('PrincipalId', 'RoleDefinitionBindings/Id', 'RoleDefinitionBindings/RoleTypeKind')(),
    )) as Assignment[];
    for (const a of assignments) {
      const bindings = Array.isArray(a.RoleDefinitionBindings)
        ? a.RoleDefinitionBindings
        : a.RoleDefinitionBindings.results;
      for (const b of bindings) current.set(a.PrincipalId, b.RoleTypeKind as RoleTypeKind);
    }
  }
  const same =
    info.HasUniqueRoleAssignments &&
    current.size === wanted.size &&
    [...wanted].every(([p, r]) => current.get(p) === r);
  if (same) {
    record({ what: 'permissions', name: def.key, outcome: 'unchanged' });
    return;
  }
  if (!info.HasUniqueRoleAssignments) await spCall(ctx, () => list.breakRoleInheritance(false, true));
  const roleIds = new Map<RoleTypeKind, number>();
  for (const type of new Set(wanted.values())) {
    const role = (await spCall(ctx, () => sp.web.roleDefinitions.getByType(type).select('Id')())) as {
      Id: number;
    };
    roleIds.set(type, role.Id);
  }
  for (const [principal, type] of current) {
    if (wanted.get(principal) !== type) {
      const role = (await spCall(ctx, () => sp.web.roleDefinitions.getByType(type).select('Id')())) as {
        Id: number;
      };
      await spCall(ctx, () => list.roleAssignments.remove(principal, role.Id));
    }
  }
  for (const [principal, type] of wanted) {
    if (current.get(principal) !== type)
      await spCall(ctx, () => list.roleAssignments.add(principal, roleIds.get(type)!));
  }
  record({
    what: 'permissions',
    name: def.key,
    outcome: info.HasUniqueRoleAssignments ? 'updated' : 'created',
    detail: (['owners', 'members', 'visitors'] as const)
      .map((r) => `${r}: ${def.permissions[r] ?? '–'}`)
      .join(', '),
  });
}
