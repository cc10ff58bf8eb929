import { useEffect, useState } from 'react';
import { checkPeriodClose, type Id, type PeriodCloseCheck, type PeriodRef } from '@devplan/core/domain';
import type { ReportsPort } from '@devplan/core';

/** The close check of the period asked about: reading, read, or failed (shown with `ErrorNotice`). */
export interface CloseCheckState {
  loading: boolean;
  check: PeriodCloseCheck | null;
  error: unknown;
}

/** A read's outcome, with the question it answers. */
interface Answer {
  for: PeriodRef;
  check: PeriodCloseCheck | null;
  error: unknown;
}

const READING: CloseCheckState = { loading: true, check: null, error: null };

/**
 * What closing `period` would leave out: the initiatives without an approved follow-up and those waiting for
 * approval. Read fresh each time a period is asked about (each new `PeriodRef` object, i.e. each time the
 * close dialog opens); an answer to an earlier question is dropped. While `period` is null the last answer
 * stays, so the dialog fades out with its content.
 */
export function useCloseCheck(port: ReportsPort, planId: Id, period: PeriodRef | null): CloseCheckState {
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    if (!period) return;
    let live = true;
    port.periodFollowUps(planId, period).then(
      (data) => {
        if (live) setAnswer({ for: period, check: checkPeriodClose(planId, period, data), error: null });
      },
      (error: unknown) => {
        if (live) setAnswer({ for: period, check: null, error });
      },
    );
    return () => {
      live = false;
    };
  }, [port, planId, period]);
  if (period && answer?.for !== period) return READING;
  return { loading: false, check: answer?.check ?? null, error: answer?.error ?? null };
}
