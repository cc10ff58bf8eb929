import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { isReadable, type FocusArea, type Initiative } from '@devplan/core/domain';
import { ConfirmDialog } from '../ConfirmDialog.js';
import { useTab } from '../data.js';
import { useT } from '../i18n.js';
import { ErrorNotice, useOperation } from '../operation.js';
import { usePageStyles } from '../styles.js';
import { EditAreaForm, NewAreaForm, NewInitiativeForm } from './ContentForms.js';
import { Notice } from './DecisionChain.js';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    overflowWrap: 'anywhere',
  },
  title: { flexGrow: 1, flexBasis: '12rem', minWidth: 0 },
  area: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

/** Initiatives of an area in their order (ties by id, so the order is stable). */
function inOrder(initiatives: readonly Initiative[], area: FocusArea): Initiative[] {
  return initiatives
    .filter((i) => i.focusAreaId === area.id)
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
}

/**
 * The content of a plan on its way (draft, adopted, prepared), for members: focus areas and their initiatives in
 * order, moved up and down, retired (status cancelled: the initiative and its history stay) after confirming,
 * an empty area removed after confirming, new areas and initiatives added. Once KS has approved the plan its
 * content is shown as decided and not changed here.
 */
export function DraftContent() {
  const tr = useT();
  const styles = usePageStyles();
  const own = useStyles();
  const { plan, view, port, session, refresh } = useTab();
  const operation = useOperation();
  const [notice, setNotice] = useState<string | null>(null);
  const [retiring, setRetiring] = useState<Initiative | null>(null);
  const [removing, setRemoving] = useState<FocusArea | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  // After a change the plan is read again; until it is, moves, retirements and removals wait (they carry the
  // ETags read).
  const [refreshing, setRefreshing] = useState(false);
  const busy = operation.busy || refreshing;
  if (!session.canEdit) return null;
  if (isReadable(plan)) return null;
  const areas = [...view.focusAreas].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);

  const done = async (message: string) => {
    setNotice(message);
    setRefreshing(true);
    try {
      await refresh();
    } finally {
      setRefreshing(false);
    }
  };
  /** Moves one of `items` by `delta` places, then writes the new order in steps of ten (only what changed). */
  const reorder = async <T extends { sortOrder: number }>(
    items: T[],
    index: number,
    delta: -1 | 1,
    write: (item: T, sortOrder: number) => Promise<unknown>,
  ) => {
    const list = [...items];
    const [moved] = list.splice(index, 1);
    list.splice(index + delta, 0, moved!);
    const ok = await operation.run(async () => {
      for (const [i, item] of list.entries()) if (item.sortOrder !== i * 10) await write(item, i * 10);
      return true;
    });
    if (ok) await done(tr('plans.content.moved'));
  };
  const move = (area: FocusArea, index: number, delta: -1 | 1) =>
    reorder(inOrder(view.initiatives, area), index, delta, (i, sortOrder) =>
      port.updateInitiative(i.id, { sortOrder }, i.etag),
    );
  const moveArea = (index: number, delta: -1 | 1) =>
    reorder(areas, index, delta, (a, sortOrder) => port.updateFocusArea(a.id, { sortOrder }, a.etag));
  const retire = async () => {
    // The item as last read: a re-read after the dialog opened carries the ETag the write must send.
    const target = retiring && view.initiatives.find((i) => i.id === retiring.id);
    setRetiring(null);
    if (!target) return;
    const ok = await operation.run(() =>
      port.updateInitiative(target.id, { status: 'cancelled' }, target.etag),
    );
    if (ok) await done(tr('plans.content.retired', { title: target.title }));
  };
  const remove = async () => {
    const target = removing && view.focusAreas.find((a) => a.id === removing.id);
    setRemoving(null);
    if (!target) return;
    const ok = await operation.run(async () => {
      await port.deleteFocusArea(target.id, target.etag);
      return true;
    });
    if (ok) await done(tr('plans.content.areaRemoved', { title: target.title }));
  };

  return (
    <section aria-labelledby="plan-content" className={styles.section}>
      <h2 id="plan-content" className={styles.subheading}>
        {tr('plans.content.heading')}
      </h2>
      <p className={styles.text}>{tr('plans.content.intro')}</p>
      <Notice text={notice} />
      <ErrorNotice error={operation.error} />
      {areas.map((area, areaIndex) => {
        const list = inOrder(view.initiatives, area);
        return (
          <section key={area.id} aria-label={area.title} className={own.area}>
            <div className={own.item}>
              <h3 className={`${styles.minor} ${own.title}`}>{area.title}</h3>
              <Button
                size="small"
                disabled={areaIndex === 0 || busy}
                aria-label={tr('plans.content.moveAreaUp', { title: area.title })}
                onClick={() => void moveArea(areaIndex, -1)}
              >
                ↑
              </Button>
              <Button
                size="small"
                disabled={areaIndex === areas.length - 1 || busy}
                aria-label={tr('plans.content.moveAreaDown', { title: area.title })}
                onClick={() => void moveArea(areaIndex, 1)}
              >
                ↓
              </Button>
              <Button
                size="small"
                aria-label={tr('plans.content.editAreaLabel', { title: area.title })}
                aria-expanded={editing === area.id}
                onClick={() => setEditing(editing === area.id ? null : area.id)}
              >
                {tr('plans.content.editArea')}
              </Button>
            </div>
            {editing === area.id && (
              <EditAreaForm
                area={area}
                onDone={async (message) => {
                  setEditing(null);
                  if (message) await done(message);
                }}
              />
            )}
            {list.length === 0 ? (
              <div className={own.item}>
                <span className={own.title}>{tr('plans.content.noInitiatives')}</span>
                <Button
                  size="small"
                  disabled={busy}
                  aria-label={tr('plans.content.removeAreaLabel', { title: area.title })}
                  onClick={() => setRemoving(area)}
                >
                  {tr('plans.content.removeArea')}
                </Button>
              </div>
            ) : (
              <ol className={styles.list}>
                {list.map((i, index) => (
                  <li key={i.id}>
                    <div className={own.item}>
                      <span className={own.title}>
                        {i.title} {i.status === 'cancelled' && tr('plans.content.retiredTag')}
                      </span>
                      <Button
                        size="small"
                        disabled={index === 0 || busy}
                        aria-label={tr('plans.content.moveUp', { title: i.title })}
                        onClick={() => void move(area, index, -1)}
                      >
                        ↑
                      </Button>
                      <Button
                        size="small"
                        disabled={index === list.length - 1 || busy}
                        aria-label={tr('plans.content.moveDown', { title: i.title })}
                        onClick={() => void move(area, index, 1)}
                      >
                        ↓
                      </Button>
                      {i.status !== 'cancelled' && (
                        <Button
                          size="small"
                          disabled={busy}
                          aria-label={tr('plans.content.retireLabel', { title: i.title })}
                          onClick={() => setRetiring(i)}
                        >
                          {tr('plans.content.retire')}
                        </Button>
                      )}
                    </div>
                  </li>
                ))}
              </ol>
            )}
            <NewInitiativeForm area={area} onDone={done} />
          </section>
        );
      })}
      <NewAreaForm onDone={done} />
      <ConfirmDialog
        open={retiring !== null}
        id="retire-initiative"
        title={tr('plans.content.retireTitle')}
        confirmLabel={tr('plans.content.retire')}
        busy={busy}
        onConfirm={() => void retire()}
        onCancel={() => setRetiring(null)}
      >
        {retiring ? tr('plans.content.retireText', { title: retiring.title }) : ''}
      </ConfirmDialog>
      <ConfirmDialog
        open={removing !== null}
        id="remove-area"
        title={tr('plans.content.removeAreaTitle')}
        confirmLabel={tr('plans.content.removeArea')}
        busy={busy}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
      >
        {removing ? tr('plans.content.removeAreaText', { title: removing.title }) : ''}
      </ConfirmDialog>
    </section>
  );
}
