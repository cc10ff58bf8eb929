import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  latestRound,
  planPrincipleMatrix,
  type Initiative,
  type Plan,
  type PrincipleAssessment,
  type PrincipleRound,
} from '@devplan/core/domain';
import type { PrinciplesPort } from '@devplan/core';
import { useOperation } from '../operation.js';

/**
 * The follow-up of the principles of the shown plan: whether the person is a plan administrator, the plan's
 * rounds, the round shown (the open one or the latest, unless another is chosen), its assessments and the
 * matrix administrations × principles, with a way to read everything again after a change.
 */
export function usePrinciples(
  port: PrinciplesPort,
  plan: Plan,
  initiatives: readonly Pick<Initiative, 'administrations'>[],
) {
  const operation = useOperation();
  const [administrator, setAdministrator] = useState(false);
  const [rounds, setRounds] = useState<PrincipleRound[] | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const [assessments, setAssessments] = useState<PrincipleAssessment[]>([]);
  const { run } = operation;

  const round = useMemo(
    () => (rounds ? (rounds.find((r) => r.id === chosen) ?? latestRound(rounds)) : null),
    [rounds, chosen],
  );
  const openRound = rounds?.find((r) => r.state === 'open') ?? null;

  const load = useCallback(
    async (show: number | null = null) => {
      await run(async () => {
        const [admin, all] = await Promise.all([port.isAdministrator(), port.rounds(plan.id)]);
        const shown = all.find((r) => r.id === show) ?? latestRound(all);
        setAssessments(shown ? await port.assessments(shown.id) : []);
        setAdministrator(admin);
        setRounds(all);
        setChosen(shown?.id ?? null);
      });
    },
    [port, plan.id, run],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const matrix = useMemo(
    () => planPrincipleMatrix(plan, initiatives, assessments),
    [plan, initiatives, assessments],
  );
  return {
    administrator,
    rounds,
    round,
    openRound,
    matrix,
    operation,
    /** Reads everything again, showing round `show` (default: the open or latest round). */
    reload: load,
  };
}
