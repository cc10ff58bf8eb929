import { ACTIVITY_STATUSES, INITIATIVE_STATUSES } from '../domain/initiative/initiative.js';
import {
  APPROVAL_CARD_KINDS,
  CONVERSATION_TYPES,
  DECISION_OUTCOMES,
  INSTALL_STATES,
} from '../domain/approval/approval.js';
import { AUDIT_SOURCES } from '../domain/audit/audit.js';
import { EFFECT_DIRECTIONS, EFFECT_KINDS } from '../domain/effect/effect.js';
import { FOLLOW_UP_STATES, FOLLOW_UP_STATUSES } from '../domain/follow-up/follow-up.js';
import { DECISION_STEPS, PLAN_STATUSES } from '../domain/plan/plan.js';
import { CLOSURE_STATES, REPORT_KINDS } from '../domain/period-close/period-close.js';
import { PRINCIPLE_LEVELS, ROUND_STATES } from '../domain/principles/principles.js';
import { sv } from '../i18n/sv.js';
import type { BuiltInFieldDef, FieldDef, ListDef, ListKey, ListPermissions } from './types.js';

/** Content lists: members edit, everyone reads. */
const CONTENT: ListPermissions = { owners: 'Full Control', members: 'Contribute', visitors: 'Read' };
/** Working lists: members edit, readers never see them. */
const WORKING: ListPermissions = { owners: 'Full Control', members: 'Contribute', visitors: null };
/** Written only by the app's own identity; members read. */
const APP_ONLY: ListPermissions = { owners: 'Read', members: 'Read', visitors: null };
/** Written only by the app; everyone reads. */
const APP_PUBLISHED: ListPermissions = { owners: 'Read', members: 'Read', visitors: 'Read' };
/** Written and read only by the app (bot plumbing: conversation references, sent cards); owners may read. */
const APP_PRIVATE: ListPermissions = { owners: 'Read', members: null, visitors: null };

// Shared fields and the lists below are `as const` (checked with `satisfies`), so that their internal names and
// kinds are literal types: `FieldNameOf<'FollowUps'>` (./fields.ts) is computed from them, and the SharePoint
// mappings are checked against them when the code compiles.
const planLookup = {
  name: 'Plan',
  title: 'Plan',
  kind: 'Lookup',
  lookupList: 'Plans',
  required: true,
  indexed: true,
} as const satisfies FieldDef;
const initiativeLookup = {
  name: 'Initiative',
  title: 'Insats',
  kind: 'Lookup',
  lookupList: 'Initiatives',
  required: true,
  indexed: true,
} as const satisfies FieldDef;
/**
 * The idempotency key of a create: every item the product creates carries a new random key, so a retried
 * POST whose first answer was lost meets SharePoint's unique index and finds the first write instead of
 * making a second. Not required: items from before the column existed have none (SharePoint ignores empty
 * values in a unique column).
 */
const createKey = {
  name: 'CreateKey',
  title: 'Skapandenyckel',
  kind: 'Text',
  maxLength: 64,
  indexed: true,
  unique: true,
} as const satisfies FieldDef;
const sortOrder = { name: 'SortOrder', title: 'Ordning', kind: 'Number', min: 0 } as const satisfies FieldDef;
/** The id of the same item in the previous year's plan, when a new plan carried it forward (history across years). */
const carriedFrom = {
  name: 'CarriedFrom',
  title: 'Fortsätter från (id)',
  kind: 'Number',
  min: 1,
  indexed: true,
} as const satisfies FieldDef;

const followUpContent = [
  { name: 'PeriodYear', title: 'År', kind: 'Number', required: true, indexed: true },
  { name: 'Period', title: 'Period', kind: 'Text', maxLength: 20, required: true },
  { name: 'PlanPeriod', title: 'Plan och period', kind: 'Text', maxLength: 50, indexed: true },
  { name: 'FollowUpStatus', title: 'Status', kind: 'Choice', choices: FOLLOW_UP_STATUSES, required: true },
  { name: 'Progress', title: 'Genomfört (%)', kind: 'Number', min: 0, max: 100, required: true },
  { name: 'Summary', title: 'Sammanfattning', kind: 'Note' },
  { name: 'Risks', title: 'Risker', kind: 'Note' },
  { name: 'NextSteps', title: 'Nästa steg', kind: 'Note' },
  { name: 'EffectsSeen', title: 'Effekter hittills', kind: 'Note' },
] as const satisfies readonly FieldDef[];

