import type { readerSharedSv } from './reader-shared.sv.js';

/** English texts the reader shares with the tab's first view; part of `readerEn`. */
export const readerSharedEn: Record<keyof typeof readerSharedSv, string> = {
  'reader.plan.caseNumber': 'Case number {caseNumber}',
  'reader.plan.budget': 'Requested budget {amount} MSEK',
  'reader.plan.decision': '{body} {date} {paragraph}',
  'list.more.shown':
    'Showing {shown} of {total, plural, one {# initiative} other {# initiatives}} in {group}.',
  'list.more.button': 'Show {count} more',
  'list.more.loading': 'Loading the rest …',
  'list.print.partial':
    'This printout shows only the start of the plan: the rest had not been loaded when you printed. Print again once the whole plan is shown.',
};
