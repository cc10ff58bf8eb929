import { checkMeasurement, parseMeasuredValue } from './measurement.js';

const percent = { id: 7, unit: '%', baselineDate: '2026-01-15' };
const today = '2026-06-30';
const draft = (over: Partial<{ value: string; measuredAt: string; comment: string }> = {}) => ({
  value: '42',
  measuredAt: '2026-06-01',
  comment: '',
  ...over,
});

describe('parseMeasuredValue', () => {
  it('reads plain numbers, decimal commas and points, thousands spaces and a Unicode minus', () => {
    expect(parseMeasuredValue('12', '%')).toEqual({ ok: true, value: 12 });
    expect(parseMeasuredValue('12,5', '%')).toEqual({ ok: true, value: 12.5 });
    expect(parseMeasuredValue('12.5', '%')).toEqual({ ok: true, value: 12.5 });
    expect(parseMeasuredValue('1 250 000', 'kr')).toEqual({ ok: true, value: 1250000 });
    expect(parseMeasuredValue('−3', 'st')).toEqual({ ok: true, value: -3 });
  });

  it('accepts the effect’s own unit after the number, in any case and spacing', () => {
    expect(parseMeasuredValue('12 %', '%')).toEqual({ ok: true, value: 12 });
    expect(parseMeasuredValue('12%', '%')).toEqual({ ok: true, value: 12 });
    expect(parseMeasuredValue('3,5 MSEK', 'msek')).toEqual({ ok: true, value: 3.5 });
  });

  it('refuses a different unit and says which unit was typed', () => {
    expect(parseMeasuredValue('12 %', 'st')).toEqual({ ok: false, code: 'wrongUnit', given: '%' });
    expect(parseMeasuredValue('40 timmar', 'dagar')).toEqual({
      ok: false,
      code: 'wrongUnit',
      given: 'timmar',
    });
  });

  it('refuses a unit when the effect has none, and text that is no number', () => {
    expect(parseMeasuredValue('12 %', '')).toEqual({ ok: false, code: 'unitNotExpected', given: '%' });
    expect(parseMeasuredValue('tolv', '%')).toEqual({ ok: false, code: 'notNumber' });
    expect(parseMeasuredValue('1,2,3', '%')).toEqual({ ok: false, code: 'notNumber' });
    expect(parseMeasuredValue('12 34 5', '%')).toEqual({ ok: false, code: 'notNumber' });
  });
});

describe('checkMeasurement', () => {
  it('accepts a number in the unit on a valid past date and trims the comment', () => {
    expect(checkMeasurement(percent, draft({ value: '42,5 %', comment: ' ok ' }), today)).toEqual({
      ok: true,
      value: { effectId: 7, value: 42.5, measuredAt: '2026-06-01', comment: 'ok' },
    });
  });

  it('accepts a measurement on the baseline date and on today', () => {
    expect(checkMeasurement(percent, draft({ measuredAt: '2026-01-15' }), today).ok).toBe(true);
    expect(checkMeasurement(percent, draft({ measuredAt: today }), today).ok).toBe(true);
  });

  it('refuses "12 %" for an effect measured in another unit, naming the unit in Swedish and English', () => {
    const result = checkMeasurement({ ...percent, unit: 'st' }, draft({ value: '12 %' }), today);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([expect.objectContaining({ path: 'value', code: 'wrongUnit' })]);
    expect(result.issues[0]!.message.sv).toContain('enheten st');
    expect(result.issues[0]!.message.sv).toContain('”%”');
    expect(result.issues[0]!.message.en).toContain('unit st');
  });

  it('names the unit when the value is no number at all', () => {
    const result = checkMeasurement(percent, draft({ value: 'ungefär hälften' }), today);
    expect(!result.ok && result.issues[0]).toMatchObject({ path: 'value', code: 'notNumber' });
    expect(!result.ok && result.issues[0]!.message.en).toContain('in the unit %');
  });

  it('requires a value and a date', () => {
    const result = checkMeasurement(percent, draft({ value: ' ', measuredAt: '' }), today);
    expect(!result.ok && result.issues.map((i) => [i.path, i.code])).toEqual([
      ['value', 'required'],
      ['measuredAt', 'required'],
    ]);
  });

  it('refuses dates that do not exist, dates in the future and dates before the baseline', () => {
    const code = (measuredAt: string) => {
      const r = checkMeasurement(percent, draft({ measuredAt }), today);
      return r.ok ? 'ok' : r.issues[0]!.code;
    };
    expect(code('2026-02-30')).toBe('invalidDate');
    expect(code('30/6/2026')).toBe('invalidDate');
    expect(code('2026-07-01')).toBe('future');
    expect(code('2026-01-14')).toBe('beforeBaseline');
  });

  it('says the baseline date in the before-baseline message', () => {
    const r = checkMeasurement(percent, draft({ measuredAt: '2025-12-01' }), today);
    expect(!r.ok && r.issues[0]!.message.sv).toContain('2026-01-15');
  });

  it('allows any past date when the effect has no baseline date', () => {
    expect(
      checkMeasurement({ ...percent, baselineDate: null }, draft({ measuredAt: '2020-01-01' }), today).ok,
    ).toBe(true);
  });
});
