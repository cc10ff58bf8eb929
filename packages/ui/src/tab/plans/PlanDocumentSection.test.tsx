import { act, fireEvent, render, screen } from '@testing-library/react';
import { AppApiError, type Plan } from '@devplan/core/domain';
import { localize } from '@devplan/core/i18n';
import type { DownloadedFile, PlansPort } from '@devplan/core';
import { TabRoot } from '../TabApp.js';
import { PlanDocumentSection } from './PlanDocumentSection.js';

const plan: Plan = {
  id: 4,
  etag: '"1"',
  title: 'Utvecklingsplan för kommungemensam IT och digitalisering 2027',
  planYear: 2027,
  caseNumber: 'STK-2026-1187',
  status: 'draft',
  summary: '',
  budgetRequested: null,
  principles: [],
};

/** A port that only makes plan documents (the section asks for nothing else). */
const portWith = (planDocument: (planId: number) => Promise<DownloadedFile>) =>
  ({ planDocument }) as unknown as PlansPort;

const show = (port: PlansPort) =>
  render(
    <TabRoot theme="light" locale="sv">
      <PlanDocumentSection port={port} plan={plan} />
    </TabRoot>,
  );

describe('the plan document section', () => {
  const saved: string[] = [];
  beforeAll(() => {
    // jsdom has no object URLs and does not navigate: what the browser would save is the link's name.
    URL.createObjectURL = () => 'blob:test';
    URL.revokeObjectURL = () => undefined;
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
  });
  afterAll(() => jest.restoreAllMocks());

  it('fetches the shown plan’s Word document and hands it to the browser under the server’s name', async () => {
    const asked: number[] = [];
    show(
      portWith(async (planId) => {
        asked.push(planId);
        return { name: 'utvecklingsplan-2027-utkast.docx', blob: new Blob(['docx']) };
      }),
    );
    // TabRoot loads its theme on demand: wait for the section to show.
    expect(await screen.findByRole('heading', { level: 2, name: 'Plandokumentet' })).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Hämta plandokumentet (Word)' }));
    });
    expect(asked).toEqual([4]);
    expect(saved).toEqual(['utvecklingsplan-2027-utkast.docx']);
  });

  it('shows the server’s refusal and saves nothing', async () => {
    saved.length = 0;
    show(
      portWith(() =>
        Promise.reject(new AppApiError('forbidden', localize('planDocument.refused.notMember'), 403)),
      ),
    );
    const button = await screen.findByRole('button', { name: 'Hämta plandokumentet (Word)' });
    await act(async () => {
      fireEvent.click(button);
    });
    expect((await screen.findByRole('alert')).textContent).toContain('ett utkast är inte för läsare');
    expect(saved).toEqual([]);
  });
});
