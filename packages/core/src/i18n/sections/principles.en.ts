import type { principlesSv } from './principles.sv.js';

/** English texts of the follow-up of the principles per administration (the same keys as `principlesSv`). */
export const principlesEn: Record<keyof typeof principlesSv, string> = {
  'principles.list.PrincipleRounds': 'Principle follow-up rounds',
  'principles.list.PrincipleAssessments': 'Self-assessments against the principles',

  'principles.level.notStarted': 'Not started',
  'principles.level.started': 'Started',
  'principles.level.established': 'Established',
  'principles.level.integrated': 'Fully integrated',
  'principles.levelHelp.notStarted': 'The principle does not yet shape how the administration works.',
  'principles.levelHelp.started': 'Single initiatives apply the principle, not yet as a way of working.',
  'principles.levelHelp.established': 'The principle is applied regularly, in most development work.',
  'principles.levelHelp.integrated':
    'The principle is part of how the administration plans, decides and follows up.',
  'principles.levelValue': '{number} – {name}',
  'principles.roundState.open': 'open',
  'principles.roundState.closed': 'closed',

  'principles.refused.notAdministrator':
    'Only plan administrators (the site owners) can open and close a round of the follow-up of the principles. Nothing was changed.',
  'principles.refused.notMember':
    "Only members of the plan's site can give the administrations' self-assessments. Nothing was saved.",
  'principles.refused.roundClosed':
    'The round {label} is closed and takes no more self-assessments. Nothing was saved.',
  'principles.refused.roundOpen':
    'The round {label} is already open. One round at a time: close it before you open a new one. Nothing was changed.',
  'principles.refused.labelTaken':
    'The plan already had a round called {label}. Choose another name. Nothing was changed.',
  'principles.refused.stale':
    'The self-assessment of {administration}, {principle} was saved by someone else since you read it. Reload the page and try again. Nothing was saved.',
  'principles.refused.createKeyUsed':
    'This request was already used for another administration or principle. Reload the page and try again. Nothing was saved.',
  'principles.refused.unknownAdministration': "{name} is not one of the plan's administrations.",
  'principles.refused.unknownPrinciple': "{name} is not one of the plan's principles.",

  'principles.page.title': 'The principles in the administrations',
  'principles.page.intro':
    "The service committee follows up both the yearly development plan and how the administrations work by the city's principles for digitalisation. In each round every administration assesses itself per principle: a level from 1 to 4 and a short comment.",
  'principles.levels.heading': 'The levels',
  'principles.round.none': 'No round has been opened for the {year} plan yet.',
  'principles.round.open': 'The round {label} is open since {date}.',
  'principles.round.closed': 'The round {label} was closed on {date}. No round is open.',
  'principles.round.choose': 'Show round',
  'principles.round.option': '{label} ({state})',
  'principles.matrix.heading': 'Administrations and principles',
  'principles.matrix.caption': "The administrations' self-assessment per principle, round {label}",
  'principles.matrix.region':
    'The matrix of administrations and principles, round {label} (scrolls sideways)',
  'principles.matrix.administration': 'Administration',
  'principles.matrix.missing': 'Missing',
  'principles.matrix.progress':
    '{filled} of {total} assessments given ({complete, plural, one {# administration is done} other {# administrations are done}}).',
  'principles.missing.heading': 'What is missing',
  'principles.missing.none': 'Nothing is missing: every administration has assessed every principle.',
  'principles.missing.notStarted':
    'No assessment yet from {count, plural, one {# administration} other {# administrations}}: {names}.',
  'principles.missing.partial': '{administration} is missing {principles}.',

  'principles.form.heading': "Give the administration's self-assessment",
  'principles.form.intro': 'Choose the administration and the principle, give the level and a short comment.',
  'principles.form.administration': 'Administration',
  'principles.form.principle': 'Principle',
  'principles.form.level': 'Level',
  'principles.form.comment': 'Comment',
  'principles.form.commentHint': 'Short: what puts the administration at this level?',
  'principles.form.choose': 'Choose …',
  'principles.form.existing': 'There is an assessment already ({level}). Saving replaces it.',
  'principles.form.submit': 'Save the assessment',
  'principles.form.saved': 'The self-assessment of {administration}, {principle} is saved: {level}.',
  'principles.form.noOpenRound':
    'No round is open. The administrations can give their self-assessments once a plan administrator has opened a round.',

  'principles.admin.heading': 'Rounds',
  'principles.admin.label': "The new round's name",
  'principles.admin.labelHint': 'For example T2 {year}',
  'principles.admin.open': 'Open the round',
  'principles.admin.openTitle': 'Open a round',
  'principles.admin.openConfirm':
    'Open the round {label}? The administrations can then give their self-assessments until you close it.',
  'principles.admin.opened': 'The round {label} is open.',
  'principles.admin.close': 'Close the round {label}',
  'principles.admin.closeTitle': 'Close the round',
  'principles.admin.closeConfirm':
    'Close the round {label}? {filled} of {total} assessments are given. Once it is closed, none can be given or changed.',
  'principles.admin.closed': 'The round {label} is closed.',

  'principles.report.heading': 'The principles in the administrations',
  'principles.report.intro':
    "The administrations' self-assessment against the city's principles for digitalisation, round {label} ({state}). The levels: 1 Not started, 2 Started, 3 Established, 4 Fully integrated. {filled} of {total} assessments are given.",
  'principles.report.none': 'No round of the follow-up of the principles has been opened for the plan yet.',
  'principles.report.cell': '{number} {name}',
  'principles.report.comments': "The administrations' comments",
  'principles.report.comment': '{administration}, {principle}: {comment}',
};
