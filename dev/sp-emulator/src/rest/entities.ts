import { loginNameOf, TENANT_ID, type DemoUser } from '../directory/demo-users.js';
import { fieldODataType, FIELD_TYPE_KIND, typeAsString, type FieldDef } from '../model/fields.js';
import { isLibrary, type ListRecord, type PrincipalRecord } from '../model/lists.js';
import { maskToHighLow, type PermissionMask, type RoleDefinition } from '../model/permissions.js';
import { listItemEntityTypeFullName } from '../model/names.js';
import type { Store } from '../storage/store.js';
import { CollectionValue, ComplexValue, DeferredValue, EntityValue, type ODataValue } from './values.js';

/** Where entities live: the API base and the site path. */
export interface EntityContext {
  apiBase: string;
  siteUrl: string;
  sitePath: string;
  siteTitle: string;
  store: Store;
  /** Lower-cased `$expand` names that apply to the entity being built. */
  expand: ReadonlySet<string>;
}

/** Server-relative URL of a list's root folder (`<site>/Lists/<url>`, a library's `<site>/<url>`). */
export function listServerRelativeUrl(sitePath: string, list: ListRecord): string {
  return isLibrary(list) ? `${sitePath}/${list.urlName}` : `${sitePath}/Lists/${list.urlName}`;
}

/** `Web/Lists(guid'…')`. */
export function listEditLink(list: ListRecord): string {
  return `Web/Lists(guid'${list.id}')`;
}

/** Settable web properties and their defaults (MERGE web stores changes in the meta table as JSON). */
export const WEB_SETTINGS: Readonly<Record<string, string | boolean | null>> = {
  Description: '',
  AlternateCssUrl: '',
  CustomMasterUrl: '/_catalogs/masterpage/seattle.master',
  MasterUrl: '/_catalogs/masterpage/seattle.master',
  SiteLogoUrl: null,
  CommentsOnSitePagesDisabled: false,
  ExcludeFromOfflineClient: false,
  FooterEnabled: false,
  HorizontalQuickLaunch: false,
  MegaMenuEnabled: false,
  MembersCanShare: true,
  NavAudienceTargetingEnabled: false,
  QuickLaunchEnabled: true,
  TreeViewEnabled: false,
};

/** Web properties changed by MERGE web (Title, Description, …). */
export function storedWebProps(store: Store): Record<string, string | boolean | null> {
  const raw = store.meta.get('web_props');
  return raw ? (JSON.parse(raw) as Record<string, string | boolean | null>) : {};
}

/** The web (site) entity; a root web, so `ParentWeb` expands to null. */
export function webEntity(ctx: EntityContext): EntityValue {
  const created = ctx.store.meta.get('created') ?? '';
  const stored = storedWebProps(ctx.store);
  const sub = { ...ctx, expand: new Set<string>() };
  return new EntityValue(
    'SP.Web',
    `${ctx.apiBase}/Web`,
    'Web',
    {
      AllowRssFeeds: true,
      Configuration: 0,
      Created: created,
      Id: ctx.store.meta.get('web_id') ?? '',
      IsMultilingual: false,
      Language: 1053,
      LastItemModifiedDate: created,
      NoCrawl: false,
      ServerRelativePath: new ComplexValue('SP.ResourcePath', { DecodedUrl: ctx.sitePath }),
      ServerRelativeUrl: ctx.sitePath,
      Title: ctx.siteTitle,
      Url: ctx.siteUrl,
      WebTemplate: 'GROUP',
      ...WEB_SETTINGS,
      ...stored,
      Lists: new DeferredValue(`${ctx.apiBase}/Web/Lists`),
      SiteUsers: new DeferredValue(`${ctx.apiBase}/Web/SiteUsers`),
      SiteGroups: new DeferredValue(`${ctx.apiBase}/Web/SiteGroups`),
      Fields: new DeferredValue(`${ctx.apiBase}/Web/Fields`),
      ParentWeb: ctx.expand.has('parentweb') ? null : new DeferredValue(`${ctx.apiBase}/Web/ParentWeb`),
      RootFolder: ctx.expand.has('rootfolder')
        ? webFolderEntity(sub, '')
        : new DeferredValue(`${ctx.apiBase}/Web/RootFolder`),
    },
    undefined,
    { HasUniqueRoleAssignments: true },
  );
}

