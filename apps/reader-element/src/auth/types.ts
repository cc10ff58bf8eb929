import type { TokenProvider } from '@devplan/sharepoint/reader';

/**
 * A way to sign the reader in: first without interaction (a cached account, silent SSO), then, when that is not
 * enough, after the person clicks sign-in. Both give the token provider the element's PnPjs instance uses.
 */
export interface ReaderAuth {
  /** Signs in without interaction; null when the person must click sign-in. */
  silent(): Promise<TokenProvider | null>;
  /** Signs in after a click (a pop-up in production). */
  interactive(): Promise<TokenProvider>;
}
