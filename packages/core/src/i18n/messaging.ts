import { messagingEn } from './sections/messaging.en.js';
import { messagingSv } from './sections/messaging.sv.js';
import { sideTable } from './side-table.js';

/** A key of the texts of link previews, the search message extension and the inbox's compose box. */
export type MessagingKey = keyof typeof messagingSv;

/** A text of a link preview or a search answer in Teams (a side table: not in the tab's or web part's bundle). */
export const messagingText = sideTable<MessagingKey>({ sv: messagingSv, en: messagingEn });