/**
 * A folder of the web itself (no list behind it): the web's root folder (`''`) or the `Lists` folder that holds
 * the root folders of custom lists.
 */
export function webFolderEntity(ctx: EntityContext, path: '' | 'Lists'): EntityValue {
  const url = path === '' ? ctx.sitePath : `${ctx.sitePath}/Lists`;
  const link = path === '' ? 'Web/RootFolder' : `Web/GetFolderByServerRelativePath(decodedurl='${url}')`;
  const created = ctx.store.meta.get('created') ?? '';
  const webId = ctx.store.meta.get('web_id') ?? '';
  return new EntityValue('SP.Folder', `${ctx.apiBase}/${link}`, link, {
    Exists: true,
    IsWOPIEnabled: false,
    ItemCount: 0,
    Name: path,
    ProgID: null,
    ServerRelativePath: new ComplexValue('SP.ResourcePath', { DecodedUrl: url }),
    ServerRelativeUrl: url,
    TimeCreated: created,
    TimeLastModified: created,
    // stable per web: the root folder carries the web's id, `Lists` a fixed variant of it
    UniqueId: path === '' ? webId : `${webId.slice(0, 24)}00000000115a`,
    WelcomePage: path === '' ? 'SitePages/Home.aspx' : '',
    Files: new DeferredValue(`${ctx.apiBase}/${link}/Files`),
    Folders: new DeferredValue(`${ctx.apiBase}/${link}/Folders`),
    ParentFolder: new DeferredValue(`${ctx.apiBase}/${link}/ParentFolder`),
  });
}

/** A list's root folder entity. */
export function folderEntity(ctx: EntityContext, list: ListRecord): EntityValue {
  const url = listServerRelativeUrl(ctx.sitePath, list);
  const link = `${listEditLink(list)}/RootFolder`;
  return new EntityValue('SP.Folder', `${ctx.apiBase}/${link}`, link, {
    Exists: true,
    IsWOPIEnabled: false,
    ItemCount: isLibrary(list) ? ctx.store.documents.countChildren(list.id, '') : list.itemCount,
    Name: list.urlName,
    ProgID: null,
    ServerRelativePath: new ComplexValue('SP.ResourcePath', { DecodedUrl: url }),
    ServerRelativeUrl: url,
    TimeCreated: list.created,
    TimeLastModified: list.lastItemModified,
    UniqueId: String(list.props.RootFolderUniqueId ?? list.id),
    WelcomePage: '',
    Files: new DeferredValue(`${ctx.apiBase}/${link}/Files`),
    Folders: new DeferredValue(`${ctx.apiBase}/${link}/Folders`),
    ParentFolder: new DeferredValue(`${ctx.apiBase}/${link}/ParentFolder`),
  });
}