/** The lists with their literal types (see `LISTS`). */
const LIST_SCHEMA = [
  {
    key: 'Plans',
    url: 'Plans',
    title: sv['list.Plans'],
    description:
      'En utvecklingsplan per år. Skrivs bara av appen, när en planadministratör skapar eller ändrar planen; alla läser.',
    titleField: 'Namn',
    permissions: APP_PUBLISHED,
    fields: [
      createKey,
      {
        name: 'PlanYear',
        title: 'Planår',
        kind: 'Number',
        required: true,
        indexed: true,
        unique: true,
        min: 2000,
        max: 2100,
      },
      { name: 'CaseNumber', title: 'Diarienummer', kind: 'Text', maxLength: 255, required: true },
      { name: 'PlanStatus', title: 'Status', kind: 'Choice', choices: PLAN_STATUSES, required: true },
      { name: 'Summary', title: 'Sammanfattning', kind: 'Note' },
      { name: 'BudgetRequested', title: 'Äskad budget (mnkr)', kind: 'Number', min: 0 },
      { name: 'Principles', title: 'Principer', kind: 'Note' },
      { name: 'RemindAfterDays', title: 'Påminnelse efter (dagar)', kind: 'Number', min: 1, max: 60 },
      { name: 'EscalateAfterDays', title: 'Till ersättare efter (dagar)', kind: 'Number', min: 1, max: 60 },
      // Set only by `npm start`'s example-data mode (dev/local-stack): the plan's site holds invented example
      // data (owners, approvers, timelines, effects, follow-ups), and every view of the plan says so.
      { name: 'ExampleData', title: 'Exempeldata', kind: 'Boolean' },
    ],
  },
  {
    key: 'Decisions',
    url: 'Decisions',
    title: sv['list.Decisions'],
    description:
      'Planens beslutskedja (servicenämnden, KSAU, KS). Skrivs bara av appen, när en planadministratör registrerar ett beslut.',
    titleField: 'Beslutande organ',
    permissions: APP_PUBLISHED,
    fields: [
      createKey,
      planLookup,
      { name: 'DecisionStep', title: 'Steg i beslutskedjan', kind: 'Choice', choices: DECISION_STEPS },
      { name: 'DecisionDate', title: 'Datum', kind: 'DateTime', dateOnly: true, required: true },
      { name: 'Paragraph', title: 'Paragraf', kind: 'Text', maxLength: 255 },
      { name: 'Outcome', title: 'Beslut', kind: 'Note' },
      { name: 'Notes', title: 'Anteckningar', kind: 'Note' },
    ],
  },
  {
    key: 'FocusAreas',
    url: 'FocusAreas',
    title: sv['list.FocusAreas'],
    description: 'Planens fokusområden.',
    titleField: 'Namn',
    permissions: CONTENT,
    fields: [
      createKey,
      planLookup,
      { name: 'LongTermShift', title: 'Förflyttningar på sikt', kind: 'Note' },
      sortOrder,
      carriedFrom,
    ],
  },
  {
    key: 'Initiatives',
    url: 'Initiatives',
    title: sv['list.Initiatives'],
    description: 'Planerade insatser.',
    titleField: 'Namn',
    permissions: CONTENT,
    fields: [
      createKey,
      planLookup,
      {
        name: 'FocusArea',
        title: 'Fokusområde',
        kind: 'Lookup',
        lookupList: 'FocusAreas',
        required: true,
        indexed: true,
      },
      { name: 'Description', title: 'Beskrivning', kind: 'Note' },
      { name: 'Goal', title: 'Mål', kind: 'Note' },
      { name: 'Owner', title: 'Ansvarig', kind: 'User', indexed: true },
      { name: 'Approver', title: 'Godkännare', kind: 'User', indexed: true },
      { name: 'ResponsibleUnit', title: 'Ansvarig enhet', kind: 'Text', maxLength: 255 },
      { name: 'Administrations', title: 'Berörda förvaltningar', kind: 'Note' },
      { name: 'Principles', title: 'Principer', kind: 'Note' },
      { name: 'StartDate', title: 'Start', kind: 'DateTime', dateOnly: true },
      { name: 'EndDate', title: 'Slut', kind: 'DateTime', dateOnly: true },
      {
        name: 'InitiativeStatus',
        title: 'Status',
        kind: 'Choice',
        choices: INITIATIVE_STATUSES,
        required: true,
      },
      { name: 'Budget', title: 'Budget (mnkr)', kind: 'Number', min: 0 },
      { name: 'CriticalFactors', title: 'Kritiska faktorer', kind: 'Note' },
      { name: 'InvestmentNeed', title: 'Investeringsbehov', kind: 'Note' },
      sortOrder,
      carriedFrom,
    ],
  },
  {
    key: 'Activities',
    url: 'Activities',
    title: sv['list.Activities'],
    description: 'Insatsernas aktiviteter.',
    titleField: 'Aktivitet',
    permissions: CONTENT,
    fields: [
      createKey,
      planLookup,
      initiativeLookup,
      { name: 'ActivityStatus', title: 'Status', kind: 'Choice', choices: ACTIVITY_STATUSES, required: true },
      { name: 'Due', title: 'Klart senast', kind: 'DateTime', dateOnly: true },
      { name: 'Responsible', title: 'Ansvarig', kind: 'Text', maxLength: 255 },
      sortOrder,
    ],
  },
  {
    key: 'FollowUps',
    url: 'FollowUps',
    title: sv['list.FollowUps'],
    description: 'Uppföljningar under arbete, en per insats och period.',
    titleField: 'Rubrik',
    permissions: WORKING,
    fields: [
      createKey,
      planLookup,
      initiativeLookup,
      ...followUpContent,
      {
        name: 'UniqueKey',
        title: 'Unik nyckel',
        kind: 'Text',
        maxLength: 100,
        required: true,
        indexed: true,
        unique: true,
      },
      {
        name: 'State',
        title: 'Läge',
        kind: 'Choice',
        choices: FOLLOW_UP_STATES,
        required: true,
        indexed: true,
      },
      { name: 'SubmittedBy', title: 'Inskickad av', kind: 'User' },
      { name: 'SubmittedAt', title: 'Inskickad', kind: 'DateTime' },
    ],
  },
  {
    key: 'ApprovalDecisions',
    url: 'ApprovalDecisions',
    title: sv['list.ApprovalDecisions'],
    description: 'Beslut om uppföljningar. Skrivs bara av appen.',
    titleField: 'Rubrik',
    permissions: APP_ONLY,
    fields: [
      createKey,
      {
        name: 'FollowUp',
        title: 'Uppföljning',
        kind: 'Lookup',
        lookupList: 'FollowUps',
        required: true,
        indexed: true,
      },
      { name: 'Decision', title: 'Beslut', kind: 'Choice', choices: DECISION_OUTCOMES, required: true },
      { name: 'DecidedBy', title: 'Beslutat av', kind: 'User', required: true },
      { name: 'DecidedAt', title: 'Beslutat', kind: 'DateTime', required: true },
      { name: 'Comment', title: 'Kommentar', kind: 'Note' },
      { name: 'FollowUpVersion', title: 'Version', kind: 'Number', required: true },
      {
        name: 'Seal',
        title: 'Sigill',
        kind: 'Text',
        maxLength: 255,
      },
      {
        name: 'DecisionKey',
        title: 'Beslutsnyckel',
        kind: 'Text',
        maxLength: 100,
        required: true,
        indexed: true,
        unique: true,
      },
    ],
  },
  {
    key: 'PublishedFollowUps',
    url: 'PublishedFollowUps',
    title: sv['list.PublishedFollowUps'],
    description: 'Godkända uppföljningar som de godkändes. Det enda intranätets läsare ser.',
    titleField: 'Rubrik',
    permissions: APP_PUBLISHED,
    fields: [
      createKey,
      planLookup,
      {
        name: 'Initiative',
        title: 'Insats',
        kind: 'Lookup',
        lookupList: 'Initiatives',
        required: true,
        indexed: true,
      },
      {
        name: 'FollowUpId',
        title: 'Uppföljning (id)',
        kind: 'Number',
        required: true,
        indexed: true,
        unique: true,
      },
      ...followUpContent,
      {
        name: 'Seal',
        title: 'Sigill',
        kind: 'Text',
        maxLength: 255,
      },
      { name: 'ApprovedBy', title: 'Godkänd av', kind: 'User', required: true },
      { name: 'ApprovedAt', title: 'Godkänd', kind: 'DateTime', required: true },
      { name: 'DecisionComment', title: 'Kommentar', kind: 'Note' },
    ],
  },
  {
    key: 'Effects',
    url: 'Effects',
    title: sv['list.Effects'],
    description: 'Effekthemtagningsplan: förväntade effekter per insats.',
    titleField: 'Effekt',
    permissions: CONTENT,
    fields: [
      createKey,
      planLookup,
      initiativeLookup,
      { name: 'Description', title: 'Beskrivning', kind: 'Note' },
      { name: 'EffectKind', title: 'Typ', kind: 'Choice', choices: EFFECT_KINDS, required: true },
      {
        name: 'Direction',
        title: 'Nytta eller kostnad',
        kind: 'Choice',
        choices: EFFECT_DIRECTIONS,
        required: true,
      },
      { name: 'Indicator', title: 'Indikator', kind: 'Text', maxLength: 255 },
      { name: 'Method', title: 'Metod', kind: 'Note' },
      { name: 'Schedule', title: 'När mäts det', kind: 'Text', maxLength: 255 },
      { name: 'MeasureEveryMonths', title: 'Mäts var n:e månad', kind: 'Number', min: 1, max: 120 },
      { name: 'Unit', title: 'Enhet', kind: 'Text', maxLength: 50 },
      { name: 'Baseline', title: 'Nollmätning', kind: 'Number' },
      { name: 'BaselineDate', title: 'Datum för nollmätning', kind: 'DateTime', dateOnly: true },
      { name: 'Target', title: 'Målvärde', kind: 'Number' },
      { name: 'TargetDate', title: 'Måldatum', kind: 'DateTime', dateOnly: true },
      { name: 'RealisedBy', title: 'Realiseras av', kind: 'Text', maxLength: 255 },
      { name: 'FollowedUpBy', title: 'Följs upp av', kind: 'Text', maxLength: 255 },
      carriedFrom,
    ],
  },
  {
    key: 'Measurements',
    url: 'Measurements',
    title: sv['list.Measurements'],
    description: 'Uppmätta värden för effekterna.',
    titleField: 'Rubrik',
    permissions: CONTENT,
    fields: [
      createKey,
      {
        name: 'Effect',
        title: 'Effekt',
        kind: 'Lookup',
        lookupList: 'Effects',
        required: true,
        indexed: true,
      },
      { name: 'MeasuredAt', title: 'Mätdatum', kind: 'DateTime', dateOnly: true, required: true },
      { name: 'Value', title: 'Värde', kind: 'Number', required: true },
      { name: 'Comment', title: 'Kommentar', kind: 'Note' },
    ],
  },
  {
    key: 'AuditLog',
    url: 'AuditLog',
    title: sv['list.AuditLog'],
    description: 'Historik över varje ändring och beslut. Skrivs bara av appen och läggs bara till.',
    titleField: 'Händelse',
    permissions: APP_ONLY,
    fields: [
      createKey,
      { name: 'ListName', title: 'Lista', kind: 'Text', maxLength: 50, required: true },
      { name: 'ItemId', title: 'Objekt (id)', kind: 'Number', required: true, indexed: true },
      { name: 'Actor', title: 'Utförd av', kind: 'Text', maxLength: 255, required: true },
      { name: 'At', title: 'Tidpunkt', kind: 'DateTime', required: true, indexed: true },
      { name: 'Details', title: 'Detaljer (JSON)', kind: 'Note' },
      { name: 'Source', title: 'Källa', kind: 'Choice', choices: AUDIT_SOURCES, required: true },
      // One entry per event: a retried or concurrent append of the same event is refused by SharePoint.
      {
        name: 'EntryKey',
        title: 'Händelsenyckel',
        kind: 'Text',
        maxLength: 255,
        indexed: true,
        unique: true,
      },
    ],
  },
  {
    key: 'Conversations',
    url: 'Conversations',
    title: sv['approvals.list.Conversations'],
    description:
      'Botens samtalsreferenser (1:1-chattar och kanaler), för att kunna skicka kort. Skrivs bara av appen.',
    titleField: 'Namn',
    permissions: APP_PRIVATE,
    fields: [
      createKey,
      {
        name: 'ConversationKey',
        title: 'Nyckel',
        kind: 'Text',
        maxLength: 255,
        required: true,
        indexed: true,
        unique: true,
      },
      { name: 'AadObjectId', title: 'Entra-objekt-id', kind: 'Text', maxLength: 64, indexed: true },
      { name: 'ConversationId', title: 'Samtals-id', kind: 'Note', required: true },
      {
        name: 'ConversationType',
        title: 'Samtalstyp',
        kind: 'Choice',
        choices: CONVERSATION_TYPES,
        required: true,
      },
      { name: 'ServiceUrl', title: 'Tjänst-URL', kind: 'Text', maxLength: 255, required: true },
      { name: 'TenantId', title: 'Klientorganisation', kind: 'Text', maxLength: 64 },
      {
        name: 'InstallState',
        title: 'Installation',
        kind: 'Choice',
        choices: INSTALL_STATES,
        required: true,
      },
      { name: 'UpdatedAt', title: 'Uppdaterad', kind: 'DateTime', required: true },
    ],
  },
  {
    key: 'ApprovalCards',
    url: 'ApprovalCards',
    title: sv['approvals.list.ApprovalCards'],
    description:
      'Skickade godkännandekort per uppföljning och mottagare, för uppdatering och påminnelser. Skrivs bara av appen.',
    titleField: 'Rubrik',
    permissions: APP_PRIVATE,
    fields: [
      createKey,
      { name: 'FollowUpId', title: 'Uppföljning (id)', kind: 'Number', required: true, indexed: true },
      { name: 'FollowUpVersion', title: 'Version', kind: 'Number', required: true },
      { name: 'Recipient', title: 'Mottagare', kind: 'User' },
      { name: 'RecipientAadId', title: 'Mottagarens Entra-id', kind: 'Text', maxLength: 64 },
      { name: 'ConversationId', title: 'Samtals-id', kind: 'Note', required: true },
      { name: 'ActivityId', title: 'Meddelande-id', kind: 'Text', maxLength: 255, required: true },
      { name: 'CardKind', title: 'Typ', kind: 'Choice', choices: APPROVAL_CARD_KINDS, required: true },
      { name: 'SentAt', title: 'Skickat', kind: 'DateTime', required: true, indexed: true },
    ],
  },
  {
    key: 'ApproverAssignments',
    url: 'ApproverAssignments',
    title: sv['approvals.list.ApproverAssignments'],
    description:
      'Vem som godkänner uppföljningarna av varje insats. Skrivs bara av appen, när en planadministratör utser godkännaren.',
    titleField: 'Rubrik',
    permissions: APP_ONLY,
    fields: [
      createKey,
      {
        name: 'InitiativeId',
        title: 'Insats (id)',
        kind: 'Number',
        required: true,
        indexed: true,
        unique: true,
      },
      { name: 'Approver', title: 'Godkännare', kind: 'User', indexed: true },
      { name: 'AssignedBy', title: 'Utsedd av', kind: 'User', required: true },
      { name: 'AssignedAt', title: 'Utsedd', kind: 'DateTime', required: true },
    ],
  },
  {
    key: 'Delegations',
    url: 'Delegations',
    title: sv['approvals.list.Delegations'],
    description: 'Ersättare som en godkännare utser för en period. Skrivs bara av appen.',
    titleField: 'Rubrik',
    permissions: APP_ONLY,
    fields: [
      createKey,
      { name: 'Approver', title: 'Godkännare', kind: 'User', required: true, indexed: true },
      { name: 'Deputy', title: 'Ersättare', kind: 'User', required: true, indexed: true },
      { name: 'StartDate', title: 'Från', kind: 'DateTime', dateOnly: true, required: true },
      { name: 'EndDate', title: 'Till', kind: 'DateTime', dateOnly: true, required: true },
    ],
  },
  {
    key: 'Reports',
    url: 'Reports',
    template: 101,
    title: sv['reports.list.Reports'],
    description:
      'Nämndrapporter, ögonblicksbilder och exporter av stängda perioder. Skrivs bara av appen; alla läser.',
    titleField: 'Rubrik',
    permissions: APP_PUBLISHED,
    fields: [
      planLookup,
      { name: 'PeriodYear', title: 'År', kind: 'Number', indexed: true },
      { name: 'Period', title: 'Period', kind: 'Text', maxLength: 20 },
      { name: 'CaseNumber', title: 'Diarienummer', kind: 'Text', maxLength: 255 },
      { name: 'ReportKind', title: 'Typ av fil', kind: 'Choice', choices: REPORT_KINDS },
    ],
  },
  {
    key: 'ReaderViews',
    url: 'ReaderViews',
    template: 101,
    title: sv['reports.list.ReaderViews'],
    description:
      'Intranätsvyn av den senast antagna planen, som appen har läst och förseglat, så att läsare får den i en enda begäran. Skrivs bara av appen; alla läser. Används bara så länge listorna den gjordes av är oförändrade.',
    titleField: 'Rubrik',
    permissions: APP_PUBLISHED,
    fields: [],
  },
  {
    key: 'TabViews',
    url: 'TabViews',
    template: 101,
    title: sv['reports.list.TabViews'],
    description:
      'Första skärmen av planöversikten i Teams för de tre senaste planerna (varje fokusområdes första insatser och planens antal), som appen har läst och förseglat, så att medlemmar får den i en enda begäran. Innehåller arbetsuppföljningar: skrivs bara av appen, läses bara av medlemmar och ägare. Används bara så länge listorna den gjordes av är oförändrade.',
    titleField: 'Rubrik',
    permissions: APP_ONLY,
    fields: [],
  },
  {
    key: 'PeriodClosures',
    url: 'PeriodClosures',
    title: sv['reports.list.PeriodClosures'],
    description: 'Stängda perioder per plan, en per plan och period. Skrivs bara av appen.',
    titleField: 'Rubrik',
    permissions: APP_PUBLISHED,
    fields: [
      createKey,
      planLookup,
      { name: 'PeriodYear', title: 'År', kind: 'Number', required: true },
      { name: 'Period', title: 'Period', kind: 'Text', maxLength: 20, required: true },
      {
        name: 'UniqueKey',
        title: 'Unik nyckel',
        kind: 'Text',
        maxLength: 100,
        required: true,
        indexed: true,
        unique: true,
      },
      { name: 'ClosureState', title: 'Läge', kind: 'Choice', choices: CLOSURE_STATES, required: true },
      { name: 'ClosedBy', title: 'Stängd av', kind: 'User' },
      { name: 'ClosedAt', title: 'Stängd', kind: 'DateTime', required: true },
      { name: 'CaseNumber', title: 'Diarienummer', kind: 'Text', maxLength: 255 },
      { name: 'FollowUpCount', title: 'Godkända uppföljningar', kind: 'Number', min: 0 },
      { name: 'ReportUrl', title: 'Rapport', kind: 'Text', maxLength: 255 },
      { name: 'SnapshotUrl', title: 'Ögonblicksbild', kind: 'Text', maxLength: 255 },
      { name: 'ExportUrl', title: 'Export', kind: 'Text', maxLength: 255 },
      // The app's seal over the period's publications as closed: readers check the period with it at once.
      { name: 'PublicationsSeal', title: 'Periodens sigill', kind: 'Text', maxLength: 255 },
    ],
  },
  {
    key: 'PrincipleRounds',
    url: 'PrincipleRounds',
    title: sv['principles.list.PrincipleRounds'],
    description:
      'Omgångar av förvaltningarnas självskattning mot stadens principer för digitalisering, en öppen åt gången per plan. Skrivs bara av appen, när en planadministratör öppnar eller stänger en omgång.',
    titleField: 'Omgång',
    permissions: APP_ONLY,
    fields: [
      createKey,
      planLookup,
      { name: 'RoundState', title: 'Läge', kind: 'Choice', choices: ROUND_STATES, required: true },
      // The plan while the round is open, empty once closed: SharePoint lets one open round per plan through.
      {
        name: 'OpenKey',
        title: 'Öppen omgång (nyckel)',
        kind: 'Text',
        maxLength: 50,
        indexed: true,
        unique: true,
      },
      { name: 'OpenedBy', title: 'Öppnad av', kind: 'User' },
      { name: 'OpenedAt', title: 'Öppnad', kind: 'DateTime', required: true },
      { name: 'ClosedBy', title: 'Stängd av', kind: 'User' },
      { name: 'ClosedAt', title: 'Stängd', kind: 'DateTime' },
    ],
  },
  {
    key: 'PrincipleAssessments',
    url: 'PrincipleAssessments',
    title: sv['principles.list.PrincipleAssessments'],
    description:
      'Förvaltningarnas självskattning per princip och omgång (nivå och kommentar), en per plan, omgång, förvaltning och princip. Skrivs bara av appen, när en medlem lämnar en skattning i en öppen omgång.',
    titleField: 'Rubrik',
    permissions: APP_ONLY,
    fields: [
      createKey,
      planLookup,
      {
        name: 'Round',
        title: 'Omgång',
        kind: 'Lookup',
        lookupList: 'PrincipleRounds',
        required: true,
        indexed: true,
      },
      { name: 'Administration', title: 'Förvaltning', kind: 'Text', maxLength: 100, required: true },
      { name: 'Principle', title: 'Princip', kind: 'Text', maxLength: 100, required: true },
      {
        name: 'PrincipleLevel',
        title: 'Nivå',
        kind: 'Choice',
        choices: PRINCIPLE_LEVELS,
        required: true,
      },
      { name: 'Comment', title: 'Kommentar', kind: 'Note' },
      { name: 'AssessedBy', title: 'Skattad av', kind: 'User' },
      { name: 'AssessedAt', title: 'Skattad', kind: 'DateTime', required: true },
      // plan:round:administration|principle: one assessment of a principle per administration and round.
      {
        name: 'UniqueKey',
        title: 'Unik nyckel',
        kind: 'Text',
        maxLength: 255,
        required: true,
        indexed: true,
        unique: true,
      },
    ],
  },
] as const satisfies readonly ListDef[];

