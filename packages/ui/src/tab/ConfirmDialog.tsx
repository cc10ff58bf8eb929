import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { useT } from './i18n.js';

/** What `useCloseThenNavigate` gives: the `surfaceMotion` slot for the dialog, and `after` to run the page change. */
export interface CloseThenNavigate {
  /** Pass to the dialog's `<Dialog surfaceMotion={...}>`: tells the hook when the close animation ended. */
  surfaceMotion: { onMotionFinish(ev: null, data: { direction: 'enter' | 'exit' }): void };
  /** Runs `action` (which leaves the page) now if the dialog is closed and gone, else once it is. */
  after(action: () => void): void;
}

/**
 * Leaves a page only after its dialog has really closed. Unmounting a Fluent dialog while it is open or still
 * animating out disposes tabster's modalizer before it un-hides the page, leaving `aria-hidden="true"` on the
 * app root (microsoft/fluentui#35139, microsoft/tabster#530). So: close through `open`, let the exit motion end
 * (the modalizer is then deactivated with the dialog still mounted), then navigate on the next task.
 */
export function useCloseThenNavigate(open: boolean): CloseThenNavigate {
  const pending = useRef<(() => void) | null>(null);
  // What was hidden at the body's top level before the dialog opened (tabster hides on a timer, after this).
  const hiddenBefore = useRef<Set<Element>>(new Set());
  useLayoutEffect(() => {
    if (open)
      hiddenBefore.current = new Set(
        Array.from(document.body.querySelectorAll(':scope > [aria-hidden="true"]')),
      );
  }, [open]);
  const settled = useRef(!open);
  const fallback = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const flush = useCallback(() => {
    clearTimeout(fallback.current);
    const action = pending.current;
    pending.current = null;
    unhideAfterModalizer(hiddenBefore.current);
    if (!action) return;
    action();
    setTimeout(() => unhideAfterModalizer(hiddenBefore.current), 0);
  }, []);
  if (open) settled.current = false;
  useEffect(() => () => clearTimeout(fallback.current), []);
  return useMemo(
    () => ({
      surfaceMotion: {
        onMotionFinish: (_: null, data: { direction: 'enter' | 'exit' }) => {
          if (data.direction !== 'exit') return;
          settled.current = true;
          // The modalizer un-hides the page on a timer of its own; navigate after it.
          setTimeout(flush, 0);
        },
      },
      after: (action: () => void) => {
        if (settled.current) return action();
        pending.current = action;
        // Should the exit motion never report (it always does in browsers), leave anyway after a second.
        clearTimeout(fallback.current);
        fallback.current = setTimeout(flush, 1000);
      },
    }),
    [flush],
  );
}

/**
 * Workaround for microsoft/fluentui#35139 and microsoft/tabster#530: even closed through `open` and left only
 * after the exit motion, tabster's modalizer can be disposed with its un-hide update still pending, leaving
 * `aria-hidden="true"` on `#root`. Once no dialog is open any more, this removes `aria-hidden` from the body's
 * top-level elements that did not have it before the dialog opened (the ones the modalizer marked) and from
 * nothing else. Remove when the upstream fixes are released.
 */
function unhideAfterModalizer(hiddenBefore: ReadonlySet<Element>): void {
  if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
  for (const el of Array.from(document.body.querySelectorAll(':scope > [aria-hidden="true"]')))
    if (!hiddenBefore.has(el) && !el.hasAttribute('data-tabster-dummy')) el.removeAttribute('aria-hidden');
}

/**
 * Asks before something that cannot be undone (deleting, recording a decision). Escape and the cancel
 * button keep everything as it was.
 */
export function ConfirmDialog(props: {
  open: boolean;
  /** Unique on the page: names the dialog's text for assistive technology. */
  id: string;
  title: string;
  /** The question's explanation: also the dialog's accessible description, so keep it short. */
  children: ReactNode;
  /** Further content below the explanation (e.g. lists to check), not read out as the description. */
  details?: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  /** When confirming leaves the page: the caller's `useCloseThenNavigate(open)`, whose `after` it navigates with. */
  closing?: CloseThenNavigate;
  onConfirm(): void;
  onCancel(): void;
}) {
  const tr = useT();
  // Without a caller's own, still un-hides the page once closed (see unhideAfterModalizer).
  const own = useCloseThenNavigate(props.open);
  // Always mounted and closed through `open`, so Fluent restores what it hid from assistive technology.
  return (
    <Dialog
      open={props.open}
      modalType="alert"
      // Trap focus by making the page inert, not by focusable stand-ins tabster would leave in the body.
      inertTrapFocus
      surfaceMotion={(props.closing ?? own).surfaceMotion}
      onOpenChange={(_, d) => (d.open ? undefined : props.onCancel())}
    >
      <DialogSurface aria-describedby={`${props.id}-text`}>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>
            <div id={`${props.id}-text`}>{props.children}</div>
            {props.details}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={props.busy} onClick={props.onConfirm}>
              {props.confirmLabel}
            </Button>
            <Button onClick={props.onCancel}>{tr('tab.confirm.cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
