import { Button, Spinner } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Effect, Initiative } from '@devplan/core/domain';
import { ConfirmDialog } from '../ConfirmDialog.js';
import { useTab } from '../data.js';
import { useT } from '../i18n.js';
import { ErrorNotice, useOperation } from '../operation.js';
import type { Route } from '../route.js';
import { usePageStyles } from '../styles.js';
import { EffectCard } from './EffectCard.js';
import { useMeasurements } from './useMeasurements.js';

/** The id of the effects section's heading (readiness links land on it). */
export const EFFECTS_HEADING_ID = 'effects';

/**
 * The initiative page's effects: each effect with its plan, chart and measurements; members add effects,
 * record measurements, edit and delete (after confirming; guarded by the ETag read, so an effect someone
 * changed meanwhile is not deleted).
 */
export function EffectsSection(props: {
  initiative: Initiative;
  navigate(route: Route): void;
  onNotice(message: string | null): void;
  /** Move focus to the section when the page opens (a readiness link pointed here). */
  focus?: boolean;
}) {
  const tr = useT();
  const styles = usePageStyles();
  const { view, session, port, remove } = useTab();
  const { initiative } = props;
  const effects = useMemo(
    () => view.effects.filter((e) => e.initiativeId === initiative.id),
    [view.effects, initiative.id],
  );
  const { measurements, operation: loading, add, drop } = useMeasurements(effects.map((e) => e.id));
  const operation = useOperation();
  const [recording, setRecording] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<Effect | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const canEdit = session.canEdit;

  useEffect(() => {
    if (props.focus) {
      heading.current?.scrollIntoView?.({ block: 'start' });
      heading.current?.focus();
    }
  }, [props.focus]);

  const confirmDelete = async () => {
    const target = deleting;
    if (!target) return;
    const done = await operation.run(async () => {
      await port.deleteEffect(target.id, target.etag);
      return true;
    });
    setDeleting(null);
    if (done) {
      remove('effects', target.id);
      drop(target.id);
      props.onNotice(tr('effects.saved.deleted', { title: target.title }));
    }
  };

  return (
    <section aria-labelledby={EFFECTS_HEADING_ID} className={styles.section}>
      <h2 id={EFFECTS_HEADING_ID} ref={heading} tabIndex={-1} className={styles.subheading}>
        {tr('effects.section.heading')}
      </h2>
      <ErrorNotice error={loading.error} />
      <ErrorNotice error={operation.error} />
      {effects.length === 0 ? (
        <p className={styles.text}>{tr('effects.section.none')}</p>
      ) : (
        <>
          {measurements === null && !loading.error && (
            <Spinner size="tiny" label={tr('effects.section.loadingMeasurements')} />
          )}
          {effects.map((effect) => (
            <EffectCard
              key={effect.id}
              effect={effect}
              measurements={measurements}
              canEdit={canEdit}
              recording={recording === effect.id}
              onRecord={(open) => setRecording(open ? effect.id : null)}
              onRecorded={(m) => {
                add(m);
                setRecording(null);
                props.onNotice(tr('effects.saved.measurement'));
              }}
              onDelete={() => setDeleting(effect)}
            />
          ))}
        </>
      )}
      {canEdit && (
        <div>
          <Button onClick={() => props.navigate({ page: 'editEffect', id: initiative.id, effectId: null })}>
            {tr('tab.effect.add')}
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={deleting !== null}
        id="delete-effect"
        title={tr('effects.delete.title')}
        confirmLabel={tr('effects.delete.confirm')}
        busy={operation.busy}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)}
      >
        {deleting &&
          tr('effects.delete.text', {
            title: deleting.title,
            count: (measurements ?? []).filter((m) => m.effectId === deleting.id).length,
          })}
      </ConfirmDialog>
    </section>
  );
}
