import type { ReactElement } from 'react';

/** The shapes a status can carry; each status has its own shape so that it never depends on colour alone. */
export type StatusIconName =
  | 'check'
  | 'warning'
  | 'cross'
  | 'flag'
  | 'clock'
  | 'play'
  | 'pause'
  | 'slash'
  | 'error'
  | 'circle'
  | 'dismiss'
  | 'send'
  | 'edit'
  | 'undo';

const paths: Record<StatusIconName, ReactElement> = {
  check: (
    <>
      <circle cx="8" cy="8" r="6.5" />
      <path d="M5 8.3l2 2 4-4.3" />
    </>
  ),
  warning: (
    <>
      <path d="M8 1.8L14.7 13.8H1.3Z" />
      <path d="M8 6v3.6M8 11.4v.3" />
    </>
  ),
  cross: (
    <>
      <circle cx="8" cy="8" r="6.5" />
      <path d="M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8" />
    </>
  ),
  flag: <path d="M3.5 14.5V1.8M3.5 2.3h9l-2.2 3.2 2.2 3.2h-9" />,
  clock: (
    <>
      <circle cx="8" cy="8" r="6.5" />
      <path d="M8 4.4V8l2.6 1.6" />
    </>
  ),
  play: <path d="M5 3.2l7.5 4.8L5 12.8Z" />,
  pause: <path d="M5.5 3.5v9M10.5 3.5v9" />,
  slash: (
    <>
      <circle cx="8" cy="8" r="6.5" />
      <path d="M3.4 12.6l9.2-9.2" />
    </>
  ),
  error: (
    <>
      <circle cx="8" cy="8" r="6.5" />
      <path d="M8 4.5v4.2M8 10.9v.3" />
    </>
  ),
  circle: <circle cx="8" cy="8" r="6.5" strokeDasharray="2.5 2" />,
  dismiss: (
    <>
      <circle cx="8" cy="8" r="6.5" />
      <path d="M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8" />
    </>
  ),
  send: <path d="M2 8L14 2.5 11 14 8 9.5Z" />,
  edit: <path d="M10.5 2.5l3 3-8 8h-3v-3Z" />,
  undo: <path d="M5.5 3.5L2.5 6.5l3 3M2.5 6.5h7a4 4 0 010 8h-3" />,
};

/** A 16 px status glyph drawn in the current text colour; decorative (the status text sits beside it). */
export function StatusIcon({ name, className }: { name: StatusIconName; className?: string }): ReactElement {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      data-icon={name}
      className={className}
    >
      {paths[name]}
    </svg>
  );
}