/**
 * The product's lists as code: internal names, Swedish display names, types, limits, choices, indexes,
 * lookups and permissions. Provisioning creates exactly this, and the repositories read it.
 * Lists a lookup points at come before the lists that point at them.
 */
export const LISTS: readonly ListDef[] = LIST_SCHEMA;

/**
 * One list's definition with its literal types, as the compiler sees it: the union over every list.
 * `Extract<ListSchema, { key: 'FollowUps' }>` is the FollowUps list; `FieldNameOf` (./fields.ts) builds on it.
 */
export type ListSchema = (typeof LIST_SCHEMA)[number];

/**
 * SharePoint's own columns that the app maps although the schema does not declare them (every list and
 * library has them; provisioning never creates them). `libraryOnly`: only document libraries have the column.
 * The file columns read as text (SharePoint types them File and Lookup).
 */
export const BUILT_IN_FIELDS = [
  { name: 'Title', kind: 'Text' },
  { name: 'FileLeafRef', kind: 'Text', libraryOnly: true },
  { name: 'FileRef', kind: 'Text', libraryOnly: true },
] as const satisfies readonly BuiltInFieldDef[];

/** The built-in columns a list has (`BUILT_IN_FIELDS`, the file columns only in a document library). */
export function builtInFields(def: Pick<ListDef, 'template'>): readonly BuiltInFieldDef[] {
  return BUILT_IN_FIELDS.filter((f: BuiltInFieldDef) => !f.libraryOnly || def.template === 101);
}

/** The definition of one list by key. */
export function listDef(key: ListKey): ListDef {
  const def = LISTS.find((l) => l.key === key);
  if (!def) throw new RangeError(`Unknown list ${key}`);
  return def;
}
