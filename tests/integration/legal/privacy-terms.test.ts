import { LISTS } from '@devplan/core/schema';
import { startLocalTeams, type LocalTeams } from '../approvals/local-teams';

/** The privacy and terms pages the Teams manifest links to, served by the app server as composed for production. */
describe('the privacy and terms pages', () => {
  let teams: LocalTeams;
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${teams.app.url}${path}`, { headers });
    return { status: response.status, headers: response.headers, html: await response.text() };
  };

  beforeAll(async () => {
    teams = await startLocalTeams();
  }, 120_000);
  afterAll(() => teams?.close());

  it.each([
    ['/privacy', 'Integritet: vad Utvecklingsplanen sparar och vem som kan läsa det'],
    ['/terms', 'Användarvillkor för Utvecklingsplanen'],
  ])('answers %s in Swedish by default', async (path, title) => {
    const page = await get(path);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-language')).toBe('sv-SE');
    expect(page.html).toContain('<html lang="sv">');
    expect(page.html).toContain(`<h1>${title}</h1>`);
    expect(page.html).toContain(`href="${path}?lang=en"`);
  });

  it.each([
    ['/privacy', 'Privacy: what the Development plan stores and who can read it'],
    ['/terms', 'Terms of use of the Development plan'],
  ])('answers %s in English with ?lang=en and with Accept-Language', async (path, title) => {
    for (const page of [
      await get(`${path}?lang=en`),
      await get(path, { 'accept-language': 'en-GB,en;q=0.9' }),
    ]) {
      expect(page.status).toBe(200);
      expect(page.headers.get('content-language')).toBe('en');
      expect(page.html).toContain('<html lang="en">');
      expect(page.html).toContain(`<h1>${title}</h1>`);
    }
  });

  it('says what is stored, where, and who can read it', async () => {
    const sv = (await get('/privacy')).html;
    expect(sv).toContain('planens SharePoint-webbplats i stadens egen Microsoft 365-miljö');
    expect(sv).toContain('dokumentbiblioteket Rapporter');
    expect(sv).toContain('händelselogg');
    expect(sv).toContain('bara planer som kommunstyrelsen har godkänt');
    // Every library the app writes files into is named, and who reads it.
    for (const library of LISTS.filter((list) => list.template === 101))
      expect(sv).toContain(`biblioteket ${library.title}`);
    expect(sv).toContain('som bara medlemmar och ägare kan läsa');
    const en = (await get('/privacy?lang=en')).html;
    expect(en).toContain('the city’s own Microsoft 365 tenant');
    expect(en).toContain('audit log');
    expect(en).toContain('Who can read what');
  });

  it('leaves other methods and paths to the rest of the server', async () => {
    expect((await fetch(`${teams.app.url}/privacy`, { method: 'POST' })).status).toBe(404);
    expect((await get('/privacy-policy')).status).toBe(404);
  });
});