/** A list entity (SP.List). */
export function listEntity(ctx: EntityContext, list: ListRecord): EntityValue {
  const link = listEditLink(list);
  const p = list.props;
  const flag = (name: string, fallback: boolean): boolean =>
    typeof p[name] === 'boolean' ? (p[name] as boolean) : fallback;
  const props: Record<string, ODataValue> = {
    AllowContentTypes: flag('AllowContentTypes', true),
    BaseTemplate: list.baseTemplate,
    BaseType: isLibrary(list) ? 1 : 0,
    ContentTypesEnabled: flag('ContentTypesEnabled', false),
    Created: list.created,
    Description: list.description,
    Direction: 'none',
    DocumentTemplateUrl: isLibrary(list)
      ? `${listServerRelativeUrl(ctx.sitePath, list)}/Forms/template.dotx`
      : null,
    DraftVersionVisibility: 0,
    EnableAttachments: flag('EnableAttachments', true),
    EnableFolderCreation: flag('EnableFolderCreation', false),
    EnableMinorVersions: false,
    EnableModeration: false,
    EnableVersioning: flag('EnableVersioning', true),
    EntityTypeName: list.entityTypeName,
    ForceCheckout: false,
    HasExternalDataSource: false,
    Hidden: list.hidden,
    Id: list.id,
    ImageUrl: isLibrary(list)
      ? '/_layouts/15/images/itdl.png?rev=47'
      : '/_layouts/15/images/itgen.png?rev=47',
    IsApplicationList: false,
    IsCatalog: false,
    IsPrivate: false,
    ItemCount: list.itemCount,
    LastItemDeletedDate: list.lastItemDeleted,
    LastItemModifiedDate: list.lastItemModified,
    LastItemUserModifiedDate: list.lastItemModified,
    ListItemEntityTypeFullName: listItemEntityTypeFullName(list.entityTypeName),
    MajorVersionLimit: typeof p.MajorVersionLimit === 'number' ? p.MajorVersionLimit : 50,
    NoCrawl: flag('NoCrawl', false),
    OnQuickLaunch: flag('OnQuickLaunch', false),
    ParentWebUrl: ctx.sitePath,
    ServerTemplateCanCreateFolders: true,
    TemplateFeatureId: isLibrary(list)
      ? '00bfea71-e717-4e80-aa17-d0c71b360101'
      : '00bfea71-de22-43b2-a848-c05709900100',
    Title: list.title,
    RootFolder: ctx.expand.has('rootfolder')
      ? folderEntity(ctx, list)
      : new DeferredValue(`${ctx.apiBase}/${link}/RootFolder`),
    ParentWeb: ctx.expand.has('parentweb')
      ? webEntity({ ...ctx, expand: new Set() })
      : new DeferredValue(`${ctx.apiBase}/${link}/ParentWeb`),
    Fields: new DeferredValue(`${ctx.apiBase}/${link}/Fields`),
    Items: new DeferredValue(`${ctx.apiBase}/${link}/Items`),
    RoleAssignments: new DeferredValue(`${ctx.apiBase}/${link}/RoleAssignments`),
  };
  return new EntityValue('SP.List', `${ctx.apiBase}/${link}`, link, props, `"${list.version}"`, {
    HasUniqueRoleAssignments: list.hasUniqueRoleAssignments,
  });
}

function schemaXml(field: FieldDef): string {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const attrs = [
    `Type="${typeAsString(field)}"`,
    `DisplayName="${esc(field.title)}"`,
    `Required="${field.required ? 'TRUE' : 'FALSE'}"`,
    `EnforceUniqueValues="${field.enforceUniqueValues ? 'TRUE' : 'FALSE'}"`,
    `Indexed="${field.indexed ? 'TRUE' : 'FALSE'}"`,
    `ID="{${field.id}}"`,
    `StaticName="${field.staticName}"`,
    `Name="${field.internalName}"`,
  ];
  if (field.maxLength !== undefined) attrs.push(`MaxLength="${field.maxLength}"`);
  if (field.lookupListId)
    attrs.push(`List="{${field.lookupListId}}"`, `ShowField="${field.lookupField ?? 'Title'}"`);
  if (field.multi) attrs.push('Mult="TRUE"');
  const choices = field.choices
    ? `<CHOICES>${field.choices.map((c) => `<CHOICE>${esc(c)}</CHOICE>`).join('')}</CHOICES>`
    : '';
  return choices ? `<Field ${attrs.join(' ')}>${choices}</Field>` : `<Field ${attrs.join(' ')} />`;
}

