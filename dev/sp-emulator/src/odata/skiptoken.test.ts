import { formatSkipToken, parseSkipToken } from './skiptoken.js';

describe('the skiptoken', () => {
  it('reads Paged=TRUE&p_ID=n as PnPjs and SharePoint write it', () => {
    expect(parseSkipToken('Paged=TRUE&p_ID=100')).toEqual({ id: 100, previous: false, values: {} });
  });

  it('reads backwards paging and sort values', () => {
    expect(parseSkipToken('Paged=TRUE&PagedPrev=TRUE&p_Title=Abc&p_ID=7')).toEqual({
      id: 7,
      previous: true,
      values: { Title: 'Abc' },
    });
  });

  it('picks up p_ID left as its own query parameter by a client that did not encode the token', () => {
    expect(parseSkipToken('Paged=TRUE', new URLSearchParams('p_ID=40'))).toMatchObject({ id: 40 });
  });

  it('treats an empty token as no token', () => {
    expect(parseSkipToken('')).toBeUndefined();
  });

  it('refuses a token without Paged=TRUE or a numeric p_ID', () => {
    expect(() => parseSkipToken('p_ID=5')).toThrow('$skiptoken');
    expect(() => parseSkipToken('Paged=TRUE&p_ID=abc')).toThrow('$skiptoken');
  });

  it('writes a token that reads back the same', () => {
    const token = formatSkipToken(5000, { PlanYear: '2026' });
    expect(token).toBe('Paged=TRUE&p_PlanYear=2026&p_ID=5000');
    expect(parseSkipToken(token)).toEqual({ id: 5000, previous: false, values: { PlanYear: '2026' } });
  });
});
