import { fromItem, selectFor, toFields, versionFromEtag } from './mapper.js';
import { auditMapping, followUpMapping, initiativeMapping, publishedFollowUpMapping } from './mappings.js';

describe('mapping list items to entities', () => {
  const item = {
    'odata.etag': '"4"',
    Id: 12,
    Created: '2026-01-10T08:00:00Z',
    Modified: '2026-03-02T09:30:00Z',
    Title: 'Utforska modulära lösningar',
    PlanId: 1,
    FocusAreaId: 3,
    Description: 'Beskrivning',
    Goal: 'Målet är att fördjupa kunskapen.',
    OwnerId: 7,
    Owner: { Id: 7, Title: 'Sara Lindqvist', EMail: 'sara.lindqvist@malmo.example' },
    ApproverId: null,
    ResponsibleUnit: 'ITD',
    Administrations: 'Serviceförvaltningen\nStadskontoret\n',
    Principles: null,
    StartDate: '2026-01-01T12:00:00Z',
    EndDate: null,
    InitiativeStatus: 'ongoing',
    Budget: 1.5,
    CriticalFactors: '',
    InvestmentNeed: null,
    SortOrder: 13,
  };

  it('reads an initiative with its ETag, lookups, people, lines and dates', () => {
    const initiative = fromItem(initiativeMapping, item);
    expect(initiative).toMatchObject({
      id: 12,
      etag: '"4"',
      planId: 1,
      focusAreaId: 3,
      ownerId: 7,
      owner: { id: 7, title: 'Sara Lindqvist', email: 'sara.lindqvist@malmo.example' },
      approverId: null,
      administrations: ['Serviceförvaltningen', 'Stadskontoret'],
      principles: [],
      start: '2026-01-01',
      end: null,
      budget: 1.5,
      investmentNeed: '',
    });
    expect(initiative.approver).toBeUndefined();
  });

  it('writes only the properties given, lookups and people as <Field>Id, dates at noon UTC', () => {
    expect(
      toFields(initiativeMapping, { ownerId: 9, start: '2026-02-01', administrations: ['A', 'B'] }),
    ).toEqual({
      OwnerId: 9,
      StartDate: '2026-02-01T12:00:00Z',
      Administrations: 'A\nB',
    });
  });

  it('selects every mapped column and expands the people', () => {
    const { select, expand } = selectFor(initiativeMapping);
    expect(select).toEqual(
      expect.arrayContaining(['Id', 'PlanId', 'FocusAreaId', 'OwnerId', 'Owner/Title', 'Approver/EMail']),
    );
    expect(expand).toEqual(['Owner', 'Approver']);
  });

  it('derives the unique key and the plan-period key of a follow-up', () => {
    const fields = toFields(followUpMapping, {
      planId: 1,
      initiativeId: 7,
      periodYear: 2026,
      period: 'T2',
      progress: 40,
    });
    expect(fields).toMatchObject({
      UniqueKey: '7:2026-T2',
      PlanPeriod: '1:2026-T2',
      Title: '2026 T2',
      Progress: 40,
    });
    expect(toFields(publishedFollowUpMapping, { planId: 1, periodYear: 2026, period: 'T1' })).toMatchObject({
      PlanPeriod: '1:2026-T1',
    });
  });

  it('stores audit details as JSON and reads them back', () => {
    const fields = toFields(auditMapping, { details: { created: 3 } });
    expect(fields).toEqual({ Details: '{"created":3}' });
    expect(fromItem(auditMapping, { Id: 1, Details: '{"created":3}' }).details).toEqual({ created: 3 });
    expect(fromItem(auditMapping, { Id: 1, Details: 'not json' }).details).toEqual({ unparsed: 'not json' });
  });

  it('reads the version from an ETag', () => {
    expect(versionFromEtag('"\\"12\\""')).toBe(12);
    expect(versionFromEtag('"3"')).toBe(3);
    expect(versionFromEtag(undefined)).toBe(0);
  });
});
