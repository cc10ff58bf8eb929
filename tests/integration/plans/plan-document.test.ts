/**
 * Issue 13: the plan document for the committee. `GET /api/plans/document?planId=` answers the plan as a Word
 * document to plan administrators and members, and refuses readers (a draft is not for readers), over HTTP
 * against the emulator with the 2026 plan; the data is read with the app's identity.
 */
import { strFromU8, unzipSync } from 'fflate';
import { newCreateKey } from '@devplan/core';
import { PLAN_2026 } from '@devplan/sharepoint/seed';
import { API_AUDIENCE } from '@devplan/local-stack';
import { startLocalTeams, type LocalTeams } from '../approvals/local-teams';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('the plan document for the committee (issue 13)', () => {
  let teams: LocalTeams;

  beforeAll(async () => {
    teams = await startLocalTeams();
  }, 120_000);
  afterAll(() => teams?.close());

  /** The route as a demo user, its answer read raw (a file, or a refusal in JSON). */
  const download = async (user: string, planId: number | string) => {
    const token = await teams.emulator.issueToken(user, API_AUDIENCE);
    const response = await fetch(`${teams.app.url}/api/plans/document?planId=${planId}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      disposition: response.headers.get('content-disposition'),
      bytes,
      json: () => JSON.parse(strFromU8(bytes)) as { code: string; reason: { sv: string; en: string } },
    };
  };
  const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);

  it('answers the plan administrator the 2026 plan as a Word document with every area and initiative', async () => {
    const answer = await download('admin', teams.planId);
    expect(answer.status).toBe(200);
    expect(answer.type).toBe(DOCX);
    expect(answer.disposition).toBe("attachment; filename*=UTF-8''utvecklingsplan-2026.docx");
    const xml = documentXml(answer.bytes);
    for (const area of PLAN_2026.focusAreas) {
      expect(xml).toContain(area.title);
      for (const initiative of area.initiatives) expect(xml).toContain(initiative.title);
    }
    expect(xml).toContain('STK-2025-1042');
    expect(xml).toContain('§ 301');
  });

  it('answers a member too, and refuses a reader with 403 in both languages', async () => {
    expect((await download('staff', teams.planId)).status).toBe(200);
    const refused = await download('reader', teams.planId);
    expect(refused.status).toBe(403);
    expect(refused.type).toMatch(/^application\/json/);
    expect(refused.json().reason.sv).toContain('ett utkast är inte för läsare');
    expect(refused.json().reason.en).toContain('a draft is not for readers');
    // The same answer whether the plan exists or not: a reader learns nothing about drafts.
    expect((await download('reader', 999_999)).status).toBe(403);
  });

  it('marks a draft plan year in its file name and header', async () => {
    const created = await teams.api('POST', '/api/plans', 'admin', {
      planYear: 2027,
      title: 'Utvecklingsplan för kommungemensam IT och digitalisering 2027',
      caseNumber: 'STK-2026-1187',
      fromPlanId: teams.planId,
      carry: teams.initiativeIds.slice(0, 2),
      createKey: newCreateKey(),
    });
    expect(created.status).toBe(201);
    const answer = await download('admin', created.body.plan.id);
    expect(answer.status).toBe(200);
    expect(answer.disposition).toBe("attachment; filename*=UTF-8''utvecklingsplan-2027-utkast.docx");
    const files = unzipSync(answer.bytes);
    const headers = Object.keys(files).filter((name) => name.startsWith('word/header'));
    expect(headers.map((name) => strFromU8(files[name]!)).join()).toContain('UTKAST – Utvecklingsplan');
    const xml = documentXml(answer.bytes);
    expect(xml).toContain('Planerade insatser 2027');
    expect(xml).toContain(PLAN_2026.focusAreas[0]!.initiatives[0]!.title);
  });

  it('refuses a plan id that is not a number (400) and a plan that does not exist (404)', async () => {
    expect((await download('admin', 'x')).status).toBe(400);
    expect((await download('admin', 999_999)).status).toBe(404);
  });
});
