/**
 * Swedish texts the reader shares with the tab's first view: a plan's facts (its decision, case number and
 * requested budget, `planFactTexts`), "show more" in long lists (`ShowMore`) and the note on a printout of a
 * plan's start only (`PartialPrintNotice`), all in the UI's common code.
 * Part of `readerSv`; the tab's first pack takes only these.
 */
export const readerSharedSv = {
  'reader.plan.caseNumber': 'Diarienummer {caseNumber}',
  'reader.plan.budget': 'Begärd budget {amount} mnkr',
  'reader.plan.decision': '{body} {date} {paragraph}',
  'list.more.shown': 'Visar {shown} av {total, plural, one {# insats} other {# insatser}} i {group}.',
  'list.more.button': 'Visa {count} till',
  'list.more.loading': 'Resten läses in …',
  'list.print.partial':
    'Utskriften visar bara början av planen: resten hade inte lästs in när du skrev ut. Skriv ut igen när hela planen visas.',
} as const;
