import { approvalsEn } from './sections/approvals.en.js';
import { dashboardEn } from './sections/dashboard.en.js';
import { effectsEn } from './sections/effects.en.js';
import { exampleDataEn } from './sections/example-data.en.js';
import { loadingEn } from './sections/loading.en.js';
import { peopleEn } from './sections/people.en.js';
import { readerEn } from './sections/reader.en.js';
import { reportsEn } from './sections/reports.en.js';
import { plansEn } from './sections/plans.en.js';
import { planDocumentEn } from './sections/plan-document.en.js';
import { principlesEn } from './sections/principles.en.js';
import { tabEn } from './sections/tab.en.js';
import type { StringKey } from './sv.js';

/** English texts; the type makes sure every Swedish key has an English text. */
export const en: Record<StringKey, string> = {
  ...approvalsEn,
  ...dashboardEn,
  ...effectsEn,
  ...exampleDataEn,
  ...loadingEn,
  ...peopleEn,
  ...readerEn,
  ...reportsEn,
  ...plansEn,
  ...planDocumentEn,
  ...principlesEn,
  ...tabEn,
  'app.name': 'Development plan for shared IT and digitalisation',
  'app.shortName': 'Development plan',

  'error.concurrency': 'Someone else saved changes first. Reload and try again.',
  'error.forbidden': 'You are not allowed to do this.',
  'error.notFound': '{what} {id} does not exist.',
  'error.validation': 'The input is not valid. Correct the marked fields.',
  'error.sharepoint': 'SharePoint answered with an error ({status}): {message}',
  'error.network': 'SharePoint could not be reached. Check the connection and try again.',
  'error.periodClosed':
    '{period} {year} is closed and its committee report is frozen: follow-ups of the period cannot be changed, submitted or decided. Nothing was changed.',
  'error.duplicateFollowUp': 'There is already a follow-up for {period} {year} of this initiative.',
  'error.planYearTaken': 'There is already a plan for {year}.',

  'validation.required': 'This field is required.',
  'validation.tooLong': 'At most {max, plural, one {# character} other {# characters}}.',
  'validation.tooShort': 'At least {min, plural, one {# character} other {# characters}}.',
  'validation.tooLarge': 'Must be at most {max}.',
  'validation.tooSmall': 'Must be at least {min}.',
  'validation.notInteger': 'Enter a whole number.',
  'validation.unknownUser': 'Choose a person who is on the plan site.',
  'validation.notNumber': 'Enter a number.',
  'validation.invalidDate': 'Enter a date as YYYY-MM-DD.',
  'validation.invalidDateTime': 'Enter a time in ISO format.',
  'validation.invalidChoice': 'Choose one of the allowed values.',
  'validation.invalidType': 'Wrong type of value.',
  'validation.unknownField': 'Unknown field.',
  'validation.startAfterEnd': 'The start date must be on or before the end date.',
  'validation.baselineDateAfterTarget': 'The baseline date must be before the target date.',
  'validation.invalidCaseNumber': 'The case number should look like STK-2025-1042.',
  'validation.invalidParagraph': 'The paragraph should look like § 64.',
  'validation.invalidPeriod': 'Unknown period.',
  'validation.invalid': 'Invalid value.',

  'lifecycle.submit.fromSubmitted': 'The follow-up is already submitted and awaits a decision.',
  'lifecycle.submit.fromApproved': 'The follow-up is approved and cannot be submitted again.',
  'lifecycle.approve.notSubmitted': 'Only a submitted follow-up can be approved (it is {state}).',
  'lifecycle.sendBack.notSubmitted': 'Only a submitted follow-up can be sent back (it is {state}).',
  'lifecycle.sendBack.commentRequired': 'Write a comment on why the follow-up is sent back.',
  'lifecycle.edit.submitted': 'The follow-up awaits a decision and cannot be changed now.',
  'lifecycle.edit.approved': 'The follow-up is approved and frozen.',
  'lifecycle.delete.notDraft': 'Only a draft can be deleted.',

  'followUpState.draft': 'Draft',
  'followUpState.submitted': 'Submitted',
  'followUpState.approved': 'Approved',
  'followUpState.sentBack': 'Sent back',

  'followUpStatus.onTrack': 'On track',
  'followUpStatus.atRisk': 'At risk',
  'followUpStatus.offTrack': 'Off track',
  'followUpStatus.done': 'Done',

  'initiativeStatus.planned': 'Planned',
  'initiativeStatus.ongoing': 'Ongoing',
  'initiativeStatus.paused': 'Paused',
  'initiativeStatus.done': 'Completed',
  'initiativeStatus.cancelled': 'Cancelled',

  'activityStatus.notStarted': 'Not started',
  'activityStatus.ongoing': 'Ongoing',
  'activityStatus.done': 'Done',
  'activityStatus.cancelled': 'Dropped',

  'planStatus.draft': 'Draft',
  'planStatus.adopted': 'Adopted by the service committee',
  'planStatus.prepared': 'Prepared by KSAU',
  'planStatus.approved': 'Approved by the executive board',
  'planStatus.closed': 'Closed',

  'decisionOutcome.approved': 'Approved',
  'decisionOutcome.sentBack': 'Sent back',

  'effectKind.qualitative': 'Qualitative',
  'effectKind.financial': 'Financial',
  'effectDirection.benefit': 'Benefit',
  'effectDirection.cost': 'Cost',

  'period.T1': 'Period 1 (Jan–Apr)',
  'period.T2': 'Period 2 (May–Aug)',
  'period.FY': 'Full year',

  'readiness.title': 'Decision readiness',
  'readiness.score': '{score} % of the criteria met',
  'readiness.criterion.measurableGoal': 'Measurable goal',
  'readiness.criterion.timeline': 'Timeline',
  'readiness.criterion.investmentNeed': 'Investment need',
  'readiness.criterion.criticalFactors': 'Critical factors',
  'readiness.criterion.owner': 'Owner',
  'readiness.criterion.approver': 'Approver',
  'readiness.criterion.currentStatus': 'Current status',
  'readiness.missing.measurableGoal':
    'No measurable goal: at least one effect with an indicator, a baseline and a target is needed.',
  'readiness.missing.timeline': 'No timeline: both a start and an end date are needed.',
  'readiness.missing.investmentNeed': 'The investment need is not stated.',
  'readiness.missing.criticalFactors': 'Critical factors are not described.',
  'readiness.missing.owner': 'No owner is named.',
  'readiness.missing.approver': 'No approver is named.',
  'readiness.missing.currentStatus': 'No submitted or approved follow-up for {period} {year}.',

  'list.Plans': 'Development plans',
  'list.Decisions': 'Decisions',
  'list.FocusAreas': 'Focus areas',
  'list.Initiatives': 'Initiatives',
  'list.Activities': 'Activities',
  'list.FollowUps': 'Follow-ups',
  'list.ApprovalDecisions': 'Approval decisions',
  'list.PublishedFollowUps': 'Published follow-ups',
  'list.Effects': 'Effects',
  'list.Measurements': 'Measurements',
  'list.AuditLog': 'Audit log',

  'entity.plan': 'The plan',
  'entity.decision': 'The decision',
  'entity.focusArea': 'The focus area',
  'entity.initiative': 'The initiative',
  'entity.activity': 'The activity',
  'entity.followUp': 'The follow-up',
  'entity.effect': 'The effect',
  'entity.measurement': 'The measurement',

  'server.notFound': 'Page not found.',
  'server.upstreamError': 'SharePoint did not answer as expected.',

  'webpart.loading': 'Loading the plan …',
  'webpart.empty': 'There is no adopted plan on this site yet.',
  'webpart.failed': 'The plan could not be loaded: {message}',
  'webpart.paneDescription': 'Settings of the Development plan web part',
  'webpart.paneGroup': 'General',
  'webpart.titleLabel': 'Heading',
};
