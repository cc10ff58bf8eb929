import { NothingApprovedError } from './period-close.js';
import { buildSnapshot, SNAPSHOT_FORMAT } from './snapshot.js';
import { sampleSnapshotInput } from './test-fixtures.js';

describe('the period snapshot', () => {
  it('freezes the plan, its decisions and the period with who closed it and when', () => {
    const snapshot = buildSnapshot(sampleSnapshotInput());
    expect(snapshot.format).toBe(SNAPSHOT_FORMAT);
    expect(snapshot.plan).toMatchObject({ id: 1, caseNumber: 'STK-2025-1042', planYear: 2026 });
    expect(snapshot.period).toEqual({ year: 2026, period: 'T1' });
    expect(snapshot.closedBy).toEqual({ id: 6, name: 'Maria Ek' });
    expect(snapshot.decisions).toEqual([
      { body: 'Servicenämnden', date: '2025-06-17', paragraph: '§ 64', outcome: 'Fastställd' },
    ]);
  });

  it('orders focus areas and initiatives as the plan does', () => {
    const snapshot = buildSnapshot(sampleSnapshotInput());
    expect(snapshot.focusAreas.map((a) => a.title)).toEqual(['Gemensam infrastruktur', 'Digital förmåga']);
    expect(snapshot.focusAreas[0]!.initiatives.map((i) => i.title)).toEqual(['Identitet', 'Nätverk']);
  });

  it('keeps only this plan’s approved follow-ups of this period, the latest approval winning', () => {
    const snapshot = buildSnapshot(sampleSnapshotInput());
    const [identity, network] = snapshot.focusAreas[0]!.initiatives;
    expect(identity!.followUp).toMatchObject({ publishedId: 2, progress: 45, summary: 'Sammanfattning 2' });
    expect(network!.followUp).toBeNull();
    expect(snapshot.focusAreas[1]!.initiatives[0]!.followUp).toMatchObject({ progress: 70 });
    expect(snapshot.counts).toEqual({ initiatives: 3, approved: 2 });
  });

  it('keeps the measurements taken up to the close, oldest first', () => {
    const snapshot = buildSnapshot(sampleSnapshotInput());
    const effect = snapshot.focusAreas[0]!.initiatives[0]!.effects[0]!;
    expect(effect.measurements.map((m) => m.measuredAt)).toEqual(['2026-02-28', '2026-04-30']);
    expect(effect).toMatchObject({ unit: 'dagar', baseline: 30, target: 10.5 });
  });

  it('keeps a measurement dated the day of a close just after midnight, the day as it is in Stockholm', () => {
    const measured = (closedAt: string) =>
      buildSnapshot({
        ...sampleSnapshotInput(),
        closedAt,
      }).focusAreas[0]!.initiatives[0]!.effects[0]!.measurements.map((m) => m.measuredAt);
    // 00:16 on 30 June in Malmö is still 29 June in UTC; 23:59 on 29 June is before the measurement.
    expect(measured('2026-06-29T22:16:00.000Z')).toContain('2026-06-30');
    expect(measured('2026-06-29T21:59:00.000Z')).not.toContain('2026-06-30');
  });

  it('is the same for the same input, whatever order the lists come in', () => {
    const input = sampleSnapshotInput();
    const reversed = {
      ...input,
      focusAreas: [...input.focusAreas].reverse(),
      initiatives: [...input.initiatives].reverse(),
      published: [...input.published].reverse(),
      measurements: [...input.measurements].reverse(),
    };
    expect(JSON.stringify(buildSnapshot(reversed))).toBe(JSON.stringify(buildSnapshot(input)));
  });

  it('refuses a period with nothing approved, saying so in Swedish and English', () => {
    const input = { ...sampleSnapshotInput(), period: { year: 2026, period: 'FY' } };
    expect(() => buildSnapshot(input)).toThrow(NothingApprovedError);
    try {
      buildSnapshot(input);
    } catch (error) {
      const e = error as NothingApprovedError;
      expect(e.status).toBe(422);
      expect(e.reason.sv).toContain('inga godkända uppföljningar för Helår 2026');
      expect(e.reason.en).toContain('no approved follow-ups for Full year 2026');
    }
  });

  it('does not count an approved follow-up of another plan', () => {
    const input = sampleSnapshotInput();
    const onlyOther = { ...input, published: input.published.filter((p) => p.planId !== 1) };
    expect(() => buildSnapshot(onlyOther)).toThrow(NothingApprovedError);
  });
});
