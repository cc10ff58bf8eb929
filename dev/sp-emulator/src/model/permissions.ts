/** SharePoint base permissions, role definitions and their masks. */

/** SharePoint's PermissionKind values (bit position + 1), the ones the emulator checks. */
export const PermissionKind = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ManageLists: 12,
  Open: 17,
  CreateGroups: 25,
  ManagePermissions: 26,
  BrowseUserInfo: 28,
  ManageWeb: 31,
  EditMyUserInfo: 41,
  EnumeratePermissions: 63,
} as const;

/** One of the permission kinds the emulator enforces. */
export type PermissionKindValue = (typeof PermissionKind)[keyof typeof PermissionKind];

/** A 64-bit permission mask (High << 32 | Low). */
export type PermissionMask = bigint;

/** Builds a mask from SharePoint's High/Low pair. */
export function maskFrom(high: number, low: number): PermissionMask {
  return (BigInt(high >>> 0) << 32n) | BigInt(low >>> 0);
}

/** SharePoint's `{High, Low}` pair of a mask, as strings (the REST payload form). */
export function maskToHighLow(mask: PermissionMask): { High: string; Low: string } {
  return { High: String(Number(mask >> 32n)), Low: String(Number(mask & 0xffffffffn)) };
}

/** True when the mask grants the permission kind. */
export function maskHas(mask: PermissionMask, kind: PermissionKindValue): boolean {
  return (mask & (1n << BigInt(kind - 1))) !== 0n;
}

/** Every permission. */
export const FULL_MASK: PermissionMask = maskFrom(2147483647, 4294967295);

/** A role definition (permission level). */
export interface RoleDefinition {
  id: number;
  name: string;
  description: string;
  roleTypeKind: number;
  order: number;
  mask: PermissionMask;
}

/** The permission levels of a SharePoint Online team site, with SharePoint's ids and masks. */
export const ROLE_DEFINITIONS: readonly RoleDefinition[] = [
  {
    id: 1073741829,
    name: 'Full Control',
    description: 'Has full control.',
    roleTypeKind: 5,
    order: 1,
    mask: FULL_MASK,
  },
  {
    id: 1073741828,
    name: 'Design',
    description: 'Can view, add, update, delete, approve, and customize.',
    roleTypeKind: 4,
    order: 32,
    mask: maskFrom(432, 1012866047),
  },
  {
    id: 1073741830,
    name: 'Edit',
    description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.',
    roleTypeKind: 6,
    order: 48,
    mask: maskFrom(432, 1011030767),
  },
  {
    id: 1073741827,
    name: 'Contribute',
    description: 'Can view, add, update, and delete list items and documents.',
    roleTypeKind: 3,
    order: 64,
    mask: maskFrom(432, 1011028719),
  },
  {
    id: 1073741826,
    name: 'Read',
    description: 'Can view pages and list items and download documents.',
    roleTypeKind: 2,
    order: 128,
    mask: maskFrom(176, 138612833),
  },
];

/** Role definition ids by name, for seeding. */
export const ROLE = {
  FullControl: 1073741829,
  Design: 1073741828,
  Edit: 1073741830,
  Contribute: 1073741827,
  Read: 1073741826,
} as const;

/** Finds a role definition by id. */
export function roleDefinitionById(id: number): RoleDefinition | undefined {
  return ROLE_DEFINITIONS.find((r) => r.id === id);
}
