import { LISTS } from './lists.js';
import { listPathOf } from './locations.js';

describe('listPathOf', () => {
  it('gives every list of the schema its URL, under Lists/ unless it is a document library', () => {
    for (const def of LISTS)
      expect([def.key, listPathOf(def.key)]).toEqual([
        def.key,
        def.template === 101 ? def.url : `Lists/${def.url}`,
      ]);
  });
});
