import { AnyStatusLabel, statusText, type StatusOf } from '../common/index.js';
import { useT } from './i18n.js';

export type { StatusOf } from '../common/index.js';

/** The text of a status in the current language. */
export function useStatusText(): (status: StatusOf) => string {
  const tr = useT();
  return (status) => statusText(tr.locale, status);
}

/**
 * A status as icon and text in the tab's language: the common presentation (`views/common/status`), the
 * same the intranet web part shows.
 */
export function StatusLabel(props: { status: StatusOf }) {
  const tr = useT();
  return <AnyStatusLabel status={props.status} locale={tr.locale} />;
}
