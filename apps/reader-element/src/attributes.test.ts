import { localeOfElement, OBSERVED_ATTRIBUTES, settingsFromAttributes } from './attributes';

const reader = (attributes: Record<string, string>) => (name: string) => attributes[name] ?? null;

describe('the element’s attributes', () => {
  it('give the web part’s defaults when none is set: the latest plan, every area, the overview, every part', () => {
    expect(settingsFromAttributes(reader({}))).toEqual({
      plan: 'latest',
      areaId: null,
      layout: 'overview',
      sections: ['decisions', 'longTerm', 'followUp', 'effects', 'changes', 'activities'],
    });
  });

  it('read a plan year, an area, a layout and the parts shown', () => {
    expect(
      settingsFromAttributes(
        reader({ plan: ' 2026 ', area: '3', layout: 'table', sections: 'followUp, effects,nonsense' }),
      ),
    ).toEqual({ plan: 2026, areaId: 3, layout: 'table', sections: ['followUp', 'effects'] });
  });

  it('fall back to the defaults on malformed values, and show no optional part for an empty list', () => {
    expect(
      settingsFromAttributes(reader({ plan: 'next', area: '-1', layout: 'carousel', sections: '' })),
    ).toEqual({ plan: 'latest', areaId: null, layout: 'overview', sections: [] });
  });

  it('are all observed, the view’s and the connection’s', () => {
    for (const name of ['plan', 'area', 'layout', 'sections', 'lang', 'site', 'client-id', 'tenant', 'scope'])
      expect(OBSERVED_ATTRIBUTES).toContain(name);
  });
});

describe('the element’s language', () => {
  const element = (own: string | null, around: string | null) =>
    ({
      getAttribute: (name: string) => (name === 'lang' ? own : null),
      closest: () => (around === null ? null : { getAttribute: () => around }),
    }) as unknown as Element;

  it('is its own lang, else the page’s, else Swedish', () => {
    expect(localeOfElement(element('en', 'sv-SE'))).toBe('en');
    expect(localeOfElement(element(null, 'en-GB'))).toBe('en');
    expect(localeOfElement(element(null, 'sv-SE'))).toBe('sv');
    expect(localeOfElement(element(null, null))).toBe('sv');
    expect(localeOfElement(element('nb-NO', null))).toBe('sv');
  });
});
