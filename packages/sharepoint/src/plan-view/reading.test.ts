import { READER_EFFECT_FIELDS, READER_INITIATIVE_FIELDS } from '@devplan/core/domain';
import { fromItem, selectFor } from '../mapping/mapper.js';
import { effectMapping, initiativeMapping } from '../mapping/mappings.js';
import { narrowedMapping } from './reading.js';

describe('narrowedMapping', () => {
  it('selects only the reader’s columns of an initiative, the owner expanded and the approver as an id', () => {
    const { select, expand } = selectFor(narrowedMapping(initiativeMapping, READER_INITIATIVE_FIELDS));
    expect(select).toEqual(
      expect.arrayContaining(['Title', 'Goal', 'OwnerId', 'Owner/Title', 'ApproverId', 'InvestmentNeed']),
    );
    expect(select).not.toContain('Description');
    expect(select).not.toContain('Approver/Title');
    expect(select).not.toContain('Budget');
    expect(select).not.toContain('Created');
    expect(expand).toEqual(['Owner']);
  });

  it('maps an item into the reader’s fields only', () => {
    const mapping = narrowedMapping(initiativeMapping, READER_INITIATIVE_FIELDS);
    const initiative = fromItem(mapping, {
      Id: 4,
      Title: 'Öppna data',
      Description: 'Lång beskrivning',
      OwnerId: 7,
      Owner: { Id: 7, Title: 'Sara Lindqvist' },
      ApproverId: 9,
      Approver: { Id: 9, Title: 'Chef' },
    });
    expect(initiative).toEqual(
      expect.objectContaining({ id: 4, title: 'Öppna data', ownerId: 7, approverId: 9 }),
    );
    expect(initiative.owner).toEqual({ id: 7, title: 'Sara Lindqvist' });
    expect('description' in initiative).toBe(false);
    expect('approver' in initiative).toBe(false);
  });

  it('selects the effect columns the reader’s effect list shows and not the measuring method', () => {
    const { select } = selectFor(narrowedMapping(effectMapping, READER_EFFECT_FIELDS));
    expect(select).toEqual(expect.arrayContaining(['Indicator', 'Baseline', 'TargetDate', 'InitiativeId']));
    expect(select).not.toContain('Method');
    expect(select).not.toContain('Description');
  });
});
