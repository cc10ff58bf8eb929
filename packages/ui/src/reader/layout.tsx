import type { ReactElement } from 'react';
import type { Locale } from '@devplan/core/domain';
import { FollowUpStatusLabel, InitiativeStatusLabel } from '../common/index.js';
import type { ReaderInitiative, ReaderModel } from './model.js';

/** What the reader gives a list layout (table, timeline): the model, the language and the selected initiative. */
export interface ReaderLayoutProps {
  model: ReaderModel;
  locale: Locale;
  /** The id of the initiative the deep link selects, or null. */
  selected: number | null;
}

/** An initiative's status as a reader sees it: its latest approved follow-up's, else the initiative's own. */
export function LatestStatus({
  item,
  locale,
}: {
  item: Pick<ReaderInitiative, 'initiative' | 'latest'>;
  locale: Locale;
}): ReactElement {
  return item.latest ? (
    <FollowUpStatusLabel status={item.latest.status} locale={locale} />
  ) : (
    <InitiativeStatusLabel status={item.initiative.status} locale={locale} />
  );
}
