import { BadRequestError } from '../errors/sp-errors.js';

/** A parsed `$skiptoken` (`Paged=TRUE&p_ID=100`, optionally `PagedPrev=TRUE` and `p_<Field>=<value>`). */
export interface SkipToken {
  /** Id of the last item of the previous page (or the first of the next, when paging backwards). */
  id: number;
  /** True for `PagedPrev=TRUE` (the page before the given item). */
  previous: boolean;
  /** Sort values of the given item, by field name, as written in the token. */
  values: Record<string, string>;
}

/** Parses a `$skiptoken` value; returns undefined for an empty one; throws 400 for an invalid one. */
export function parseSkipToken(
  raw: string,
  extra: URLSearchParams = new URLSearchParams(),
): SkipToken | undefined {
  if (raw.trim() === '') return undefined;
  const params = new URLSearchParams(raw);
  // A client that did not encode the token leaves `p_ID` and friends as separate query parameters.
  for (const [k, v] of extra) {
    if ((/^p_/i.test(k) || /^PagedPrev$/i.test(k)) && !params.has(k)) params.set(k, v);
  }
  let id: number | undefined;
  let previous = false;
  let paged = false;
  const values: Record<string, string> = {};
  for (const [key, value] of params) {
    if (/^Paged$/i.test(key)) paged = /^true$/i.test(value);
    else if (/^PagedPrev$/i.test(key)) previous = /^true$/i.test(value);
    else if (/^p_ID$/i.test(key)) id = Number(value);
    else if (/^p_/i.test(key)) values[key.slice(2)] = value;
  }
  if (!paged || id === undefined || !Number.isInteger(id) || id < 0) {
    throw new BadRequestError(
      `The $skiptoken '${raw}' is not valid. The emulator expects 'Paged=TRUE&p_ID=<id>' (as SharePoint's odata.nextLink gives).`,
    );
  }
  return { id, previous, values };
}

/** Writes a `$skiptoken` value for the page after the item `id` (with its sort values). */
export function formatSkipToken(id: number, values: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  params.set('Paged', 'TRUE');
  for (const [k, v] of Object.entries(values)) params.set(`p_${k}`, v);
  params.set('p_ID', String(id));
  return params.toString();
}
