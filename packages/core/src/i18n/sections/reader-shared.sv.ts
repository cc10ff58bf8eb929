/**
 * Swedish texts the reader shares with the tab's first view: a plan's facts (its decision, case number and
 * requested budget, `planFactTexts`) and "show more" in long lists (`ShowMore`), both in the UI's common code.
 * Part of `readerSv`; the tab's first pack takes only these.
 */
export const readerSharedSv = {
  'reader.plan.caseNumber': 'Diarienummer {caseNumber}',
  'reader.plan.budget': 'Begärd budget {amount} mnkr',
  'reader.plan.decision': '{body} {date} {paragraph}',
  'list.more.shown': 'Visar {shown} av {total, plural, one {# insats} other {# insatser}} i {group}.',
  'list.more.button': 'Visa {count} till',
  'list.more.loading': 'Resten läses in …',
} as const;
