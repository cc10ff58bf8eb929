import '@pnp/sp/webs/index.js';
import '@pnp/sp/lists/index.js';
import '@pnp/sp/fields/index.js';
import '@pnp/sp/items/index.js';

import { LISTS, PermissionError } from '@devplan/core';
import { provision, PlanSite, spCall, type ProvisionStep } from '@devplan/sharepoint';
import { startEmulatedSite, type EmulatedSite } from '../support/emulated-site';

describe('provisioning the plan site', () => {
  let site: EmulatedSite;
  let first: ProvisionStep[];

  beforeAll(async () => {
    site = await startEmulatedSite();
    first = await provision(new PlanSite(site.sp('app'), site.emulator.siteUrl));
  });
  afterAll(() => site.close());

  it('creates every list of the schema with its Swedish title', async () => {
    expect(first.filter((s) => s.what === 'list' && s.outcome === 'created').map((s) => s.name)).toEqual(
      LISTS.map((l) => l.key),
    );
    const lists = (await site.sp('app').web.lists.select('Title')()) as { Title: string }[];
    for (const def of LISTS) expect(lists.map((l) => l.Title)).toContain(def.title);
  });

  it('creates every field, indexed and unique where the schema says so', async () => {
    const created = first.filter((s) => s.what === 'field' && s.outcome === 'created');
    expect(created).toHaveLength(LISTS.reduce((n, l) => n + l.fields.length, 0));
    const planSite = new PlanSite(site.sp('app'), site.emulator.siteUrl);
    const field = (await planSite.list('FollowUps').fields.getByInternalNameOrTitle('UniqueKey')()) as {
      Title: string;
      Indexed: boolean;
      EnforceUniqueValues: boolean;
      MaxLength: number;
    };
    expect(field).toMatchObject({
      Title: 'Unik nyckel',
      Indexed: true,
      EnforceUniqueValues: true,
      MaxLength: 100,
    });
  });

  it('changes nothing when run a second time', async () => {
    const second = await provision(new PlanSite(site.sp('app'), site.emulator.siteUrl));
    expect(second.filter((s) => s.outcome !== 'unchanged')).toEqual([]);
    expect(second).toHaveLength(LISTS.length * 2 + LISTS.reduce((n, l) => n + l.fields.length, 0));
  });

  it('keeps readers out of working follow-ups but lets them read published ones', async () => {
    const reader = new PlanSite(site.sp('reader'), site.emulator.siteUrl);
    await expect(
      spCall({ listName: 'FollowUps' }, () => reader.list('FollowUps').items()),
    ).rejects.toBeInstanceOf(PermissionError);
    await expect(reader.list('PublishedFollowUps').items()).resolves.toEqual([]);
  });

  it('lets members read but not write decisions and the audit log', async () => {
    const staff = new PlanSite(site.sp('staff'), site.emulator.siteUrl);
    await expect(staff.list('AuditLog').items()).resolves.toEqual([]);
    await expect(
      spCall({ listName: 'AuditLog' }, () => staff.list('AuditLog').items.add({ Title: 'forged' })),
    ).rejects.toBeInstanceOf(PermissionError);
  });

  it('refuses provisioning to a member, who may not manage lists', async () => {
    await expect(provision(new PlanSite(site.sp('staff'), site.emulator.siteUrl))).rejects.toBeInstanceOf(
      PermissionError,
    );
  });
});
