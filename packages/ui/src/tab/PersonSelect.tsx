import { Select } from '@fluentui/react-components';
import type { UserRef } from '@devplan/core/domain';
import { useT } from './i18n.js';

/**
 * A choice of one of the site's people (by site user id, as text; empty for nobody), inside a Fluent `Field`
 * that labels it.
 */
export function PersonSelect(props: {
  id: string;
  value: string;
  people: readonly UserRef[];
  onChange(value: string): void;
}) {
  const tr = useT();
  return (
    <Select id={props.id} value={props.value} onChange={(_, d) => props.onChange(d.value)}>
      <option value="">{tr('tab.value.none')}</option>
      {props.people.map((p) => (
        <option key={p.id} value={String(p.id)}>
          {p.title}
        </option>
      ))}
    </Select>
  );
}
