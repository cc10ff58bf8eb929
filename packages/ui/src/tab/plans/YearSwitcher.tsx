import { Select, makeStyles, tokens, useId } from '@fluentui/react-components';
import { isReadable, type Plan } from '@devplan/core/domain';
import { useT } from '../i18n.js';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
});

/** Chooses the plan year the tab shows: every plan the person may see, drafts marked as such. */
export function YearSwitcher(props: {
  plans: readonly Plan[];
  year: number | null;
  onChange(year: number): void;
}) {
  const tr = useT();
  const styles = useStyles();
  const id = useId('plan-year');
  return (
    <span className={styles.root}>
      <label htmlFor={id}>{tr('plans.switcher.label')}</label>
      <Select
        id={id}
        size="small"
        value={props.year === null ? '' : String(props.year)}
        onChange={(_, data) => props.onChange(Number(data.value))}
      >
        {props.year !== null && !props.plans.some((p) => p.planYear === props.year) && (
          <option value={String(props.year)}>{props.year}</option>
        )}
        {props.plans.map((p) => (
          <option key={p.id} value={String(p.planYear)}>
            {isReadable(p)
              ? tr('plans.switcher.option', { year: p.planYear })
              : tr('plans.switcher.optionStatus', {
                  year: p.planYear,
                  status: tr(`planStatus.${p.status}`).toLocaleLowerCase(tr.locale),
                })}
          </option>
        ))}
      </Select>
    </span>
  );
}
