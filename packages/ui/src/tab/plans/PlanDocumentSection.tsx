import { Button, Spinner } from '@fluentui/react-components';
import type { Plan } from '@devplan/core/domain';
import type { PlansPort } from '@devplan/core';
import { useT } from '../i18n.js';
import { ErrorNotice, useOperation } from '../operation.js';
import { saveFile } from '../periods/save-file.js';
import { usePageStyles } from '../styles.js';

/**
 * The plan document for the committee: the shown plan as a Word document in the city's structure, made by the
 * app server (members and plan administrators; a draft is not for readers) and saved by the browser.
 */
export function PlanDocumentSection(props: { port: PlansPort; plan: Plan }) {
  const tr = useT();
  const styles = usePageStyles();
  const operation = useOperation();
  const download = async () => {
    const file = await operation.run(() => props.port.planDocument(props.plan.id));
    if (file) saveFile(file.name, file.blob);
  };
  return (
    <section aria-labelledby="plan-document" className={styles.section}>
      <h2 id="plan-document" className={styles.subheading}>
        {tr('planDocument.tab.heading')}
      </h2>
      <p className={styles.text}>{tr('planDocument.tab.help', { year: props.plan.planYear })}</p>
      <div>
        <Button disabled={operation.busy} onClick={() => void download()}>
          {tr('planDocument.tab.download')}
        </Button>
        {operation.busy && <Spinner size="tiny" label={tr('planDocument.tab.busy')} />}
      </div>
      <ErrorNotice error={operation.error} />
    </section>
  );
}
