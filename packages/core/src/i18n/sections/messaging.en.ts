import type { messagingSv } from './messaging.sv.js';

/** English texts of the app in conversations: link previews and the search message extension. */
export const messagingEn: Record<keyof typeof messagingSv, string> = {
  'messaging.card.kind.initiative': 'Initiative',
  'messaging.card.kind.followUp': 'Follow-up of an initiative',
  'messaging.card.area': 'Focus area',
  'messaging.card.status': 'Status',
  'messaging.card.progress': 'Progress',
  'messaging.card.progressNone': 'Not reported',
  'messaging.card.latestApproved': 'Latest approved follow-up',
  'messaging.card.latestApprovedValue': '{status} – {period} (approved {date})',
  'messaging.card.noneApproved': 'No approved follow-up yet',
  'messaging.card.owner': 'Owner',
  'messaging.card.noOwner': 'None named',
  'messaging.card.working': 'Work in progress (shown only to staff who edit the plan)',
  'messaging.card.workingValue': '{period}: {state} – {status}, {progress} done',
  'messaging.card.noWorking': 'No follow-up started for the period.',
  'messaging.card.draftPlan':
    'The plan is not yet approved by the executive board and is not on the intranet; only staff see this initiative.',
  'messaging.card.summaryOf': 'Summary, {period}',
  'messaging.card.noSummary': 'No approved follow-up to show yet.',
  'messaging.card.shortened': 'The text is shortened on the card. Read the whole follow-up in the tab.',
  'messaging.card.open': 'Open in the Development plan',
  'messaging.card.fallback': 'Initiative: {title} ({area})',
  'messaging.card.notVisible':
    'This card shows an initiative you are not allowed to see, or that no longer exists.',

  'messaging.inbox.heading': 'Compose box: links and Search initiative',
  'messaging.inbox.input': 'Link or search words',
  'messaging.inbox.preview': 'Preview the link',
  'messaging.inbox.search': 'Search initiative',
  'messaging.inbox.send': 'Send in my chat',
  'messaging.inbox.noCard': 'No preview: the link does not lead to an initiative you may see.',

  'messaging.search.noPlan': 'There is no plan to search yet.',
  'messaging.search.none': 'No initiatives in {plan} match “{query}”. Search by title, focus area or owner.',
  'messaging.search.empty': '{plan} has no initiatives yet.',
  'messaging.search.unknownUser':
    'Your account could not be linked to the plan’s site, so no search was made.',
  'messaging.search.noAccess': 'You are not allowed to read the development plan.',
  'messaging.search.unknownCommand': 'The app does not know the command “{command}”.',
  'messaging.search.failed': 'The search failed ({message}). Try again in a moment.',
  'messaging.search.previewSubtitle': '{area} · {status}',
  'messaging.search.previewOwner': 'Owner: {owner}',
};
