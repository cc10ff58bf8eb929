/** The shape of REST payloads before they are written in one of SharePoint's JSON formats. */

/** An entity (list, item, field, user …) with the metadata JSON light and verbose need. */
export class EntityValue {
  constructor(
    /** `SP.List`, `SP.Data.PlansListItem`, … */
    readonly typeName: string,
    /** Absolute URI of the entity. */
    readonly uri: string,
    /** Path relative to `_api/` (`Web/Lists(guid'…')`). */
    readonly editLink: string,
    readonly props: Record<string, ODataValue>,
    readonly etag?: string,
    /** Properties SharePoint returns only when `$select` names them (e.g. HasUniqueRoleAssignments). */
    readonly onDemand: Record<string, ODataValue> = {},
  ) {}

  /** A copy with other properties. */
  withProps(props: Record<string, ODataValue>): EntityValue {
    return new EntityValue(this.typeName, this.uri, this.editLink, props, this.etag, {});
  }
}

/** A complex value (SP.FieldUrlValue, SP.BasePermissions, SP.UserIdInfo, …). */
export class ComplexValue {
  constructor(
    readonly typeName: string,
    readonly props: Record<string, ODataValue>,
  ) {}
}

/** A multi-value property (`Collection(Edm.String)`) or an expanded to-many navigation. */
export class CollectionValue {
  constructor(
    readonly edmType: string | undefined,
    readonly items: ODataValue[],
  ) {}
}

/** A navigation property that was not expanded (verbose `__deferred`). */
export class DeferredValue {
  constructor(readonly uri: string) {}
}

/** Any value of a property. */
export type ODataValue =
  null | string | number | boolean | EntityValue | ComplexValue | CollectionValue | DeferredValue;

/** A collection response. */
export interface SetPayload {
  kind: 'set';
  /** Fragment of `odata.metadata` (`SP.ApiData.Lists`). */
  metadataType: string;
  items: EntityValue[];
  /** Absolute URL of the next page. */
  nextLink?: string;
}

/** A single-entity response. */
export interface EntityPayload {
  kind: 'entity';
  metadataType: string;
  entity: EntityValue;
}

/** A function or property result that is not an entity (null, a number, SP.BasePermissions, …). */
export interface PlainPayload {
  kind: 'plain';
  metadataType: string;
  /** Name of the result in verbose JSON (`{d:{<name>: …}}`). */
  verboseName: string;
  value: ODataValue;
}

/** What a handler answers. */
export type Payload = SetPayload | EntityPayload | PlainPayload;

/** A handler's result: status, payload (absent for 204/empty 200) and extra headers. */
export interface HandlerResult {
  status: number;
  payload?: Payload;
  headers?: Record<string, string>;
  /** A binary body (a file's content) instead of a JSON payload. */
  raw?: { contentType: string; bytes: Uint8Array };
}

/** Shorthand: a 200 with a payload. */
export function ok(payload: Payload, headers?: Record<string, string>): HandlerResult {
  return headers ? { status: 200, payload, headers } : { status: 200, payload };
}

/** Shorthand: a 200 answering `odata.null` (what SharePoint answers for void functions). */
export function okNull(verboseName: string): HandlerResult {
  return { status: 200, payload: { kind: 'plain', metadataType: 'Edm.Null', verboseName, value: null } };
}
