import { isSignInAnswer } from './redirect';

describe('a page loaded as the answer of a sign-in', () => {
  it('is a pop-up or frame with state and a code or an error, in the fragment or the query', () => {
    expect(isSignInAnswer({ hash: '#code=abc&state=xyz&client_info=1', search: '' }, true)).toBe(true);
    expect(isSignInAnswer({ hash: '', search: '?error=login_required&state=xyz' }, true)).toBe(true);
  });

  it('is not the page itself, nor a deep link, nor a page that merely has a code', () => {
    expect(isSignInAnswer({ hash: '#code=abc&state=xyz', search: '' }, false)).toBe(false);
    expect(isSignInAnswer({ hash: '#initiative=12', search: '' }, true)).toBe(false);
    expect(isSignInAnswer({ hash: '', search: '?code=abc' }, true)).toBe(false);
  });
});
