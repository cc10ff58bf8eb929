import { provision, PlanSite, type Repositories } from '@devplan/sharepoint';
import { startEmulatedSite, type EmulatedSite } from '../support/emulated-site';

describe('the audit log against the emulated SharePoint', () => {
  let site: EmulatedSite;
  let app: Repositories;

  beforeAll(async () => {
    site = await startEmulatedSite();
    app = site.repos('app');
    await provision(new PlanSite(site.sp('app'), site.emulator.siteUrl));
  });
  afterAll(() => site.close());

  const entry = (entryKey?: string) => ({
    action: 'approve',
    listName: 'FollowUps',
    itemId: 7,
    actor: 'app',
    at: new Date().toISOString(),
    details: { decisionKey: '7@3' },
    source: 'bot' as const,
    ...(entryKey ? { entryKey } : {}),
  });

  it('records an event appended ten times at once exactly once, and every caller gets the stored entry', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => app.audit.add(entry('7@3:approve'))));
    const stored = await app.audit.forItem('FollowUps', 7);
    expect(stored.filter((e) => e.entryKey === '7@3:approve')).toHaveLength(1);
    expect(new Set(results.map((r) => r.id))).toEqual(new Set([stored[0]!.id]));
  });

  it('gives entries without a key a key of their own, so distinct events are never merged', async () => {
    const first = await app.audit.add({ ...entry(), itemId: 8 });
    const second = await app.audit.add({ ...entry(), itemId: 8 });
    expect(first.entryKey).not.toBe('');
    expect(first.entryKey).not.toBe(second.entryKey);
    expect(await app.audit.forItem('FollowUps', 8)).toHaveLength(2);
  });

  it('refuses appends by anyone but the app', async () => {
    await expect(site.repos('staff').audit.add(entry('staff-try'))).rejects.toMatchObject({ status: 403 });
    expect((await app.audit.forItem('FollowUps', 7)).some((e) => e.entryKey === 'staff-try')).toBe(false);
  });
});