/** A field entity (SP.FieldText, SP.FieldLookup, …) of a list, or a site column (no list). */
export function fieldEntity(ctx: EntityContext, list: ListRecord | undefined, field: FieldDef): EntityValue {
  const link = `${list ? listEditLink(list) : 'Web'}/Fields(guid'${field.id}')`;
  const props: Record<string, ODataValue> = {
    AutoIndexed: false,
    CanBeDeleted: !field.builtIn,
    ClientSideComponentId: '00000000-0000-0000-0000-000000000000',
    DefaultFormula: null,
    DefaultValue: field.defaultValue,
    Description: field.description,
    Direction: 'none',
    EnforceUniqueValues: field.enforceUniqueValues,
    EntityPropertyName: field.entityPropertyName,
    Filterable: !['Note', 'URL', 'Location'].includes(field.kind),
    FromBaseType: field.builtIn,
    Group: field.group,
    Hidden: field.hidden,
    Id: field.id,
    Indexed: field.indexed || field.internalName === 'ID',
    InternalName: field.internalName,
    JSLink: 'clienttemplates.js',
    ReadOnlyField: field.readOnly,
    Required: field.required,
    SchemaXml: schemaXml(field),
    Scope: list ? listServerRelativeUrl(ctx.sitePath, list) : ctx.sitePath,
    Sealed: field.builtIn && field.internalName !== 'Title',
    Sortable: !['Note', 'MultiChoice', 'URL', 'Location'].includes(field.kind) && !field.multi,
    StaticName: field.staticName,
    Title: field.title,
    FieldTypeKind: field.spType?.typeKind ?? FIELD_TYPE_KIND[field.kind],
    TypeAsString: typeAsString(field),
    TypeDisplayName: typeAsString(field),
    TypeShortDescription: typeAsString(field),
    ValidationFormula: null,
    ValidationMessage: null,
  };
  switch (field.kind) {
    case 'Text':
      if (!field.spType) props.MaxLength = field.maxLength ?? 255;
      break;
    case 'Choice':
    case 'MultiChoice':
      props.Choices = new CollectionValue('Collection(Edm.String)', field.choices ?? []);
      props.EditFormat = 0;
      props.FillInChoice = field.fillInChoice ?? false;
      props.Mappings = null;
      break;
    case 'Number':
    case 'Currency':
      props.MinimumValue = field.minimumValue ?? -1.7976931348623157e308;
      props.MaximumValue = field.maximumValue ?? 1.7976931348623157e308;
      break;
    case 'Lookup':
    case 'User':
      props.AllowMultipleValues = field.multi;
      props.LookupField = field.kind === 'User' ? 'ImnName' : (field.lookupField ?? 'Title');
      props.LookupList =
        field.kind === 'User'
          ? `{${ctx.store.meta.get('user_info_list_id') ?? ''}}`
          : `{${field.lookupListId ?? ''}}`;
      props.LookupWebId = ctx.store.meta.get('web_id') ?? '';
      props.PrimaryFieldId = null;
      props.RelationshipDeleteBehavior = 0;
      break;
    default:
      break;
  }
  for (const [k, v] of Object.entries(field.extra)) {
    if (!(k in props)) props[k] = v as ODataValue;
  }
  return new EntityValue(fieldODataType(field), `${ctx.apiBase}/${link}`, link, props);
}

/** Encodes an object id as SharePoint's hexadecimal NameId (a PUID-like value). */
function nameIdOf(principal: PrincipalRecord): string {
  return (principal.directoryOid ?? String(principal.id)).replace(/-/g, '').slice(0, 16);
}

/** A site user entity (SP.User). */
export function userEntity(ctx: EntityContext, p: PrincipalRecord): EntityValue {
  if (p.kind === 'group') return groupEntity(ctx, p);
  const link = `Web/GetUserById(${p.id})`;
  const app = p.loginName.toLowerCase().startsWith('i:0i.t|');
  return new EntityValue('SP.User', `${ctx.apiBase}/${link}`, link, {
    Id: p.id,
    IsHiddenInUI: p.isHiddenInUI,
    LoginName: p.loginName,
    Title: p.title,
    PrincipalType: p.principalType,
    Email: p.email,
    Expiration: '',
    IsEmailAuthenticationGuestUser: false,
    IsShareByEmailGuestUser: false,
    IsSiteAdmin: p.isSiteAdmin,
    UserId: new ComplexValue('SP.UserIdInfo', {
      NameId: app ? (p.loginName.split('|').pop() ?? '') : nameIdOf(p),
      NameIdIssuer: app ? 'urn:office:idp:activedirectory' : 'urn:federation:microsoftonline',
    }),
    UserPrincipalName: app ? null : p.upn,
    Groups: new DeferredValue(`${ctx.apiBase}/${link}/Groups`),
  });
}

