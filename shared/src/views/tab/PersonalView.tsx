import { Link } from '@fluentui/react-components';
import { periodLabel } from '../../domain/index.js';
import { useTab } from './data.js';
import { useT } from './i18n.js';
import { PageHeading } from './PageHeading.js';
import { routeHash } from './route.js';
import { StatusLabel } from './status.js';
import { usePageStyles } from './styles.js';

/** The personal tab: the initiatives I own and the submitted follow-ups waiting for my approval. */
export function PersonalView() {
  const tr = useT();
  const styles = usePageStyles();
  const { view, session } = useTab();
  const me = session.user.id;
  const mine = view.initiatives.filter((i) => i.ownerId === me);
  const approving = new Set(view.initiatives.filter((i) => i.approverId === me).map((i) => i.id));
  const pending = view.followUps.filter((f) => f.state === 'submitted' && approving.has(f.initiativeId));
  const title = (id: number) => view.initiatives.find((i) => i.id === id)?.title ?? String(id);
  return (
    <div className={styles.page}>
      <PageHeading>{tr('tab.mine.heading', { name: session.user.title })}</PageHeading>
      <section aria-labelledby="mine-owned" className={styles.section}>
        <h2 id="mine-owned" className={styles.subheading}>
          {tr('tab.mine.owned')}
        </h2>
        {mine.length === 0 ? (
          <p className={styles.text}>{tr('tab.mine.noneOwned')}</p>
        ) : (
          <ul className={styles.list}>
            {mine.map((i) => (
              <li key={i.id}>
                <Link href={routeHash({ page: 'initiative', id: i.id })}>{i.title}</Link> –{' '}
                <StatusLabel status={{ kind: 'initiativeStatus', value: i.status }} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="mine-pending" className={styles.section}>
        <h2 id="mine-pending" className={styles.subheading}>
          {tr('tab.mine.pending')}
        </h2>
        {!session.canReadWorking ? (
          <p className={styles.text}>{tr('tab.role.publishedOnly')}</p>
        ) : pending.length === 0 ? (
          <p className={styles.text}>{tr('tab.mine.nonePending')}</p>
        ) : (
          <ul className={styles.list}>
            {pending.map((f) => (
              <li key={f.id}>
                <Link href={routeHash({ page: 'initiative', id: f.initiativeId })}>
                  {title(f.initiativeId)}
                </Link>{' '}
                – {tr.pick(periodLabel(f.period))} {f.periodYear}:{' '}
                <StatusLabel status={{ kind: 'followUpStatus', value: f.status }} />
              </li>
            ))}
          </ul>
        )}
        <p className={styles.text}>{tr('tab.mine.approveHint')}</p>
      </section>
    </div>
  );
}
