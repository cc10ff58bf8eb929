import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from './i18n.js';
import { usePageStyles } from './styles.js';

/** A demo person of the local sign-in. */
export interface LocalUser {
  key: string;
  name: string;
  /** `owner`, `member` or `visitor`. */
  role: string;
}

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    maxWidth: '28rem',
  },
});

/** The demo people whose part in the demo has a name of its own (the start page names them the same way). */
const DEMO_PARTS = ['admin', 'staff', 'staff2', 'approver', 'deputy', 'reader'] as const;
const isDemoPart = (key: string): key is (typeof DEMO_PARTS)[number] =>
  (DEMO_PARTS as readonly string[]).includes(key);

/**
 * Standalone mode's local sign-in: pick a demo person (staff, approver, reader …); their token is then used
 * like a real one. Each person is named with their part in the demo (writes follow-ups, approves, is the
 * approver's deputy, reads the intranet, administers the plan), as the start page names them.
 */
export function SignInPicker(props: {
  users: readonly LocalUser[];
  onPick(key: string): void;
  busy?: boolean;
}) {
  const tr = useT();
  const styles = usePageStyles();
  const own = useStyles();
  const approver = props.users.find((u) => u.key === 'approver')?.name ?? '';
  const roleText = ({ key, role }: LocalUser) => {
    if (isDemoPart(key) && (key !== 'deputy' || approver)) return tr(`people.role.${key}`, { approver });
    return role === 'owner' || role === 'member' || role === 'visitor' ? tr(`tab.signIn.role.${role}`) : role;
  };
  return (
    <main className={styles.page}>
      <h1 className={styles.heading}>{tr('tab.signIn.heading')}</h1>
      <p className={styles.text}>{tr('tab.signIn.intro')}</p>
      <ul className={own.list}>
        {props.users.map((u) => (
          <li key={u.key}>
            <Button disabled={props.busy} onClick={() => props.onPick(u.key)}>
              {tr('tab.signIn.as', { name: u.name, role: roleText(u) })}
            </Button>
          </li>
        ))}
      </ul>
    </main>
  );
}
