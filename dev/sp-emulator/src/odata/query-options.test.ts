import { parseQueryOptions } from './query-options.js';

const parse = (query: string) => parseQueryOptions(new URLSearchParams(query));

describe('the OData query options parser', () => {
  it('splits $select and $expand into property paths', () => {
    const options = parse('$select=Title,Plan/Title,Author/EMail&$expand=Plan,Author');
    expect(options.select).toEqual([['Title'], ['Plan', 'Title'], ['Author', 'EMail']]);
    expect(options.expand).toEqual([['Plan'], ['Author']]);
  });

  it('accepts * in $select', () => {
    expect(parse('$select=*').select).toEqual([['*']]);
  });

  it('decodes URL-encoded option names and + for spaces', () => {
    const options = parse("%24filter=Title+eq+'A+B'&%24top=5");
    expect(options.top).toBe(5);
    expect(options.filter).toMatchObject({ right: { value: 'A B' } });
  });

  it('reads several $orderby terms with directions', () => {
    expect(parse('$orderby=PlanYear desc,Title').orderBy).toEqual([
      { path: ['PlanYear'], descending: true },
      { path: ['Title'], descending: false },
    ]);
  });

  it('collects parameter aliases', () => {
    const options = parse("@v='i:0#.f|membership|sara.lindqvist@malmo.example'");
    expect(options.aliases.get('@v')).toMatchObject({
      value: 'i:0#.f|membership|sara.lindqvist@malmo.example',
    });
  });

  it('refuses unknown system options, naming them', () => {
    expect(() => parse('$apply=groupby(Title)')).toThrow("'$apply'");
    expect(() => parse('$inlinecount=allpages')).toThrow("'$inlinecount'");
  });

  it('refuses a non-numeric $top and a malformed $orderby', () => {
    expect(() => parse('$top=ten')).toThrow('$top');
    expect(() => parse('$orderby=Title sideways')).toThrow('$orderby');
  });

  it('refuses an invalid property path in $select', () => {
    expect(() => parse('$select=Title;drop')).toThrow('not a valid property path');
  });

  it('ignores ordinary query parameters', () => {
    expect(parse('foo=bar')).toEqual({ aliases: new Map() });
  });
});
