import { levelNumber, type PrincipleMatrix, type PrincipleRound } from '@devplan/core/domain';
import { useT } from '../i18n.js';
import { usePageStyles } from '../styles.js';
import { usePrinciplesStyles } from './styles.js';

/**
 * The matrix administrations × principles of one round: a table with a caption, a header cell per principle and
 * per administration, each cell the level (number and name) and the comment, or "Saknas" written out. On a
 * narrow screen the table scrolls sideways inside a labelled, focusable region (so it is reachable by keyboard).
 */
export function PrincipleMatrixTable(props: { round: PrincipleRound; matrix: PrincipleMatrix }) {
  const tr = useT();
  const page = usePageStyles();
  const styles = usePrinciplesStyles();
  const { matrix, round } = props;
  return (
    <div
      role="region"
      aria-label={tr('principles.matrix.region', { label: round.label })}
      tabIndex={0}
      className={styles.scroll}
    >
      <table className={styles.table}>
        <caption className={styles.caption}>
          {tr('principles.matrix.caption', { label: round.label })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={page.th}>
              {tr('principles.matrix.administration')}
            </th>
            {matrix.principles.map((p) => (
              <th key={p} scope="col" className={page.th}>
                {p}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.administration}>
              <th scope="row" className={`${page.td} ${styles.rowHeader}`}>
                {row.administration}
              </th>
              {row.cells.map((cell) => (
                <td key={cell.principle} className={page.td}>
                  {cell.assessment ? (
                    <>
                      <span className={styles.level}>
                        {tr('principles.levelValue', {
                          number: levelNumber(cell.assessment.level),
                          name: tr(`principles.level.${cell.assessment.level}`),
                        })}
                      </span>
                      {cell.assessment.comment && (
                        <span className={styles.comment}>{cell.assessment.comment}</span>
                      )}
                    </>
                  ) : (
                    <span className={styles.missing}>{tr('principles.matrix.missing')}</span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What is missing in the round, in words: the administrations with no assessment, then the partial ones. */
export function MissingAssessments(props: { matrix: PrincipleMatrix }) {
  const tr = useT();
  const page = usePageStyles();
  const { matrix } = props;
  const partial = matrix.rows.filter(
    (r) => r.missing.length > 0 && r.missing.length < matrix.principles.length,
  );
  return (
    <section aria-labelledby="principles-missing" className={page.section}>
      <h2 id="principles-missing" className={page.subheading}>
        {tr('principles.missing.heading')}
      </h2>
      <p className={page.text}>
        {tr('principles.matrix.progress', {
          filled: matrix.filled,
          total: matrix.total,
          complete: matrix.complete.length,
        })}
      </p>
      {matrix.filled === matrix.total ? (
        <p className={page.text}>{tr('principles.missing.none')}</p>
      ) : (
        <ul className={page.list}>
          {matrix.notStarted.length > 0 && (
            <li>
              {tr('principles.missing.notStarted', {
                count: matrix.notStarted.length,
                names: matrix.notStarted.join(', '),
              })}
            </li>
          )}
          {partial.map((r) => (
            <li key={r.administration}>
              {tr('principles.missing.partial', {
                administration: r.administration,
                principles: r.missing.join(', '),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
