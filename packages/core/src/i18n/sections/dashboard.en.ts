import type { dashboardSv } from './dashboard.sv.js';

/** English texts of the dashboards; the type makes sure every Swedish key has an English text. */
export const dashboardEn: Record<keyof typeof dashboardSv, string> = {
  'dashboard.nav': 'Dashboard',
  'dashboard.heading': 'Dashboard – {year}',
  'dashboard.intro.members':
    'Status, progress and readiness from the follow-ups you can see (drafts and submitted ones included).',
  'dashboard.intro.published': 'Based on approved, published follow-ups only.',
  'dashboard.showTable': 'Show as table',
  'dashboard.hideTable': 'Hide the table',
  'dashboard.chartLoading': 'Drawing the chart…',

  'dashboard.status.heading': 'Status per focus area',
  'dashboard.status.summary':
    '{total, plural, one {# initiative} other {# initiatives}} in {areas, plural, one {# focus area} other {# focus areas}}. On track {onTrack}, at risk {atRisk}, off track {offTrack}, done {done}, no follow-up {none}.',
  'dashboard.status.caption': 'Number of initiatives per focus area and latest reported status',
  'dashboard.status.col.area': 'Focus area',
  'dashboard.status.col.total': 'Total',
  'dashboard.status.none': 'No follow-up',

  'dashboard.progress.heading': 'Progress over the periods',
  'dashboard.progress.summary': 'Mean reported progress per period in {year}: {periods}.',
  'dashboard.progress.periodValue': '{period} {value} % ({count, plural, one {# report} other {# reports}})',
  'dashboard.progress.periodNone': '{period} no report',
  'dashboard.progress.caption': 'Mean progress (%) per period and focus area',
  'dashboard.progress.col.period': 'Period',
  'dashboard.progress.col.all': 'All areas',
  'dashboard.progress.noValue': 'No report',
  'dashboard.progress.overall': 'Whole plan',

  'dashboard.readiness.heading': 'Decision readiness per initiative',
  'dashboard.readiness.summary':
    'The plan’s decision readiness is {score} %. Lowest: {lowest}. {full} of {total, plural, one {# initiative} other {# initiatives}} {full, plural, one {meets} other {meet}} every criterion.',
  'dashboard.readiness.caption': 'Decision readiness (%) per initiative',
  'dashboard.readiness.col.initiative': 'Initiative',
  'dashboard.readiness.col.area': 'Focus area',
  'dashboard.readiness.col.score': 'Decision readiness',
  'dashboard.readiness.col.missing': 'Criteria missing',
  'dashboard.readiness.value': '{score} %',
  'dashboard.empty': 'The plan has no initiatives to chart.',
  'dashboard.checklist.caption': 'Decision-readiness checklist per initiative',
  'dashboard.checklist.column': 'Checklist',
  'dashboard.checklist.heading': 'Checklist per initiative',
  'dashboard.checklist.onlyMissing': 'Show only initiatives that lack something',
  'dashboard.checklist.itemsOf': 'Criteria for {title}',
  'dashboard.checklist.met': 'Met',
  'dashboard.checklist.missing': 'Missing',
  'dashboard.checklist.notApplicable': 'Cannot be judged yet',
  'dashboard.checklist.open': 'Open the initiative',
  'dashboard.checklist.fix.measurableGoal.add': 'Add an effect with indicator, baseline and target',
  'dashboard.checklist.fix.measurableGoal.edit': 'Complete the effects with indicator, baseline and target',
  'dashboard.checklist.fix.timeline': 'Enter the start and end dates',
  'dashboard.checklist.fix.investmentNeed': 'Describe the investment need',
  'dashboard.checklist.fix.criticalFactors': 'Describe the critical factors',
  'dashboard.checklist.fix.owner': 'Appoint an owner',
  'dashboard.checklist.fix.approver': 'Appoint an approver',
  'dashboard.checklist.fix.currentStatus': 'Write and submit the follow-up',
};