/** A site group entity (SP.Group). */
export function groupEntity(ctx: EntityContext, g: PrincipalRecord): EntityValue {
  const link = `Web/SiteGroups/GetById(${g.id})`;
  const owner = g.ownerId !== null ? ctx.store.principals.byId(g.ownerId) : undefined;
  return new EntityValue('SP.Group', `${ctx.apiBase}/${link}`, link, {
    Id: g.id,
    IsHiddenInUI: g.isHiddenInUI,
    LoginName: g.loginName,
    Title: g.title,
    PrincipalType: g.principalType,
    AllowMembersEditMembership: false,
    AllowRequestToJoinLeave: false,
    AutoAcceptRequestToJoinLeave: false,
    Description: g.description,
    OnlyAllowMembersViewMembership: false,
    OwnerTitle: owner?.title ?? '',
    RequestToJoinLeaveEmailSetting: '',
    Users: ctx.expand.has('users')
      ? new CollectionValue(
          undefined,
          ctx.store.principals.members(g.id).map((u) => userEntity({ ...ctx, expand: new Set() }, u)),
        )
      : new DeferredValue(`${ctx.apiBase}/${link}/Users`),
  });
}

/** A role definition entity (SP.RoleDefinition). */
export function roleDefinitionEntity(ctx: EntityContext, def: RoleDefinition): EntityValue {
  const link = `Web/RoleDefinitions(${def.id})`;
  return new EntityValue('SP.RoleDefinition', `${ctx.apiBase}/${link}`, link, {
    BasePermissions: basePermissionsValue(def.mask),
    Description: def.description,
    Hidden: false,
    Id: def.id,
    Name: def.name,
    Order: def.order,
    RoleTypeKind: def.roleTypeKind,
  });
}

/** An SP.BasePermissions value (High/Low as strings, as SharePoint writes them). */
export function basePermissionsValue(mask: PermissionMask): ComplexValue {
  return new ComplexValue('SP.BasePermissions', maskToHighLow(mask));
}

/** A role assignment entity (SP.RoleAssignment): a principal and its role definition bindings. */
export function roleAssignmentEntity(
  ctx: EntityContext,
  scopeLink: string,
  principal: PrincipalRecord,
  defs: readonly RoleDefinition[],
): EntityValue {
  const link = `${scopeLink}/RoleAssignments/GetByPrincipalId(${principal.id})`;
  const inner = { ...ctx, expand: new Set<string>() };
  return new EntityValue('SP.RoleAssignment', `${ctx.apiBase}/${link}`, link, {
    PrincipalId: principal.id,
    Member: ctx.expand.has('member')
      ? principal.kind === 'group'
        ? groupEntity(inner, principal)
        : userEntity(inner, principal)
      : new DeferredValue(`${ctx.apiBase}/${link}/Member`),
    RoleDefinitionBindings: ctx.expand.has('roledefinitionbindings')
      ? new CollectionValue(
          undefined,
          defs.map((d) => roleDefinitionEntity(inner, d)),
        )
      : new DeferredValue(`${ctx.apiBase}/${link}/RoleDefinitionBindings`),
  });
}

/** The claims login name of a directory identity (re-exported for handlers). */
export function claimsOf(user: DemoUser): string {
  return loginNameOf(user);
}

/** The tenant id (re-exported for handlers). */
export const TENANT = TENANT_ID;
