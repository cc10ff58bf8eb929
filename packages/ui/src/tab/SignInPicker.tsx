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

/** Standalone mode's local sign-in: pick a demo person (staff, approver, reader …); their token is then used like a real one. */
export function SignInPicker(props: {
  users: readonly LocalUser[];
  onPick(key: string): void;
  busy?: boolean;
}) {
  const tr = useT();
  const styles = usePageStyles();
  const own = useStyles();
  const roleText = (role: string) =>
    role === 'owner' || role === 'member' || role === 'visitor' ? tr(`tab.signIn.role.${role}`) : role;
  return (
    <main className={styles.page}>
      <h1 className={styles.heading}>{tr('tab.signIn.heading')}</h1>
      <p className={styles.text}>{tr('tab.signIn.intro')}</p>
      <ul className={own.list}>
        {props.users.map((u) => (
          <li key={u.key}>
            <Button disabled={props.busy} onClick={() => props.onPick(u.key)}>
              {tr('tab.signIn.as', { name: u.name, role: roleText(u.role) })}
            </Button>
          </li>
        ))}
      </ul>
    </main>
  );
}
