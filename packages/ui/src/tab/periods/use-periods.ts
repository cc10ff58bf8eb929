import { useCallback, useEffect, useState } from 'react';
import type { Id, PeriodClosure, StoredReport } from '@devplan/core/domain';
import { useOperation } from '../operation.js';
import type { ReportsPort } from '@devplan/core';

/** What the periods view shows, loaded together. */
export interface PeriodsData {
  administrator: boolean;
  closures: PeriodClosure[];
  reports: StoredReport[];
}

/** Loads whether the person is an administrator, the plan's closures and its stored reports; `reload` reads again. */
export function usePeriods(port: ReportsPort, planId: Id) {
  const operation = useOperation();
  const [data, setData] = useState<PeriodsData | null>(null);
  const { run } = operation;
  const reload = useCallback(async () => {
    await run(async () => {
      const [administrator, closures, reports] = await Promise.all([
        port.isAdministrator(),
        port.closures(planId),
        port.reports(planId),
      ]);
      setData({ administrator, closures, reports });
    });
  }, [port, planId, run]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, operation, reload };
}
