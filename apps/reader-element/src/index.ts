/**
 * `utvecklingsplan-reader.js`: the one ES module a page loads to get `<utvecklingsplan-reader>`, the intranet
 * reader of the development plan as a standard web component (see `element.ts` and `docs/deploy.md`,
 * "Utvecklingsplanen på Omnia"). Loading it defines the element once; in the pop-up Entra ID sends back to
 * the page after a sign-in, it hands the answer to the page that asked instead.
 */
import { READER_ELEMENT_TAG } from './attributes.js';
import { answerSignIn, isSignInAnswer } from './auth/redirect.js';
import { UtvecklingsplanReaderElement } from './element.js';

export { UtvecklingsplanReaderElement, READER_ELEMENT_VERSION } from './element.js';
export type { InitiativeOpenDetail } from './element.js';
export { READER_ELEMENT_TAG, INITIATIVE_OPEN_EVENT } from './attributes.js';

const framedOrPopup = window.opener !== null || window.parent !== window;
if (isSignInAnswer(window.location, framedOrPopup)) {
  answerSignIn().catch((error: unknown) => {
    // Nothing on this page can show it: the pop-up closes or the silent frame times out, and the page that
    // asked shows its own failure. Leave a trace for whoever looks at the console.
    console.error('utvecklingsplan-reader: the sign-in answer could not be handed on', error);
  });
} else if (!customElements.get(READER_ELEMENT_TAG)) {
  customElements.define(READER_ELEMENT_TAG, UtvecklingsplanReaderElement);
}
