import type { ReactElement } from 'react';

/** Shapes of the status icons; every icon goes with a text, so they are hidden from assistive technology. */
export type IconName =
  'check' | 'warning' | 'error' | 'clock' | 'circle' | 'dismiss' | 'pause' | 'send' | 'edit' | 'play';

const paths: Record<IconName, ReactElement> = {
  check: (
    <>
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M5 8.2 7.1 10.3 11 6" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </>
  ),
  warning: (
    <>
      <path
        d="M8 1.8 14.6 13.6H1.4Z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
      <path d="M8 6v3.6M8 11.2v.9" stroke="currentColor" strokeWidth="1.6" />
    </>
  ),
  error: (
    <>
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M8 4.5v4.2M8 10.6v1" stroke="currentColor" strokeWidth="1.6" />
    </>
  ),
  clock: (
    <>
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M8 4.5V8l2.5 1.6" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </>
  ),
  circle: (
    <circle
      cx="8"
      cy="8"
      r="6.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeDasharray="2.5 2"
    />
  ),
  dismiss: (
    <>
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8" stroke="currentColor" strokeWidth="1.5" />
    </>
  ),
  pause: (
    <>
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M6.4 5.3v5.4M9.6 5.3v5.4" stroke="currentColor" strokeWidth="1.6" />
    </>
  ),
  send: (
    <path
      d="M2 8 14 2.5 11 14 8 9.5Z"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
      strokeLinejoin="round"
    />
  ),
  edit: (
    <path
      d="M10.5 2.5 13.5 5.5 5.5 13.5H2.5V10.5Z"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
      strokeLinejoin="round"
    />
  ),
  play: (
    <>
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M6.5 5.3v5.4L10.8 8Z" fill="currentColor" />
    </>
  ),
};

/** A 16 px line icon in the current text colour, hidden from screen readers (the text beside it says it). */
export function Icon(props: { name: IconName; className?: string }) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      className={props.className}
    >
      {paths[props.name]}
    </svg>
  );
}
