/* eslint-disable @typescript-eslint/no-explicit-any -- JSON from the wire (connector), asserted by shape */
/**
 * Issue 15: cards always fit Teams' message limit. A follow-up whose summary, risks and next steps hold
 * 63,999 characters of Swedish text each (the multi-line columns' limit in the product) still reaches the
 * approver: the card is cut to its budget, says so and links to the initiative in the tab. The local
 * connector refuses what Teams refuses (413 `MessageSizeTooBig` above 28 KB), so a card that grew past the
 * limit would fail here as it would in Teams.
 */
import { CARD_BUDGET_BYTES, NOTE_MAX, TEAMS_MESSAGE_LIMIT_BYTES, utf8Bytes } from '@devplan/core';
import { cardOf, cardText, startLocalTeams, type LocalTeams } from './local-teams';

describe('approval cards within Teams’ limits (issue 15)', () => {
  let teams: LocalTeams;
  beforeAll(async () => {
    teams = await startLocalTeams();
  }, 120_000);
  afterAll(() => teams?.close());

  const inbox = async (user: string) =>
    (await teams.connector(`/_connector/inbox?user=${user}`)).body as any[];
  const swedish = 'Återställningen av äldre system påbörjas i två förvaltningar under våren. '
    .repeat(1000)
    .slice(0, NOTE_MAX);

  it('delivers a follow-up with three 63,999-character texts as a card within the budget, shortened and linked to the tab', async () => {
    const initiativeId = teams.initiativeIds[0]!;
    const staff = teams.reposAs('staff');
    const draft = await staff.followUps.add({
      planId: teams.planId,
      initiativeId,
      periodYear: 2026,
      period: 'T1',
      status: 'atRisk',
      progress: 35,
      summary: swedish,
      risks: swedish,
      nextSteps: swedish,
    });
    const { id } = await staff.followUps.submit(draft.id, draft.etag, await teams.siteUserId('staff'));
    expect((await staff.followUps.get(id)).risks).toHaveLength(NOTE_MAX);

    const asked = await teams.api('POST', '/api/approvals/notify', 'staff', { followUpId: id });
    expect(asked).toMatchObject({ status: 200, body: { sent: 1 } });
    const [message] = (await inbox('approver')).filter(
      (m) => cardOf(m)?.refresh?.action.data.followUpId === id,
    );
    const card = cardOf(message);
    const bytes = utf8Bytes(JSON.stringify(message.activity));
    console.log(
      `card of a follow-up with ${utf8Bytes(swedish)} bytes of summary: ${utf8Bytes(JSON.stringify(card))} bytes (activity ${bytes})`,
    );
    expect(utf8Bytes(JSON.stringify(card))).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
    expect(bytes).toBeLessThanOrEqual(TEAMS_MESSAGE_LIMIT_BYTES);
    expect(cardText(card)).toContain(
      'Långa texter är förkortade på kortet. Läs hela uppföljningen i fliken.',
    );
    expect(card.body).toContainEqual({
      type: 'ActionSet',
      id: 'open',
      actions: [
        {
          type: 'Action.OpenUrl',
          title: 'Öppna i fliken',
          url: `${teams.app.url}/tab/#/initiative/${initiativeId}`,
        },
      ],
    });
  });

  it('links into the personal tab with a Teams deep link when the Teams app id is known', async () => {
    const models = teams.approvals.host.models;
    models.teamsAppId = '0f3c2a71-6b8e-4d2f-9a1c-5e7b3d9f1a20';
    try {
      const initiativeId = teams.initiativeIds[1]!;
      const id = await teams.submit(initiativeId, 'T1');
      await teams.api('POST', '/api/approvals/notify', 'staff', { followUpId: id });
      const [message] = (await inbox('approver')).filter(
        (m) => cardOf(m)?.refresh?.action.data.followUpId === id,
      );
      const open = cardOf(message).body.find((e: any) => e.id === 'open');
      const url = new URL(open.actions[0].url);
      expect(`${url.origin}${url.pathname}`).toBe(
        'https://teams.microsoft.com/l/entity/0f3c2a71-6b8e-4d2f-9a1c-5e7b3d9f1a20/mine',
      );
      expect(JSON.parse(url.searchParams.get('context')!)).toEqual({
        subEntityId: `initiative/${initiativeId}`,
      });
    } finally {
      models.teamsAppId = null;
    }
  });

  it('is refused by the connector as Teams refuses it when a message is larger than 28 KB', async () => {
    const ref = await teams.repos.conversations.byKey(
      `personal:${teams.approvals.connector.user('approver').oid}`,
    );
    const before = (await inbox('approver')).length;
    await expect(
      teams.approvals.host.bot.sender.send(ref!, { text: 'å'.repeat(TEAMS_MESSAGE_LIMIT_BYTES / 2 + 1) }),
    ).rejects.toMatchObject({ response: { status: 413 } });
    expect(await inbox('approver')).toHaveLength(before);
    await expect(
      teams.approvals.host.bot.sender.send(ref!, { text: 'å'.repeat(TEAMS_MESSAGE_LIMIT_BYTES / 2 - 400) }),
    ).resolves.toEqual(expect.any(String));
  });
});
