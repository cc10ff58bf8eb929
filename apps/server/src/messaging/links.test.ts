import { parsePlanLink } from './links';

const targets = {
  tabUrl: 'https://utvecklingsplan.malmo.se/tab/',
  teamsAppId: '6F0C2A8E-3B1D-4C5E-9A7F-1D2E3F4A5B6C',
};
const deepLink = (appId: string, context: string) =>
  `https://teams.microsoft.com/l/entity/${appId}/mine?context=${encodeURIComponent(context)}`;

describe('parsePlanLink', () => {
  it('reads the tab’s links to an initiative and to its follow-up page', () => {
    expect(parsePlanLink('https://utvecklingsplan.malmo.se/tab/#/initiative/12', targets)).toEqual({
      kind: 'initiative',
      initiativeId: 12,
    });
    expect(
      parsePlanLink('https://UTVECKLINGSPLAN.malmo.se/tab/?view=personal#/initiative/7/follow-up', targets),
    ).toEqual({
      kind: 'followUp',
      initiativeId: 7,
    });
    expect(
      parsePlanLink('https://utvecklingsplan.malmo.se/tab/index.html#/initiative/3/effects', targets),
    ).toEqual({
      kind: 'initiative',
      initiativeId: 3,
    });
  });

  it('reads the Teams deep link of this app only', () => {
    const app = targets.teamsAppId.toLowerCase();
    expect(parsePlanLink(deepLink(app, '{"subEntityId":"initiative/5/follow-up"}'), targets)).toEqual({
      kind: 'followUp',
      initiativeId: 5,
    });
    expect(
      parsePlanLink(
        deepLink('11111111-2222-4333-8444-555555555555', '{"subEntityId":"initiative/5"}'),
        targets,
      ),
    ).toBeNull();
    expect(parsePlanLink(deepLink(app, '{"subEntityId":'), targets)).toBeNull();
    expect(
      parsePlanLink(deepLink(app, '{"subEntityId":"initiative/5"}'), { ...targets, teamsAppId: null }),
    ).toBeNull();
  });

  it.each([
    'https://other.example/tab/#/initiative/12',
    'https://utvecklingsplan.malmo.se/inbox/#/initiative/12',
    'https://utvecklingsplan.malmo.se/tab/#/initiative/0',
    'https://utvecklingsplan.malmo.se/tab/#/initiative/abc',
    'https://utvecklingsplan.malmo.se/tab/#/plans',
    'ftp://utvecklingsplan.malmo.se/tab/#/initiative/12',
    'not a link',
    '',
  ])('is not the app’s: %s', (url) => {
    expect(parsePlanLink(url, targets)).toBeNull();
  });
});
