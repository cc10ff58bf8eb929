import { PlanSite, provision } from '@devplan/sharepoint';
import { SpTabData } from '@devplan/sharepoint/tab';
import { startEmulatedSite, type EmulatedSite } from '../support/emulated-site';

describe('the tab’s session: who is signed in, in which role', () => {
  let site: EmulatedSite;
  const session = (user: string) =>
    new SpTabData(new PlanSite(site.sp(user), site.emulator.siteUrl)).session();

  beforeAll(async () => {
    site = await startEmulatedSite();
    await provision(new PlanSite(site.sp('app'), site.emulator.siteUrl));
  }, 60_000);
  afterAll(() => site?.close());

  it('knows a site owner as one (full control), a member as a member and a visitor as a reader', async () => {
    expect(await session('admin')).toMatchObject({ canEdit: true, siteOwner: true });
    expect(await session('staff')).toMatchObject({ canEdit: true, siteOwner: false });
    expect(await session('reader')).toMatchObject({ canEdit: false, siteOwner: false });
  });
});
