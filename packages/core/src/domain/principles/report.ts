import { t } from '../../i18n/translate.js';
import type { Locale } from '../common/types.js';
import type { SnapshotPrinciples } from './matrix.js';
import { levelNumber } from './principles.js';

/** The committee report's section "Principerna i förvaltningarna": the latest round's matrix as a table. */
export interface ReportPrinciples {
  heading: string;
  /** The round, the levels and how much is given; or that no round has been opened. */
  intro: string;
  /** The table's header row (administration, then each principle) and its rows; empty without a round. */
  columns: string[];
  rows: string[][];
  commentsHeading: string;
  /** "administration, principle: comment" for every assessment with a comment. */
  comments: string[];
}

/** The principles' section of the committee report, in one language, from the snapshot's frozen matrix. */
export function principlesReportSection(
  principles: SnapshotPrinciples | null,
  locale: Locale,
): ReportPrinciples {
  const heading = t(locale, 'principles.report.heading');
  const commentsHeading = t(locale, 'principles.report.comments');
  if (!principles)
    return {
      heading,
      intro: t(locale, 'principles.report.none'),
      columns: [],
      rows: [],
      commentsHeading,
      comments: [],
    };
  return {
    heading,
    intro: t(locale, 'principles.report.intro', {
      label: principles.round.label,
      state: t(locale, `principles.roundState.${principles.round.state}`),
      filled: principles.filled,
      total: principles.total,
    }),
    columns: [t(locale, 'principles.matrix.administration'), ...principles.principles],
    rows: principles.rows.map((r) => [
      r.administration,
      ...r.cells.map((c) =>
        c.level
          ? t(locale, 'principles.report.cell', {
              number: levelNumber(c.level),
              name: t(locale, `principles.level.${c.level}`),
            })
          : t(locale, 'principles.matrix.missing'),
      ),
    ]),
    commentsHeading,
    comments: principles.rows.flatMap((r) =>
      r.cells
        .filter((c) => c.level && c.comment.trim())
        .map((c) =>
          t(locale, 'principles.report.comment', {
            administration: r.administration,
            principle: c.principle,
            comment: c.comment.trim(),
          }),
        ),
    ),
  };
}
