import { ValidationError } from '@devplan/core';
import { diffStates, parseChangeRequest, snapshot } from './changes.js';

describe('the audited state of an item', () => {
  it('keeps what a person reads, names people instead of ids, and drops what SharePoint manages', () => {
    expect(
      snapshot({
        id: 4,
        etag: '"3"',
        created: '2026-01-01T00:00:00Z',
        modified: '2026-02-01T00:00:00Z',
        planId: 1,
        sortOrder: 2,
        title: 'Insats',
        ownerId: 7,
        owner: { id: 7, title: 'Sara Lindqvist' },
        approverId: null,
        administrations: ['Servicenämnden'],
      }),
    ).toEqual({
      title: 'Insats',
      ownerId: 'Sara Lindqvist',
      approverId: null,
      administrations: ['Servicenämnden'],
    });
  });
});

describe('what changed between two audited states', () => {
  it('lists only the fields whose values differ, lists included', () => {
    expect(
      diffStates(
        { title: 'A', status: 'notStarted', administrations: ['X'], due: null },
        { title: 'A', status: 'ongoing', administrations: ['X', 'Y'], due: null },
      ),
    ).toEqual([
      { field: 'status', before: 'notStarted', after: 'ongoing' },
      { field: 'administrations', before: ['X'], after: ['X', 'Y'] },
    ]);
  });

  it('lists every filled field of a new item', () => {
    expect(
      diffStates(null, { initiativeId: 4, title: 'Ny', responsible: '', due: null, status: 'notStarted' }),
    ).toEqual([
      { field: 'title', before: null, after: 'Ny' },
      { field: 'status', before: null, after: 'notStarted' },
    ]);
  });
});

describe('the body of an audit request', () => {
  it('accepts a list, an item and the optional flags', () => {
    expect(parseChangeRequest({ list: 'Activities', itemId: 5, deleted: true, initiativeId: 2 })).toEqual({
      list: 'Activities',
      itemId: 5,
      deleted: true,
      baseline: false,
      initiativeId: 2,
    });
  });

  it('refuses unknown lists, bad ids, wrong types and unknown fields, naming each', () => {
    let caught: unknown;
    try {
      parseChangeRequest({ list: 'AuditLog', itemId: -1, deleted: 'yes', actor: 'someone' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as ValidationError).issues.map((i) => i.path)).toEqual([
      'list',
      'itemId',
      'deleted',
      'actor',
    ]);
  });
});
