import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useT } from './i18n.js';

/**
 * Asks before something that cannot be undone (deleting, recording a decision). Escape and the cancel
 * button keep everything as it was.
 */
export function ConfirmDialog(props: {
  open: boolean;
  /** Unique on the page: names the dialog's text for assistive technology. */
  id: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  const tr = useT();
  // Always mounted and closed through `open`, so Fluent restores what it hid from assistive technology.
  return (
    <Dialog
      open={props.open}
      modalType="alert"
      // Trap focus by making the page inert, not by focusable stand-ins tabster would leave in the body.
      inertTrapFocus
      onOpenChange={(_, d) => (d.open ? undefined : props.onCancel())}
    >
      <DialogSurface aria-describedby={`${props.id}-text`}>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>
            <div id={`${props.id}-text`}>{props.children}</div>
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
