/* eslint-disable @typescript-eslint/no-explicit-any -- JSON from the wire (connector, bot), asserted by shape */
import { CARD_BUDGET_BYTES, cardBytes } from '@devplan/core';
import { cardOf, cardText as flatText, startLocalTeams, type LocalTeams } from '../approvals/local-teams';
import { startFailingFront, type FailingFront } from './failing-front';

/**
 * Link previews (`composeExtension/queryLink`) and "Sök insats" (`composeExtension/query`) over HTTP: the
 * local connector sends the invokes as Teams does, per person, to the bot on the app server, which reads the
 * emulated plan site. Initiatives alternate between the owners staff (Sara Lindqvist) and staff2 (Omar
 * Haddad); the first has an approved follow-up for T1 and a submitted one for T2.
 */
/** A card's texts, with the no-break spaces of Swedish numbers (`35 %`) as plain spaces. */
const cardText = (card: unknown) => flatText(card).replace(/\u00a0|\u202f/g, ' ');

describe('the app in conversations: link previews and the search message extension', () => {
  let teams: LocalTeams;
  let front: FailingFront;
  let tabUrl: string;
  let first: number;
  let title: string;
  const connector = () => teams.approvals.connector;

  const unfurl = async (user: string, url: string, locale?: string) => {
    const answer = await connector().queryLink(user, url, locale ? { locale } : {});
    expect(answer.status).toBe(200);
    return (answer.body as any).composeExtension;
  };
  const search = async (
    user: string,
    text: string,
    options: { skip?: number; count?: number; locale?: string } = {},
  ) => {
    const answer = await connector().query(
      user,
      {
        commandId: 'searchInitiatives',
        parameters: [{ name: 'query', value: text }],
        ...(options.skip === undefined ? {} : { skip: options.skip }),
        ...(options.count === undefined ? {} : { count: options.count }),
      },
      options.locale ? { locale: options.locale } : {},
    );
    expect(answer.status).toBe(200);
    return (answer.body as any).composeExtension;
  };
  const onlyCard = (extension: any) => {
    expect(extension.type).toBe('result');
    expect(extension.attachments).toHaveLength(1);
    return extension.attachments[0].content;
  };

  beforeAll(async () => {
    teams = await startLocalTeams(undefined, {
      owners: ['staff', 'staff2'],
      front: async (emulator) => {
        front = await startFailingFront(emulator.origin);
        return {
          siteUrl: `${front.origin}${new URL(emulator.siteUrl).pathname}`,
          close: () => front.close(),
        };
      },
    });
    tabUrl = `${teams.app.url}/tab/`;
    first = teams.initiativeIds[0]!;
    title = (await teams.repos.initiatives.get(first)).title;
    // T1 approved through the card, as the approver does it; T2 submitted and waiting.
    const t1 = await teams.submit(first, 'T1', 'Strategin är förankrad i två förvaltningar.');
    await teams.approvals.host.notifier.sweep();
    const [message] = connector()
      .inbox('approver')
      .filter((m) => cardOf(m)?.refresh?.action.data.followUpId === t1);
    await connector().invoke('approver', message!.id, {
      verb: 'approve',
      data: cardOf(message).refresh.action.data,
    });
    // Answered once recorded; the completion queue publishes T1 right after.
    await teams.approvals.host.notifier.completions.idle();
    await teams.submit(first, 'T2', 'Kommunikationsplanen är försenad; arbetsgruppen saknar en deltagare.');
  }, 180_000);
  afterAll(() => teams?.close());

  describe('link unfurling (composeExtension/queryLink)', () => {
    it('unfurls the tab’s link to an initiative into its card for staff: status, progress, approved follow-up, owner, work in progress, open', async () => {
      const extension = await unfurl('staff', `${tabUrl}#/initiative/${first}`);
      const card = onlyCard(extension);
      expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
      const text = cardText(card);
      expect(text).toContain(title);
      expect(text).toContain('Fokusområde: Information');
      expect(text).toContain('Status: 🕓 Planerad');
      expect(text).toContain('Genomfört: 35 %');
      expect(text).toMatch(/Senast godkänd uppföljning: ✅ Enligt plan – Tertial 1 2026 \(godkänd .*2026\)/);
      expect(text).toContain('Ansvarig: Sara Lindqvist');
      expect(text).toContain('Arbetsläge (syns bara för medarbetare som redigerar planen)');
      expect(text).toContain('Tertial 2 2026: 📨 Inskickad – ✅ Enligt plan, 35 % genomfört');
      const open = card.body.find((e: any) => e.id === 'open');
      expect(open.actions[0]).toEqual({
        type: 'Action.OpenUrl',
        title: 'Öppna i Utvecklingsplanen',
        url: `${tabUrl}#/initiative/${first}`,
      });
      expect(card.refresh.action).toEqual({
        type: 'Action.Execute',
        verb: 'planLink.refresh',
        data: { kind: 'initiative', initiativeId: first },
      });
      expect(extension.attachments[0].preview).toEqual({
        contentType: 'application/vnd.microsoft.card.thumbnail',
        content: { title, subtitle: 'Information · Planerad', text: 'Ansvarig: Sara Lindqvist' },
      });
      expect(cardBytes(card)).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
    });

    it('gives a reader (visitor) only what the web part shows: the approved follow-up, no work in progress', async () => {
      const text = cardText(onlyCard(await unfurl('reader', `${tabUrl}#/initiative/${first}`)));
      expect(text).toContain(title);
      expect(text).toMatch(/Senast godkänd uppföljning: ✅ Enligt plan – Tertial 1 2026/);
      expect(text).toContain('Genomfört: 35 %');
      expect(text).not.toContain('Arbetsläge');
      expect(text).not.toContain('Inskickad');
      expect(text).not.toContain('Tertial 2');
    });

    it('takes who looks from the invoke, never from the URL', async () => {
      const text = cardText(
        onlyCard(await unfurl('reader', `${tabUrl}?user=staff&role=member#/initiative/${first}`)),
      );
      expect(text).not.toContain('Arbetsläge');
      const unknown = await connector().postToBot(
        {
          ...connector().envelopeFor('reader'),
          from: { id: '29:stranger', aadObjectId: '99999999-0000-4000-8000-000000000000' },
          type: 'invoke',
          name: 'composeExtension/queryLink',
          value: { url: `${tabUrl}#/initiative/${first}` },
        },
        await connector().inboundToken(),
      );
      expect(unknown.status).toBe(200);
      expect((unknown.body as any).composeExtension.attachments).toEqual([]);
    });

    it('unfurls the follow-up page: staff see the submitted follow-up’s summary, a reader the approved one', async () => {
      const url = `${tabUrl}#/initiative/${first}/follow-up`;
      const staff = onlyCard(await unfurl('staff', url));
      expect(cardText(staff)).toContain('Uppföljning av insats');
      expect(cardText(staff)).toContain('Sammanfattning, Tertial 2 2026');
      expect(cardText(staff)).toContain('Kommunikationsplanen är försenad');
      expect(staff.body.find((e: any) => e.id === 'open').actions[0].url).toBe(
        `${tabUrl}#/initiative/${first}/follow-up`,
      );
      const reader = cardText(onlyCard(await unfurl('reader', url)));
      expect(reader).toContain('Sammanfattning, Tertial 1 2026');
      expect(reader).toContain('Strategin är förankrad i två förvaltningar.');
      expect(reader).not.toContain('Kommunikationsplanen');
    });

    it('unfurls the Teams deep link of the tab, and opens it there', async () => {
      const models = teams.approvals.host.models;
      const appId = '6f0c2a8e-3b1d-4c5e-9a7f-1d2e3f4a5b6c';
      models.teamsAppId = appId;
      try {
        const context = encodeURIComponent(JSON.stringify({ subEntityId: `initiative/${first}` }));
        const card = onlyCard(
          await unfurl('staff', `https://teams.microsoft.com/l/entity/${appId}/mine?context=${context}`),
        );
        expect(cardText(card)).toContain(title);
        expect(card.body.find((e: any) => e.id === 'open').actions[0].url).toBe(
          `https://teams.microsoft.com/l/entity/${appId}/mine?context=${context}`,
        );
        const otherApp = `https://teams.microsoft.com/l/entity/11111111-2222-4333-8444-555555555555/mine?context=${context}`;
        expect((await unfurl('staff', otherApp)).attachments).toEqual([]);
      } finally {
        models.teamsAppId = null;
      }
    });

    it.each([
      ['another host', () => `https://intranet.example/tab/#/initiative/${first}`],
      ['an initiative that does not exist', () => `${tabUrl}#/initiative/99999`],
      ['another page of the tab', () => `${tabUrl}#/plans`],
      ['another path of the host', () => `${teams.app.url}/inbox/#/initiative/${first}`],
      ['no URL at all', () => 'utvecklingsplanen insats 1'],
    ])('gives %s no card and no error', async (_what, url) => {
      const extension = await unfurl('staff', url());
      expect(extension).toEqual({ type: 'result', attachmentLayout: 'list', attachments: [] });
    });

    it('hides an initiative of a plan KS has not approved from a reader; staff see it, marked as a draft', async () => {
      const plan = await teams.repos.plans.get(teams.planId);
      await teams.repos.plans.update(plan.id, { status: 'adopted' }, plan.etag!);
      try {
        expect((await unfurl('reader', `${tabUrl}#/initiative/${first}`)).attachments).toEqual([]);
        expect(cardText(onlyCard(await unfurl('staff', `${tabUrl}#/initiative/${first}`)))).toContain(
          'Planen är inte godkänd av kommunstyrelsen ännu',
        );
        expect(await search('reader', '')).toEqual({
          type: 'message',
          text: 'Det finns ingen plan att söka i ännu.',
        });
      } finally {
        const adopted = await teams.repos.plans.get(teams.planId);
        await teams.repos.plans.update(adopted.id, { status: plan.status }, adopted.etag!);
      }
    });

    it('speaks the language of the person’s Teams client', async () => {
      const text = cardText(onlyCard(await unfurl('reader', `${tabUrl}#/initiative/${first}`, 'en-GB')));
      expect(text).toContain('Focus area: Information');
      expect(text).toContain('Status: 🕓 Planned');
      expect(text).toMatch(/Latest approved follow-up: ✅ On track – Period 1 \(Jan–Apr\) 2026/);
      expect(text).toContain('Owner: Sara Lindqvist');
    });

    it('lets every viewer of a shared card fetch their own view (refresh): a reader in the channel never sees the work in progress', async () => {
      const channel = connector().channel('Plan och läsare', ['staff', 'reader']);
      const card = onlyCard(await unfurl('staff', `${tabUrl}#/initiative/${first}`));
      const shared = connector().share('staff', card, channel.id);
      const refresh = async (user: string) =>
        (await connector().invoke(user, shared.id, card.refresh.action, 'automatic')).body as any;
      const forReader = await refresh('reader');
      expect(forReader.type).toBe('application/vnd.microsoft.card.adaptive');
      expect(cardText(forReader.value)).toContain(title);
      expect(cardText(forReader.value)).not.toContain('Arbetsläge');
      expect(cardText((await refresh('staff')).value)).toContain('Arbetsläge');
      // Altered data names another initiative: still only what that viewer may see of it.
      const other = await connector().invoke(
        'reader',
        shared.id,
        { verb: 'planLink.refresh', data: { kind: 'initiative', initiativeId: 99999 } },
        'automatic',
      );
      expect(cardText((other.body as any).value)).toContain('som du inte har behörighet att se');
    });
  });

  describe('"Sök insats" (composeExtension/query)', () => {
    it('finds initiatives of the current plan by title, each as its card with a preview', async () => {
      const extension = await search('staff', 'data');
      expect(extension.type).toBe('result');
      expect(extension.attachments.map((a: any) => a.preview.content.title)).toEqual([
        'Höja kvalitet, tillgänglighet och tillit till stadens data och information',
        'Påbörja arbetet med att bygga upp strukturer i syfte att kunna dela data över förvaltningsgränserna',
      ]);
      const card = extension.attachments[0].content;
      expect(card.type).toBe('AdaptiveCard');
      expect(cardText(card)).toContain('Fokusområde: Information');
      expect(cardBytes(card)).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
    });

    it('finds by focus area and by owner, and every word must match', async () => {
      expect((await search('staff', 'teknologi')).attachments).toHaveLength(4);
      const omar = await search('reader', 'omar haddad');
      expect(omar.attachments).toHaveLength(6);
      expect(omar.attachments.every((a: any) => a.preview.content.text === 'Ansvarig: Omar Haddad')).toBe(
        true,
      );
      expect(
        (await search('staff', 'teknologi säkerheten')).attachments.map((a: any) => a.preview.content.title),
      ).toEqual(['Kontinuerligt stärka IT-säkerheten']);
    });

    it('pages with skip and count, and answers past the end with an empty list', async () => {
      const pages = [];
      for (const skip of [0, 5, 10, 15])
        pages.push((await search('staff', '', { skip, count: 5 })).attachments);
      expect(pages.map((p) => p.length)).toEqual([5, 5, 3, 0]);
      const titles = pages.flat().map((a: any) => a.preview.content.title);
      expect(new Set(titles).size).toBe(13);
    });

    it('says so when nothing matches, in Swedish and in English', async () => {
      expect(await search('staff', 'xyzzy')).toEqual({
        type: 'message',
        text: 'Inga insatser i Utvecklingsplan för kommungemensam IT och digitalisering 2026 matchar ”xyzzy”. Sök på titel, fokusområde eller ansvarig.',
      });
      expect(await search('staff', 'xyzzy', { locale: 'en-US' })).toEqual({
        type: 'message',
        text: 'No initiatives in Utvecklingsplan för kommungemensam IT och digitalisering 2026 match “xyzzy”. Search by title, focus area or owner.',
      });
    });

    it('gives a reader the cards a reader may see', async () => {
      const cards = (await search('reader', 'strategi')).attachments.map((a: any) => cardText(a.content));
      expect(cards).toHaveLength(1);
      expect(cards[0]).toContain(title);
      expect(cards[0]).not.toContain('Arbetsläge');
    });

    it('says so when SharePoint fails, in the person’s language, and when the command is unknown', async () => {
      front.failing(true);
      try {
        const sv = await search('staff', 'data');
        expect(sv.type).toBe('message');
        expect(sv.text).toMatch(
          /^Sökningen misslyckades \(SharePoint svarade med ett fel \(500\).*\)\. Försök igen om en stund\.$/,
        );
        const en = await search('staff', 'data', { locale: 'en-GB' });
        expect(en.text).toMatch(
          /^The search failed \(SharePoint answered with an error \(500\).*\)\. Try again in a moment\.$/,
        );
        // A link gets no card and no error while SharePoint fails.
        expect((await unfurl('staff', `${tabUrl}#/initiative/${first}`)).attachments).toEqual([]);
      } finally {
        front.failing(false);
      }
      const unknown = await connector().query('staff', { commandId: 'deleteEverything', parameters: [] });
      expect((unknown.body as any).composeExtension).toEqual({
        type: 'message',
        text: 'Appen känner inte till kommandot ”deleteEverything”.',
      });
    });

    it('answers the connector’s HTTP API as the card inbox uses it', async () => {
      const answer = await teams.connector('/_connector/query', {
        user: 'staff',
        text: 'teknologi',
        count: 2,
      });
      expect(answer.status).toBe(200);
      expect(answer.body.body.composeExtension.attachments).toHaveLength(2);
      const link = await teams.connector('/_connector/query-link', {
        user: 'reader',
        url: `${tabUrl}#/initiative/${first}`,
        locale: 'en-GB',
      });
      expect(cardText(link.body.body.composeExtension.attachments[0].content)).toContain(
        'Focus area: Information',
      );
    });
  });
});
