import type { ReactElement } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '@devplan/core/domain';
import { t } from '@devplan/core/i18n';
import { StatusIcon } from '../common/index.js';
import { useControlStyles } from '../common/controls.js';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    marginBlock: tokens.spacingVerticalM,
  },
  error: { borderLeft: `4px solid ${tokens.colorPaletteRedBorderActive}` },
  text: { flexGrow: 1, margin: 0 },
  loading: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  // Fluent's small spinner drawn in CSS alone: its component (and its label's) would weigh in the web part's
  // first download for a few hundred milliseconds on screen.
  spinner: {
    flexShrink: 0,
    boxSizing: 'border-box',
    width: '24px',
    height: '24px',
    borderRadius: '50%',
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { to: { transform: 'rotate(360deg)' } },
    animationDuration: '1.5s',
    animationIterationCount: 'infinite',
    animationTimingFunction: 'linear',
    '@media (prefers-reduced-motion: reduce)': { animationDuration: '6s' },
  },
});

/** The loading state: a spinner with a text, announced politely. */
export function ReaderLoading({ label }: { label: string }): ReactElement {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" className={styles.loading}>
      <span className={styles.spinner} aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

/** An empty state: says why there is nothing to show. */
export function ReaderEmpty({ text }: { text: string }): ReactElement {
  const styles = useStyles();
  return (
    <div className={styles.box} role="status">
      <StatusIcon name="clock" />
      <p className={styles.text}>{text}</p>
    </div>
  );
}

/**
 * The error state: what failed, in the reader's language, and a way to try again. `message` is said as the plan's
 * failure ("Planen kunde inte hämtas: …"); `text` is said as it is.
 */
export function ReaderError({
  locale,
  message,
  text,
  onRetry,
}: {
  locale: Locale;
  onRetry: () => void;
} & ({ message: string; text?: never } | { text: string; message?: never })): ReactElement {
  const styles = useStyles();
  const controls = useControlStyles();
  return (
    <div className={`${styles.box} ${styles.error}`} role="alert">
      <StatusIcon name="cross" />
      <p className={styles.text}>{text ?? t(locale, 'reader.failed', { message })}</p>
      <button type="button" className={controls.button} onClick={onRetry}>
        {t(locale, 'reader.retry')}
      </button>
    </div>
  );
}

/**
 * The sign-in prompt of the embeddable reader (the web component) when silent sign-in was not enough: why,
 * and a button that signs in (a pop-up from the click), with what failed the last time.
 */
export function ReaderSignIn({
  locale,
  busy,
  error,
  onSignIn,
}: {
  locale: Locale;
  busy: boolean;
  /** The last failure's message, or null. */
  error: string | null;
  onSignIn: () => void;
}): ReactElement {
  const styles = useStyles();
  const controls = useControlStyles();
  return (
    <div className={styles.box} data-testid="reader-sign-in">
      <StatusIcon name="flag" />
      <div className={styles.text}>
        <p className={styles.text}>{t(locale, 'reader.signIn.prompt')}</p>
        {error !== null && (
          <p className={styles.text} role="alert">
            {t(locale, 'reader.signIn.failed', { message: error })}
          </p>
        )}
      </div>
      <button type="button" className={controls.button} disabled={busy} onClick={onSignIn}>
        {t(locale, busy ? 'reader.signIn.busy' : 'reader.signIn.button')}
      </button>
    </div>
  );
}
