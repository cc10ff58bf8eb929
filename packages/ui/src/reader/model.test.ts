import { buildReaderModel } from './model.js';
import { samplePlanView } from './test-fixtures.js';

describe('buildReaderModel', () => {
  it('gives each initiative its latest approved follow-up', () => {
    const model = buildReaderModel(samplePlanView(), { areaId: null });
    expect(model.byId.get(1)?.latest).toMatchObject({ period: 'T2', status: 'atRisk', progress: 40 });
    expect(model.byId.get(2)?.latest).toMatchObject({ period: 'T2' });
    expect(model.byId.get(3)?.latest).toBeUndefined();
  });

  it('compares the latest period with the one before it', () => {
    const model = buildReaderModel(samplePlanView(), { areaId: null });
    expect(model.currentPeriod).toEqual({ year: 2026, period: 'T2' });
    expect(model.previousPeriod).toEqual({ year: 2026, period: 'T1' });
    expect(model.byId.get(1)?.change).toMatchObject({ kind: 'changed', status: true, progress: true });
    expect(model.byId.get(2)?.change).toMatchObject({ kind: 'new' });
    expect(model.byId.get(3)?.change).toBeNull();
    expect(model.changes.map((c) => c.initiative.id)).toEqual([1, 2]);
  });

  it('reports an initiative approved last period but not this one as not reported', () => {
    const view = samplePlanView();
    view.published.push({ ...view.published[0]!, id: 9, initiativeId: 3, period: 'T1' });
    const model = buildReaderModel(view, { areaId: null });
    expect(model.byId.get(3)?.change).toMatchObject({ kind: 'notReported' });
  });

  it('shows only the chosen focus area but keeps every initiative reachable by id', () => {
    const model = buildReaderModel(samplePlanView(), { areaId: 20 });
    expect(model.areas.map((a) => a.area.id)).toEqual([20]);
    expect(model.initiatives.map((i) => i.initiative.id)).toEqual([3]);
    expect(model.byId.size).toBe(3);
    expect(model.total).toBe(3);
    expect(model.allAreas).toHaveLength(2);
  });

  it('shows every area when the chosen area is not in this plan', () => {
    const model = buildReaderModel(samplePlanView(), { areaId: 999 });
    expect(model.initiatives).toHaveLength(3);
  });

  it('has no period to compare when nothing is published', () => {
    const view = { ...samplePlanView(), published: [] };
    const model = buildReaderModel(view, { areaId: null });
    expect(model.currentPeriod).toBeNull();
    expect(model.changes).toEqual([]);
  });

  it('groups effects and activities under their initiative', () => {
    const model = buildReaderModel(samplePlanView(), { areaId: null });
    expect(model.byId.get(1)?.effects.map((e) => e.title)).toEqual(['Fewer manual steps']);
    expect(model.byId.get(1)?.activities).toHaveLength(1);
    expect(model.byId.get(2)?.effects).toEqual([]);
  });
});
