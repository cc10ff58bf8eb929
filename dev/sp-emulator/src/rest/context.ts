import type { DemoUser } from '../directory/demo-users.js';
import { BadRequestError } from '../errors/sp-errors.js';
import type { PrincipalRecord } from '../model/lists.js';
import type { QueryOptions } from '../odata/query-options.js';
import type { Store } from '../storage/store.js';
import type { ResponseFormat } from './format.js';
import type { Segment } from './path.js';

/** Settings of the emulated site that handlers need. */
export interface SiteSettings {
  /** Server-relative path of the site (`/sites/utvecklingsplan`). */
  sitePath: string;
  siteTitle: string;
  /** Configured origin (`http://127.0.0.1:4321`). */
  origin: string;
  listViewThreshold: number;
}

/** The identity a request runs as. */
export interface Caller {
  user: DemoUser;
  /** The caller's entry in the site's user information list. */
  principal: PrincipalRecord;
  isApp: boolean;
}

/** One `_api` request (or one `$batch` part) after parsing. */
export interface ApiRequest {
  store: Store;
  site: SiteSettings;
  caller: Caller;
  /** Effective method: GET, POST, MERGE, PATCH, PUT or DELETE. */
  method: string;
  segments: Segment[];
  query: QueryOptions;
  /** Absolute URL of the request as the client addressed it (for odata.nextLink). */
  url: URL;
  /** `<client origin><sitePath>`. */
  siteUrl: string;
  /** `<siteUrl>/_api`. */
  apiBase: string;
  ifMatch?: string;
  /** Raw request body text ('' when none). */
  bodyText: string;
  /** The request body as bytes (file uploads). */
  bodyBytes: Uint8Array;
  format: ResponseFormat;
}

/** The JSON body of a request as an object (verbose `d` wrapper removed); `{}` when there is none. */
export function bodyObject(req: ApiRequest): Record<string, unknown> {
  if (req.bodyText.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(req.bodyText);
  } catch {
    throw new BadRequestError(
      'Invalid JSON. A token was not recognized in the JSON content.',
      '-1, Microsoft.Data.OData.ODataException',
    );
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new BadRequestError(
      'The request body must be a JSON object.',
      '-1, Microsoft.Data.OData.ODataException',
    );
  }
  return parsed as Record<string, unknown>;
}
