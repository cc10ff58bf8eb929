import { graphDirectory, GraphDirectoryError } from './graph-directory';

const karin = {
  id: '11111111-2222-3333-4444-555555555555',
  userPrincipalName: 'karin@contoso.se',
  displayName: 'Karin',
};

function fakeGraph(answer: (url: string) => Response) {
  const calls: { url: string; auth: string | null }[] = [];
  const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, auth: new Headers(init?.headers).get('authorization') });
    return answer(url);
  }) as typeof fetch;
  return { calls, fetchImpl };
}

describe('the Graph directory', () => {
  it('asks Graph for a user by object id or UPN, as the app, and maps the answer', async () => {
    const graph = fakeGraph(() => Response.json(karin));
    const directory = graphDirectory({ token: async () => 'app-token', fetch: graph.fetchImpl });
    expect(await directory.byObjectId(karin.id)).toEqual({
      oid: karin.id,
      upn: karin.userPrincipalName,
      displayName: 'Karin',
    });
    await directory.byUpn('karin@contoso.se');
    expect(graph.calls.map((c) => c.url)).toEqual([
      `https://graph.microsoft.com/v1.0/users/${karin.id}?$select=id,userPrincipalName,displayName`,
      'https://graph.microsoft.com/v1.0/users/karin%40contoso.se?$select=id,userPrincipalName,displayName',
    ]);
    expect(graph.calls.every((c) => c.auth === 'Bearer app-token')).toBe(true);
  });

  it('answers null for someone Graph does not know, and for ids that could change the path', async () => {
    const graph = fakeGraph(
      () => new Response('{"error":{"code":"Request_ResourceNotFound"}}', { status: 404 }),
    );
    const directory = graphDirectory({ token: async () => 't', fetch: graph.fetchImpl });
    expect(await directory.byObjectId(karin.id)).toBeNull();
    expect(await directory.byUpn('../me')).toBeNull();
    expect(graph.calls).toHaveLength(1);
  });

  it('throws a named error carrying status and body for any other failure', async () => {
    const graph = fakeGraph(
      () => new Response('{"error":{"code":"Authorization_RequestDenied"}}', { status: 403 }),
    );
    const directory = graphDirectory({ token: async () => 't', fetch: graph.fetchImpl });
    await expect(directory.byObjectId(karin.id)).rejects.toEqual(
      expect.objectContaining({
        name: 'GraphDirectoryError',
        status: 403,
        body: expect.stringContaining('Authorization_RequestDenied'),
      }),
    );
    await expect(directory.byObjectId(karin.id)).rejects.toBeInstanceOf(GraphDirectoryError);
  });
});
