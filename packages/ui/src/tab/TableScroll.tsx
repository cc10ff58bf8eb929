import type { ReactNode } from 'react';
import { usePageStyles } from './styles.js';

/**
 * A data table's frame: a labelled region the keyboard can reach (it scrolls), in which a table wider than the
 * screen scrolls sideways, so the page itself reflows at 320 px (WCAG 1.4.10 exempts the table's own layout).
 */
export function TableScroll(props: { label: string; children: ReactNode }) {
  const styles = usePageStyles();
  return (
    <div role="region" aria-label={props.label} tabIndex={0} className={styles.tableScroll}>
      {props.children}
    </div>
  );
}

/** A data table's header row: one column header per label, in order. */
export function ColumnHeads(props: { labels: readonly string[] }) {
  const styles = usePageStyles();
  return (
    <thead>
      <tr>
        {props.labels.map((label) => (
          <th key={label} scope="col" className={styles.th}>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
