import { BadRequestError } from '../errors/sp-errors.js';
import { topLevelConjuncts } from './filter-ast.js';
import { parseFilter, parseLiteral } from './filter-parser.js';

describe('the OData filter parser', () => {
  it('parses a comparison of a field with a string literal', () => {
    expect(parseFilter("Title eq 'Plan'")).toEqual({
      type: 'compare',
      op: 'eq',
      left: { type: 'member', path: ['Title'] },
      right: { type: 'literal', kind: 'string', value: 'Plan' },
    });
  });

  it('unescapes doubled quotes in strings', () => {
    const node = parseFilter("Title eq 'It''s'");
    expect(node).toMatchObject({ right: { value: "It's" } });
  });

  it('reads numbers, booleans, null and typed datetime literals', () => {
    expect(parseFilter('PlanYear ge 2026')).toMatchObject({
      op: 'ge',
      right: { kind: 'number', value: 2026 },
    });
    expect(parseFilter('Active eq true')).toMatchObject({ right: { kind: 'boolean', value: true } });
    expect(parseFilter('Done eq 1')).toMatchObject({ right: { kind: 'number', value: 1 } });
    expect(parseFilter('Owner eq null')).toMatchObject({ right: { kind: 'null', value: null } });
    expect(parseFilter("Due lt datetime'2025-06-17T00:00:00Z'")).toMatchObject({
      right: { kind: 'datetime', value: '2025-06-17T00:00:00Z' },
    });
    expect(parseFilter('Amount gt -1.5')).toMatchObject({ right: { kind: 'number', value: -1.5 } });
  });

  it('reads lookup paths', () => {
    expect(parseFilter('Plan/Id eq 3')).toMatchObject({ left: { type: 'member', path: ['Plan', 'Id'] } });
  });

  it('gives and a higher precedence than or', () => {
    const node = parseFilter('A eq 1 or B eq 2 and C eq 3');
    expect(node.type).toBe('or');
    expect(node).toMatchObject({ right: { type: 'and' } });
  });

  it('respects parentheses and not', () => {
    const node = parseFilter('not (A eq 1 or B eq 2) and C eq 3');
    expect(node).toMatchObject({ type: 'and', left: { type: 'not', operand: { type: 'or' } } });
  });

  it('parses startswith and substringof calls', () => {
    expect(parseFilter("startswith(Title, 'Pl')")).toMatchObject({ type: 'call', name: 'startswith' });
    expect(parseFilter("substringof('lan', Title) eq true")).toMatchObject({
      type: 'compare',
      left: { type: 'call', name: 'substringof' },
    });
  });

  it('resolves parameter aliases', () => {
    const node = parseFilter('Title eq @t', (name) =>
      name === '@t' ? { type: 'literal', kind: 'string', value: 'x' } : undefined,
    );
    expect(node).toMatchObject({ right: { value: 'x' } });
  });

  it('accepts operators in any case', () => {
    expect(parseFilter("Title EQ 'x' AND ID Gt 3")).toMatchObject({ type: 'and' });
  });

  it.each([
    ["Title eq 'x", 'not terminated'],
    ['Title eq', 'ends where a value'],
    ["Title 'x'", 'comparison operator'],
    ['(Title eq 1', "Expected ')'"],
    ['Title eq 1)', "Unexpected ')'"],
    ['', 'empty'],
    ['Title eq 1 #', "Unexpected character '#'"],
  ])('refuses the malformed filter %p', (source, fragment) => {
    expect(() => parseFilter(source)).toThrow(BadRequestError);
    expect(() => parseFilter(source)).toThrow(fragment);
  });

  it('names unsupported functions and operators', () => {
    expect(() => parseFilter("tolower(Title) eq 'x'")).toThrow("The function 'tolower' is not supported");
    expect(() => parseFilter('Price add 1 eq 3')).toThrow("The operator 'add' is not supported");
    expect(() => parseFilter("endswith(Title, 'x')")).toThrow("'endswith' is not supported");
  });

  it('refuses absurdly deep nesting instead of overflowing the stack', () => {
    expect(() => parseFilter(`${'not '.repeat(500)}A eq 1`)).toThrow('nested too deeply');
  });

  it('refuses a filter with too many comparisons', () => {
    const many = Array.from({ length: 201 }, (_, i) => `ID eq ${i}`).join(' or ');
    expect(() => parseFilter(many)).toThrow('too complex');
  });

  it('lists the top-level AND-ed clauses', () => {
    const node = parseFilter('A eq 1 and (B eq 2 and C eq 3) and (D eq 4 or E eq 5)');
    expect(topLevelConjuncts(node).map((n) => n.type)).toEqual(['compare', 'compare', 'compare', 'or']);
  });

  it('parses standalone literals used in paths and aliases', () => {
    expect(parseLiteral("'i:0#.f|membership|x@y'")).toEqual({
      type: 'literal',
      kind: 'string',
      value: 'i:0#.f|membership|x@y',
    });
    expect(parseLiteral("guid'0a6f1c4e-2b7d-4c1a-9e3f-5d8b2a7c6e01'")).toMatchObject({ kind: 'guid' });
    expect(parseLiteral('42')).toMatchObject({ kind: 'number', value: 42 });
    expect(parseLiteral('a b')).toBeUndefined();
  });
});
