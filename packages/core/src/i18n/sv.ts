import { approvalsSv } from './sections/approvals.sv.js';
import { dashboardSv } from './sections/dashboard.sv.js';
import { effectsSv } from './sections/effects.sv.js';
import { exampleDataSv } from './sections/example-data.sv.js';
import { loadingSv } from './sections/loading.sv.js';
import { peopleSv } from './sections/people.sv.js';
import { readerSv } from './sections/reader.sv.js';
import { reportsSv } from './sections/reports.sv.js';
import { plansSv } from './sections/plans.sv.js';
import { planDocumentSv } from './sections/plan-document.sv.js';
import { principlesSv } from './sections/principles.sv.js';
import { tabSv } from './sections/tab.sv.js';

/**
 * Swedish texts (the default language). Keys are stable ids; `{name}` marks a parameter, and
 * `{count, plural, one {# insats} other {# insatser}}` a text that follows a count (see `StringParams`).
 * The English table must have exactly the same keys (checked by the type of `en`).
 * Each surface keeps its texts in its own section file under `sections/`.
 */
export const sv = {
  ...approvalsSv,
  ...dashboardSv,
  ...effectsSv,
  ...exampleDataSv,
  ...loadingSv,
  ...peopleSv,
  ...readerSv,
  ...reportsSv,
  ...plansSv,
  ...planDocumentSv,
  ...principlesSv,
  ...tabSv,
  'app.name': 'Utvecklingsplan för kommungemensam IT och digitalisering',
  'app.shortName': 'Utvecklingsplanen',

  'error.concurrency': 'Någon annan har sparat ändringar först. Ladda om och försök igen.',
  'error.forbidden': 'Du har inte behörighet att göra detta.',
  'error.notFound': '{what} {id} finns inte.',
  'error.validation': 'Uppgifterna är inte giltiga. Rätta de markerade fälten.',
  'error.sharepoint': 'SharePoint svarade med ett fel ({status}): {message}',
  'error.network': 'Det gick inte att nå SharePoint. Kontrollera anslutningen och försök igen.',
  'error.periodClosed':
    '{period} {year} är stängd och rapporten till nämnden är fryst: uppföljningar för perioden kan inte ändras, skickas in eller beslutas. Inget har ändrats.',
  'error.duplicateFollowUp': 'Det finns redan en uppföljning för {period} {year} av den här insatsen.',
  'error.planYearTaken': 'Det finns redan en plan för {year}.',

  'validation.required': 'Fältet måste fyllas i.',
  'validation.tooLong': 'Högst {max} tecken.',
  'validation.tooShort': 'Minst {min} tecken.',
  'validation.tooLarge': 'Får vara högst {max}.',
  'validation.tooSmall': 'Får vara minst {min}.',
  'validation.notInteger': 'Ange ett heltal.',
  'validation.unknownUser': 'Välj en person som finns på planens webbplats.',
  'validation.notNumber': 'Ange ett tal.',
  'validation.invalidDate': 'Ange ett datum som ÅÅÅÅ-MM-DD.',
  'validation.invalidDateTime': 'Ange en tidpunkt i ISO-format.',
  'validation.invalidChoice': 'Välj ett av de tillåtna värdena.',
  'validation.invalidType': 'Fel typ av värde.',
  'validation.unknownField': 'Okänt fält.',
  'validation.startAfterEnd': 'Startdatum måste vara samma som eller före slutdatum.',
  'validation.baselineDateAfterTarget': 'Datum för nollmätning måste vara före måldatum.',
  'validation.invalidCaseNumber': 'Diarienumret ska se ut som STK-2025-1042.',
  'validation.invalidParagraph': 'Paragrafen ska se ut som § 64.',
  'validation.invalidPeriod': 'Okänd period.',
  'validation.invalid': 'Ogiltigt värde.',

  'lifecycle.submit.fromSubmitted': 'Uppföljningen är redan inskickad och väntar på beslut.',
  'lifecycle.submit.fromApproved': 'Uppföljningen är godkänd och kan inte skickas in igen.',
  'lifecycle.approve.notSubmitted': 'Bara en inskickad uppföljning kan godkännas (den är {state}).',
  'lifecycle.sendBack.notSubmitted': 'Bara en inskickad uppföljning kan återremitteras (den är {state}).',
  'lifecycle.sendBack.commentRequired': 'Skriv en kommentar om varför uppföljningen skickas tillbaka.',
  'lifecycle.edit.submitted': 'Uppföljningen väntar på beslut och kan inte ändras nu.',
  'lifecycle.edit.approved': 'Uppföljningen är godkänd och låst.',
  'lifecycle.delete.notDraft': 'Bara ett utkast kan tas bort.',

  'followUpState.draft': 'Utkast',
  'followUpState.submitted': 'Inskickad',
  'followUpState.approved': 'Godkänd',
  'followUpState.sentBack': 'Återremitterad',

  'followUpStatus.onTrack': 'Enligt plan',
  'followUpStatus.atRisk': 'Risk för avvikelse',
  'followUpStatus.offTrack': 'Avviker',
  'followUpStatus.done': 'Klar',

  'initiativeStatus.planned': 'Planerad',
  'initiativeStatus.ongoing': 'Pågår',
  'initiativeStatus.paused': 'Pausad',
  'initiativeStatus.done': 'Genomförd',
  'initiativeStatus.cancelled': 'Avbruten',

  'activityStatus.notStarted': 'Ej påbörjad',
  'activityStatus.ongoing': 'Pågår',
  'activityStatus.done': 'Klar',
  'activityStatus.cancelled': 'Struken',

  'planStatus.draft': 'Utkast',
  'planStatus.adopted': 'Fastställd av servicenämnden',
  'planStatus.prepared': 'Beredd av KSAU',
  'planStatus.approved': 'Godkänd av kommunstyrelsen',
  'planStatus.closed': 'Avslutad',

  'decisionOutcome.approved': 'Godkänd',
  'decisionOutcome.sentBack': 'Återremitterad',

  'effectKind.qualitative': 'Kvalitativ',
  'effectKind.financial': 'Ekonomisk',
  'effectDirection.benefit': 'Nytta',
  'effectDirection.cost': 'Kostnad',

  'period.T1': 'Tertial 1',
  'period.T2': 'Tertial 2',
  'period.FY': 'Helår',

  'readiness.title': 'Beslutsberedskap',
  'readiness.score': '{score} % av kriterierna uppfyllda',
  'readiness.criterion.measurableGoal': 'Mätbart mål',
  'readiness.criterion.timeline': 'Tidplan',
  'readiness.criterion.investmentNeed': 'Investeringsbehov',
  'readiness.criterion.criticalFactors': 'Kritiska faktorer',
  'readiness.criterion.owner': 'Ansvarig',
  'readiness.criterion.approver': 'Godkännare',
  'readiness.criterion.currentStatus': 'Aktuell status',
  'readiness.missing.measurableGoal':
    'Saknar mätbart mål: minst en effekt med indikator, nollmätning (baslinje) och målvärde.',
  'readiness.missing.timeline': 'Saknar tidplan: både start- och slutdatum behövs.',
  'readiness.missing.investmentNeed': 'Investeringsbehovet är inte angivet.',
  'readiness.missing.criticalFactors': 'Kritiska faktorer är inte beskrivna.',
  'readiness.missing.owner': 'Ingen ansvarig är utsedd.',
  'readiness.missing.approver': 'Ingen godkännare är utsedd.',
  'readiness.missing.currentStatus': 'Ingen inskickad eller godkänd uppföljning för {period} {year}.',

  'list.Plans': 'Utvecklingsplaner',
  'list.Decisions': 'Beslut',
  'list.FocusAreas': 'Fokusområden',
  'list.Initiatives': 'Insatser',
  'list.Activities': 'Aktiviteter',
  'list.FollowUps': 'Uppföljningar',
  'list.ApprovalDecisions': 'Godkännandebeslut',
  'list.PublishedFollowUps': 'Publicerade uppföljningar',
  'list.Effects': 'Effekter',
  'list.Measurements': 'Mätningar',
  'list.AuditLog': 'Händelselogg',

  'entity.plan': 'Planen',
  'entity.decision': 'Beslutet',
  'entity.focusArea': 'Fokusområdet',
  'entity.initiative': 'Insatsen',
  'entity.activity': 'Aktiviteten',
  'entity.followUp': 'Uppföljningen',
  'entity.effect': 'Effekten',
  'entity.measurement': 'Mätningen',

  'server.notFound': 'Sidan finns inte.',
  'server.upstreamError': 'SharePoint svarade inte som väntat.',

  'webpart.loading': 'Hämtar planen …',
  'webpart.empty': 'Det finns ingen antagen plan på den här webbplatsen ännu.',
  'webpart.failed': 'Planen kunde inte hämtas: {message}',
  'webpart.paneDescription': 'Inställningar för webbdelen Utvecklingsplan',
  'webpart.paneGroup': 'Allmänt',
  'webpart.titleLabel': 'Rubrik',
} as const;

/** A key of the string tables. */
export type StringKey = keyof typeof sv;
