import { Button, Field, Select, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import {
  levelNumber,
  newCreateKey,
  PRINCIPLE_LEVELS,
  sameName,
  type PrincipleLevel,
  type PrincipleMatrix,
  type PrincipleRound,
} from '@devplan/core/domain';
import type { PrinciplesPort } from '@devplan/core';
import { SubmitForm, useFieldIssues } from '../form.js';
import { useT } from '../i18n.js';
import { ErrorNotice, useOperation } from '../operation.js';
import { usePageStyles } from '../styles.js';
import { usePrinciplesStyles } from './styles.js';

/**
 * A member gives their administration's self-assessment of one principle in the open round: administration,
 * principle, level (1–4) and a short comment. An assessment already given for the pair is named and changed at
 * the version shown (someone else's change meanwhile is refused, not overwritten).
 */
export function AssessmentForm(props: {
  port: PrinciplesPort;
  round: PrincipleRound;
  matrix: PrincipleMatrix;
  onSaved(message: string): Promise<void>;
}) {
  const tr = useT();
  const page = usePageStyles();
  const styles = usePrinciplesStyles();
  const operation = useOperation();
  const issues = useFieldIssues();
  const [administration, setAdministration] = useState('');
  const [principle, setPrinciple] = useState('');
  const [level, setLevel] = useState<PrincipleLevel | ''>('');
  const [comment, setComment] = useState('');
  // One key per request: kept when the same request is sent again after a failure, new for anything else.
  const [createKey, setCreateKey] = useState(newCreateKey);
  const levelText = (l: PrincipleLevel) =>
    tr('principles.levelValue', { number: levelNumber(l), name: tr(`principles.level.${l}`) });

  const existing =
    props.matrix.rows
      .find((r) => sameName(r.administration, administration))
      ?.cells.find((c) => sameName(c.principle, principle))?.assessment ?? null;

  const choose = (set: (value: string) => void) => (value: string) => {
    set(value);
    setCreateKey(newCreateKey());
    issues.show([]);
  };

  const save = async () => {
    issues.show([]);
    const answer = await operation.run(
      () =>
        props.port.assess(
          {
            roundId: props.round.id,
            administration,
            principle,
            level: level as PrincipleLevel,
            comment,
            etag: existing?.etag ?? null,
          },
          createKey,
        ),
      { onValidation: issues.show },
    );
    if (!answer) return;
    setCreateKey(newCreateKey());
    setComment('');
    await props.onSaved(
      tr('principles.form.saved', {
        administration: answer.assessment.administration,
        principle: answer.assessment.principle,
        level: levelText(answer.assessment.level),
      }),
    );
  };

  return (
    <SubmitForm
      busy={operation.busy}
      onSubmit={() => void save()}
      className={`${page.section} ${styles.form}`}
    >
      <h2 className={page.subheading}>{tr('principles.form.heading')}</h2>
      <p className={page.text}>{tr('principles.form.intro')}</p>
      {(
        [
          ['administration', administration, setAdministration, props.matrix.administrations],
          ['principle', principle, setPrinciple, props.matrix.principles],
        ] as const
      ).map(([name, value, set, names]) => (
        <Field key={name} label={tr(`principles.form.${name}`)} required {...issues.field(name)}>
          <Select id={`principle-${name}`} value={value} onChange={(_, d) => choose(set)(d.value)}>
            <option value="">{tr('principles.form.choose')}</option>
            {names.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      {existing && (
        <p className={page.text}>{tr('principles.form.existing', { level: levelText(existing.level) })}</p>
      )}
      <Field label={tr('principles.form.level')} required {...issues.field('level')}>
        <Select
          id="principle-level"
          value={level}
          onChange={(_, d) => {
            setLevel(d.value as PrincipleLevel | '');
            setCreateKey(newCreateKey());
          }}
        >
          <option value="">{tr('principles.form.choose')}</option>
          {PRINCIPLE_LEVELS.map((l) => (
            <option key={l} value={l}>
              {levelText(l)}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={tr('principles.form.comment')}
        hint={tr('principles.form.commentHint')}
        {...issues.field('comment')}
      >
        <Textarea
          id="principle-comment"
          value={comment}
          resize="vertical"
          rows={3}
          onChange={(_, d) => {
            setComment(d.value);
            setCreateKey(newCreateKey());
          }}
        />
      </Field>
      <ErrorNotice error={operation.error} />
      <div>
        <Button type="submit" appearance="primary" disabledFocusable={operation.busy}>
          {tr('principles.form.submit')}
        </Button>
      </div>
    </SubmitForm>
  );
}
