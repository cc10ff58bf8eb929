/**
 * Swedish texts of the app in conversations: link previews (unfurling) and the search message extension
 * "Sök insats" (keys prefixed `messaging.`).
 */
export const messagingSv = {
  'messaging.card.kind.initiative': 'Insats',
  'messaging.card.kind.followUp': 'Uppföljning av insats',
  'messaging.card.area': 'Fokusområde',
  'messaging.card.status': 'Status',
  'messaging.card.progress': 'Genomfört',
  'messaging.card.progressNone': 'Inte rapporterat',
  'messaging.card.latestApproved': 'Senast godkänd uppföljning',
  'messaging.card.latestApprovedValue': '{status} – {period} (godkänd {date})',
  'messaging.card.noneApproved': 'Ingen godkänd uppföljning ännu',
  'messaging.card.owner': 'Ansvarig',
  'messaging.card.noOwner': 'Ingen utsedd',
  'messaging.card.working': 'Arbetsläge (syns bara för medarbetare som redigerar planen)',
  'messaging.card.workingValue': '{period}: {state} – {status}, {progress} genomfört',
  'messaging.card.noWorking': 'Ingen uppföljning påbörjad för perioden.',
  'messaging.card.draftPlan':
    'Planen är inte godkänd av kommunstyrelsen ännu och syns inte på intranätet; bara medarbetare ser den här insatsen.',
  'messaging.card.summaryOf': 'Sammanfattning, {period}',
  'messaging.card.noSummary': 'Ingen godkänd uppföljning att visa ännu.',
  'messaging.card.shortened': 'Texten är förkortad på kortet. Läs hela uppföljningen i fliken.',
  'messaging.card.open': 'Öppna i Utvecklingsplanen',
  'messaging.card.fallback': 'Insats: {title} ({area})',
  'messaging.card.notVisible':
    'Det här kortet visar en insats som du inte har behörighet att se, eller som inte längre finns.',

  'messaging.inbox.heading': 'Skrivrutan: länkar och Sök insats',
  'messaging.inbox.input': 'Länk eller sökord',
  'messaging.inbox.preview': 'Förhandsvisa länken',
  'messaging.inbox.search': 'Sök insats',
  'messaging.inbox.send': 'Skicka i min chatt',
  'messaging.inbox.noCard': 'Ingen förhandsvisning: länken leder inte till en insats som du får se.',

  'messaging.search.noPlan': 'Det finns ingen plan att söka i ännu.',
  'messaging.search.none':
    'Inga insatser i {plan} matchar ”{query}”. Sök på titel, fokusområde eller ansvarig.',
  'messaging.search.empty': '{plan} har inga insatser ännu.',
  'messaging.search.unknownUser':
    'Vi kunde inte koppla ditt konto till planens webbplats, så ingen sökning gjordes.',
  'messaging.search.noAccess': 'Du har inte behörighet att läsa utvecklingsplanen.',
  'messaging.search.unknownCommand': 'Appen känner inte till kommandot ”{command}”.',
  'messaging.search.failed': 'Sökningen misslyckades ({message}). Försök igen om en stund.',
  'messaging.search.previewSubtitle': '{area} · {status}',
  'messaging.search.previewOwner': 'Ansvarig: {owner}',
} as const;
