// Kept apart from `msal.ts`: the element's entry checks for a sign-in answer on every page load, while MSAL
// itself is loaded only when the element signs in with it.

/**
 * True when this page was loaded as the answer of a sign-in pop-up or silent frame: Entra ID sent it back with
 * `code` (or `error`) and `state` in the fragment or the query, and the page is a pop-up or a frame.
 */
export function isSignInAnswer(location: { hash: string; search: string }, framedOrPopup: boolean): boolean {
  if (!framedOrPopup) return false;
  const params = new URLSearchParams(location.hash.replace(/^#/, '') || location.search.replace(/^\?/, ''));
  return params.has('state') && (params.has('code') || params.has('error'));
}

/**
 * In the pop-up (or silent frame) that Entra ID sent back to the host page: hands the answer to the page that
 * asked, with MSAL's redirect bridge, instead of showing the reader.
 */
export async function answerSignIn(): Promise<void> {
  const { broadcastResponseToMainFrame } = await import('@azure/msal-browser/redirect-bridge');
  await broadcastResponseToMainFrame();
}
