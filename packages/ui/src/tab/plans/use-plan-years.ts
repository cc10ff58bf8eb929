import { useCallback, useEffect, useState } from 'react';
import type { Decision, Plan } from '@devplan/core/domain';
import type { PlansPort } from '@devplan/core';
import { useOperation } from '../operation.js';

/** Whether the signed-in person is a plan administrator and the shown plan's decision chain, with a way to reload. */
export function usePlanYears(port: PlansPort, plan: Plan) {
  const operation = useOperation();
  const [administrator, setAdministrator] = useState(false);
  const [decisions, setDecisions] = useState<Decision[] | null>(null);
  const { run } = operation;
  const load = useCallback(async () => {
    await run(async () => {
      const [admin, chain] = await Promise.all([port.isAdministrator(), port.decisions(plan.id)]);
      setAdministrator(admin);
      setDecisions(chain);
    });
  }, [port, plan.id, run]);
  useEffect(() => {
    void load();
  }, [load]);
  return { administrator, decisions, operation, reload: load };
}
