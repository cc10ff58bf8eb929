/** Numeric item id, as SharePoint gives it. */
export type Id = number;

/** The languages the product speaks; Swedish first. */
export type Locale = 'sv' | 'en';

/** The default language of every surface. */
export const DEFAULT_LOCALE: Locale = 'sv';

/** A text in both product languages. */
export interface Localized {
  sv: string;
  en: string;
}

/** A person as the lists know them (a SharePoint site user). */
export interface UserRef {
  id: Id;
  title: string;
  email?: string;
}

/** Every stored entity carries its id and the ETag of the version it was read at. */
export interface Stored {
  id: Id;
  /** ETag of the version read; sent back as If-Match on update so no write is lost. */
  etag: string;
  created?: string;
  modified?: string;
}

/**
 * A new idempotency key for one create: written in the list's unique `CreateKey` column, so the same create
 * sent twice (a retry after a lost answer, a form submitted again) is stored once.
 */
export function newCreateKey(): string {
  // Web Crypto, in browsers and in Node alike (the core is compiled without the DOM's or Node's types).
  const { crypto } = globalThis as unknown as { crypto: { randomUUID(): string } };
  return crypto.randomUUID();
}

/** What a create gives for a stored entity: everything but what SharePoint assigns (id, ETag, times). */
export type NewEntity<E extends Stored> = Omit<E, keyof Stored>;

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** An ISO timestamp, `YYYY-MM-DDTHH:mm:ss.sssZ`. */
export type IsoDateTime = string;
