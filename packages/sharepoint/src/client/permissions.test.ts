import { hasPermission } from './permissions.js';

describe('hasPermission', () => {
  it('reads low permission bits the way SharePoint numbers them', () => {
    // Contribute includes ViewListItems (1), AddListItems (2), EditListItems (3), DeleteListItems (4).
    const contribute = { High: 432, Low: 1011030767 };
    const read = { High: 176, Low: 138612833 };
    expect([hasPermission(contribute, 3), hasPermission(read, 3), hasPermission(read, 1)]).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('reads high permission bits for kinds above 32', () => {
    // EnumeratePermissions is kind 63: bit 30 of High.
    expect([hasPermission({ High: 2 ** 30, Low: 0 }, 63), hasPermission({ High: 0, Low: 0 }, 63)]).toEqual([
      true,
      false,
    ]);
  });

  it('grants nothing when the mask is missing', () => {
    expect(hasPermission(undefined, 1)).toBe(false);
  });
});
