import { useCallback, useEffect, useState } from 'react';
import type { Measurement } from '@devplan/core/domain';
import { useTab } from '../data.js';
import { useOperation } from '../operation.js';

/** The measurements of the given effects, loaded in one request, with a way to add a saved one. */
export function useMeasurements(effectIds: readonly number[]) {
  const { port } = useTab();
  const operation = useOperation();
  const [measurements, setMeasurements] = useState<Measurement[] | null>(null);
  const key = effectIds.join(',');
  const { run } = operation;
  useEffect(() => {
    const ids = key ? key.split(',').map(Number) : [];
    if (ids.length === 0) {
      setMeasurements([]);
      return;
    }
    // Other effects now: what was read for the earlier ones is not shown (nor counted) meanwhile, and a read
    // for them that answers late is dropped.
    let current = true;
    setMeasurements(null);
    void run(async () => {
      const read = await port.measurements(ids);
      if (current) setMeasurements(read);
    });
    return () => {
      current = false;
    };
  }, [key, port, run]);
  const add = useCallback((m: Measurement) => setMeasurements((list) => [...(list ?? []), m]), []);
  const drop = useCallback(
    (effectId: number) => setMeasurements((list) => (list ?? []).filter((m) => m.effectId !== effectId)),
    [],
  );
  return { measurements, operation, add, drop };
}
