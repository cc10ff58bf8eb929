import { Link } from '@fluentui/react-components';
import { useOverview } from './data.js';
import { useT } from './i18n.js';
import { DelegationsSection } from './Delegations.js';
import { PageHeading } from './PageHeading.js';
import { PendingApprovals } from './PendingApprovals.js';
import { routeHash } from './route.js';
import { StatusLabel } from './status.js';
import { usePageStyles } from './styles.js';

/** The personal tab: the initiatives I own and the submitted follow-ups waiting for my decision (decided here too). */
export function PersonalView() {
  const tr = useT();
  const styles = usePageStyles();
  // The overview's columns are all it shows (a waiting follow-up's texts are read with it).
  const { view, session } = useOverview();
  const me = session.user.id;
  const mine = view.initiatives.filter((i) => i.ownerId === me);
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
      <PendingApprovals headingId="mine-pending" emptyText={tr('tab.mine.nonePending')} />
      <DelegationsSection />
    </div>
  );
}
