/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { axeViolations, newSession, screenshot, signIn, tabTo, useTabStack } from './support';
import { focusedId } from '../support/focus';

jest.setTimeout(180_000);

const tab = useTabStack();

const focused = (page: Page) =>
  page.evaluate(() => ({
    id: document.activeElement?.id ?? '',
    text: (document.activeElement as HTMLElement | null)?.innerText ?? '',
  }));

describe('the follow-up flow by keyboard alone (English, dark theme)', () => {
  it('signs in, opens an initiative, meets a validation error, fixes it and submits without a mouse', async () => {
    const target = tab.initiatives[4]!;
    const { context, page } = await newSession(tab.browser);
    await page.goto(`${tab.stack.app.url}/tab/?lang=en&theme=dark`);
    await page.getByRole('heading', { level: 1, name: 'Sign in locally' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'tab-sign-in-en-dark');
    await tabTo(page, (el) => el.tag === 'button' && el.text.startsWith('Sara Lindqvist'));
    await page.keyboard.press('Enter');
    await page
      .getByRole('heading', { level: 1, name: /Development plan|Utvecklingsplan/ })
      .first()
      .waitFor();
    await page.getByText('Loading the plan …').waitFor({ state: 'detached' });

    await tabTo(page, (el) => el.tag === 'a' && el.text === target.title);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: target.title }).waitFor();
    // The page moves the focus to its heading in an effect after it renders: wait for it, then check.
    await page.waitForFunction(
      (title) => (document.activeElement as HTMLElement | null)?.innerText === title,
      target.title,
    );
    expect((await focused(page)).text).toBe(target.title);

    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Write a follow-up');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: `Follow-up: ${target.title}` }).waitFor();

    await tabTo(page, (el) => el.label.startsWith('Progress (%)'));
    await page.keyboard.type('101');
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Submit for approval');
    await page.keyboard.press('Enter');
    await page.getByText('Nothing was saved. Correct 2 marked fields.').waitFor();
    expect(await page.getByText('Must be at most 100.').count()).toBe(1);
    expect(await page.getByText('This field is required.').count()).toBe(1);
    expect(await focusedId(page, 'followup-progress')).toBe('followup-progress');
    expect(await tab.repos.followUps.byInitiative(target.id)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'tab-follow-up-validation-en-dark');

    await page.keyboard.press('Control+A');
    await page.keyboard.type('60');
    await tabTo(page, (el) => el.label.startsWith('Summary'));
    await page.keyboard.type('Half of the courses are held.');
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Submit for approval');
    await page.keyboard.press('Enter');
    await page.getByText('The follow-up is submitted for approval.').waitFor();
    const [stored] = await tab.repos.followUps.byInitiative(target.id);
    expect(stored).toMatchObject({
      state: 'submitted',
      progress: 60,
      summary: 'Half of the courses are held.',
    });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'tab-initiative-en-dark');
    await context.close();
  });
});

describe('every view of the tab', () => {
  it.each([
    ['sv', 'light'],
    ['en', 'light'],
    ['en', 'dark'],
    ['sv', 'dark'],
  ] as const)('has no axe violations in %s with the %s theme', async (lang, theme) => {
    const target = tab.initiatives[0]!;
    const activity = (await tab.repos.activities.byInitiative(target.id))[0]!;
    const { context, page } = await newSession(tab.browser);
    const query = `?lang=${lang}&theme=${theme}`;
    await signIn(page, tab.stack.app.url, 'Omar Haddad', query);
    const suffix = `${lang}-${theme}`;
    const views: [string, string, RegExp][] = [
      ['overview', '#/', /Utvecklingsplan för kommungemensam/],
      ['readiness', '#/readiness', /Beslutsberedskap 2026|Decision readiness 2026/],
      ['mine', '#/mine', /Mitt arbete|My work/],
      ['initiative', `#/initiative/${target.id}`, new RegExp(target.title)],
      ['edit-initiative', `#/initiative/${target.id}/edit`, /Redigera insats|Edit initiative/],
      [
        'edit-activity',
        `#/initiative/${target.id}/activity/${activity.id}`,
        /Redigera aktivitet|Edit activity/,
      ],
      ['new-effect', `#/initiative/${target.id}/effect/new`, /Ny effekt|New effect/],
      ['new-activity', `#/initiative/${target.id}/activity/new`, /Ny aktivitet|New activity/],
      ['follow-up', `#/initiative/${target.id}/follow-up`, /Uppföljning:|Follow-up:/],
    ];
    for (const [name, hash, heading] of views) {
      await page.goto(`${tab.stack.app.url}/tab/${query}${hash}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page
        .getByText(/Hämtar|Loading/)
        .first()
        .waitFor({ state: 'detached' });
      expect([name, await axeViolations(page)]).toEqual([name, []]);
      if (theme === 'light' || name === 'overview') await screenshot(page, `tab-${name}-${suffix}`);
    }
    for (const [name, view, heading] of [
      ['config', 'config', /Ställ in fliken|Set up the tab/],
      ['personal', 'personal', /Mitt arbete|My work/],
    ] as const) {
      await page.goto(`${tab.stack.app.url}/tab/${query}&view=${view}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect([name, await axeViolations(page)]).toEqual([name, []]);
      if (theme === 'light') await screenshot(page, `tab-${name}-${suffix}`);
    }
    await context.close();
  });
});
