import { TEAMS_MESSAGE_LIMIT_BYTES, utf8Bytes } from '@devplan/core';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  exportJWK,
  generateKeyPair,
  jwtVerify,
  SignJWT,
  createLocalJWKSet,
  type JWK,
  type CryptoKey,
} from 'jose';
import { BodyTooLargeError, MAX_BOT_ACTIVITY_BYTES, readBodyCapped } from '@devplan/server';

/** A person who can use the local connector (a demo user). */
export interface ConnectorUser {
  key: string;
  oid: string;
  upn: string;
  displayName: string;
}

/** Settings of the local Bot Framework connector. */
export interface LocalConnectorOptions {
  port: number;
  host?: string;
  /** The bot's client id: the audience of the tokens the connector sends with activities. */
  botAppId: string;
  tenantId: string;
  users: readonly ConnectorUser[];
  /** The bot's messaging endpoint; may be set later with `setBotEndpoint`. */
  botEndpoint?: string;
}

/** A message the bot posted, as the connector keeps it (the latest version after updates). */
export interface ConnectorMessage {
  id: string;
  conversationId: string;
  activity: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
  /** How many times the bot replaced the message (PUT). */
  updates: number;
}

/** A conversation the connector knows: a 1:1 chat with one person, or a channel. */
export interface ConnectorConversation {
  id: string;
  type: 'personal' | 'channel';
  /** Entra object ids of the members. */
  members: string[];
  name?: string;
}

/** What the bot answered an invoke with. */
export interface InvokeAnswer {
  status: number;
  body: unknown;
}

/** Where and in which language a person uses the compose box (a message extension invoke). */
export interface ComposeOptions {
  /** The client's language, e.g. `en-GB` (default `sv-SE`). */
  locale?: string;
  /** The conversation (default: the person's 1:1 chat with the bot). */
  conversationId?: string;
}

/** A search from the compose box: the command, its parameters and the page asked for. */
export interface ComposeQuery {
  commandId: string;
  parameters: { name: string; value: unknown }[];
  skip?: number;
  count?: number;
}

/** Options of a hand-made inbound token (to test that the bot refuses bad ones). */
export interface InboundTokenOptions {
  audience?: string;
  issuer?: string;
  serviceUrl?: string;
  expiresInSeconds?: number;
  /** Sign with another key than the one the connector publishes. */
  foreignKey?: boolean;
}

/** A refused connector request; answered in one place with its status. */
export class ConnectorError extends Error {
  override readonly name = 'ConnectorError';
  constructor(
    readonly status: number,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const BOT_API_AUDIENCE = 'https://api.botframework.com';

/**
 * Reads a JSON body with the app server's capped reader: the connector takes the bot's activities (and the
 * inbox page's small requests), so it allows what the bot's endpoint allows; 413 past that.
 */
async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let raw: string;
  try {
    raw = await readBodyCapped(req, MAX_BOT_ACTIVITY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new ConnectorError(413, error.message, { cause: error });
    throw error;
  }
  if (!raw) return {};
  try {
    return JSON.parse(raw) as Record<string, unknown>;
  } catch (error) {
    throw new ConnectorError(400, 'The body must be JSON.', { cause: error });
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
    .end(JSON.stringify(body ?? {}));
}

/**
 * A local stand-in for the Bot Framework connector service and Teams clients, for development and tests.
 * It signs the activities it sends to the bot with its own RS256 key and publishes that key (OpenID metadata
 * and JWKS), so the bot validates them exactly as it validates Bot Framework tokens in production (its
 * `cloud` settings point key discovery here). It accepts the bot's outgoing calls (create and update
 * activities, create conversations) only with a token it issued, keeps the messages, and plays a Teams client
 * per user: it installs the app, lists a person's cards, and sends their invokes (including `refresh`).
 */
export class LocalConnector {
  private server!: Server;
  private botEndpoint: string | undefined;
  private readonly conversations = new Map<string, ConnectorConversation>();
  private readonly messages: ConnectorMessage[] = [];
  private readonly held = new Map<'inbound' | 'app', { token: Promise<string>; until: number }>();
  private origin_ = '';

  private constructor(
    private readonly options: LocalConnectorOptions,
    private readonly privateKey: CryptoKey,
    private readonly publicJwk: JWK,
    private readonly foreignKey: CryptoKey,
  ) {
    this.botEndpoint = options.botEndpoint;
  }

  /** Starts a connector on its own port. */
  static async start(options: LocalConnectorOptions): Promise<LocalConnector> {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    const foreign = await generateKeyPair('RS256');
    const publicJwk = {
      ...(await exportJWK(publicKey)),
      kid: `local-${randomUUID().slice(0, 8)}`,
      alg: 'RS256',
      use: 'sig',
    };
    const connector = new LocalConnector(options, privateKey, publicJwk, foreign.privateKey);
    connector.server = createServer((req, res) => {
      connector.handle(req, res).catch((error: unknown) => {
        const status = error instanceof ConnectorError ? error.status : 500;
        const message = error instanceof Error ? error.message : String(error);
        if (status >= 500) console.error(`[connector] ${req.method} ${req.url}: ${message}`);
        if (!res.headersSent) {
          // A too large body is left unread (readBodyCapped): close the connection after the answer.
          if (status === 413) res.setHeader('connection', 'close');
          send(res, status, { error: { code: status === 401 ? 'Unauthorized' : 'BadRequest', message } });
        } else res.end();
      });
    });
    await new Promise<void>((resolve, reject) => {
      connector.server.once('error', reject);
      connector.server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
    });
    const { port } = connector.server.address() as AddressInfo;
    connector.origin_ = `http://127.0.0.1:${port}`;
    return connector;
  }

  /** The connector's base URL: the service URL of every activity it sends. */
  get origin(): string {
    return this.origin_;
  }

  /** Where the bot should look for the connector's signing keys (a Teams SDK `cloud` override). */
  get cloudOverrides(): { openIdMetadataUrl: string; tokenIssuer: string } {
    return {
      openIdMetadataUrl: `${this.origin}/v1/.well-known/openidconfiguration`,
      tokenIssuer: this.origin,
    };
  }

  /** Sets the bot's messaging endpoint. */
  setBotEndpoint(url: string): void {
    this.botEndpoint = url;
  }

  /**
   * A token held for reuse until 5 minutes before it expires (an hour), as the Bot Framework service and MSAL
   * keep the tokens they are issued rather than signing one per call.
   */
  private reused(kind: 'inbound' | 'app', issue: () => Promise<string>): Promise<string> {
    const now = Date.now();
    let held = this.held.get(kind);
    if (!held || now >= held.until) {
      held = { token: issue(), until: now + 55 * 60 * 1000 };
      this.held.set(kind, held);
      held.token.catch(() => this.held.delete(kind));
    }
    return held.token;
  }

  /**
   * A token for an activity sent to the bot, as the Bot Framework connector signs it: one reused while valid,
   * or with `overrides` (a test's wrong issuer, audience, key or lifetime) a new one.
   */
  async inboundToken(overrides: InboundTokenOptions = {}): Promise<string> {
    if (Object.keys(overrides).length === 0) return this.reused('inbound', () => this.signInbound(overrides));
    return this.signInbound(overrides);
  }

  private signInbound(overrides: InboundTokenOptions): Promise<string> {
    return new SignJWT({ serviceurl: overrides.serviceUrl ?? this.origin })
      .setProtectedHeader({ alg: 'RS256', kid: this.publicJwk.kid!, typ: 'JWT' })
      .setIssuer(overrides.issuer ?? this.origin)
      .setAudience(overrides.audience ?? this.options.botAppId)
      .setIssuedAt()
      .setNotBefore('0s')
      .setExpirationTime(Math.floor(Date.now() / 1000) + (overrides.expiresInSeconds ?? 3600))
      .sign(overrides.foreignKey ? this.foreignKey : this.privateKey);
  }

  /** A token the bot sends with its calls to the connector (what Entra would issue for the Bot API), reused while valid. */
  appToken(): Promise<string> {
    return this.reused('app', () => this.signApp());
  }

  private signApp(): Promise<string> {
    return new SignJWT({ appid: this.options.botAppId })
      .setProtectedHeader({ alg: 'RS256', kid: this.publicJwk.kid!, typ: 'JWT' })
      .setIssuer(`${this.origin}/botframework.com`)
      .setAudience(BOT_API_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(this.privateKey);
  }

  /** The person with a demo key. */
  user(key: string): ConnectorUser {
    const user = this.options.users.find((u) => u.key === key || u.upn === key);
    if (!user) throw new ConnectorError(404, `Unknown user ${key}.`);
    return user;
  }

  /** The 1:1 chat of a person with the bot (created on first use). */
  personalConversation(userKey: string): ConnectorConversation {
    const user = this.user(userKey);
    const id = `a:personal-${user.oid}`;
    let conversation = this.conversations.get(id);
    if (!conversation) {
      conversation = { id, type: 'personal', members: [user.oid] };
      this.conversations.set(id, conversation);
    }
    return conversation;
  }

  /** Creates a channel with members (the initiative's team), for channel summaries. */
  channel(name: string, memberKeys: readonly string[]): ConnectorConversation {
    const id = `19:channel-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}@thread.tacv2`;
    const conversation: ConnectorConversation = {
      id,
      type: 'channel',
      name,
      members: memberKeys.map((k) => this.user(k).oid),
    };
    this.conversations.set(id, conversation);
    return conversation;
  }

  /** Installs the app for a person, as Teams does: an `installationUpdate` (add) in their 1:1 chat. */
  async install(userKey: string): Promise<InvokeAnswer> {
    const user = this.user(userKey);
    const conversation = this.personalConversation(userKey);
    return this.toBot({
      type: 'installationUpdate',
      action: 'add',
      ...this.envelope(user, conversation),
    });
  }

  /** Installs the app in a channel (a team), as Teams does. */
  async installInChannel(conversation: ConnectorConversation, byKey: string): Promise<InvokeAnswer> {
    return this.toBot({
      type: 'installationUpdate',
      action: 'add',
      ...this.envelope(this.user(byKey), conversation),
    });
  }

  /** Every message the bot posted where a person is a member, newest first. */
  inbox(userKey: string): ConnectorMessage[] {
    const user = this.user(userKey);
    return this.messages
      .filter((m) => this.conversations.get(m.conversationId)?.members.includes(user.oid))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** One message by id. */
  message(activityId: string): ConnectorMessage | undefined {
    return this.messages.find((m) => m.id === activityId);
  }

  /** Every message (tests). */
  allMessages(): ConnectorMessage[] {
    return [...this.messages];
  }

  /**
   * Sends an `adaptiveCard/action` invoke for a person clicking (or, with `trigger: 'automatic'`, their
   * client refreshing) a card, as Teams sends it, and returns the bot's answer.
   */
  async invoke(
    userKey: string,
    activityId: string,
    action: { verb: string; data: Record<string, unknown> },
    trigger: 'manual' | 'automatic' = 'manual',
  ): Promise<InvokeAnswer> {
    const user = this.user(userKey);
    const message = this.message(activityId);
    if (!message) throw new ConnectorError(404, `No message ${activityId}.`);
    const conversation = this.conversations.get(message.conversationId)!;
    if (!conversation.members.includes(user.oid))
      throw new ConnectorError(403, `${user.key} cannot see ${activityId}.`);
    return this.toBot({
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: activityId,
      value: { action: { type: 'Action.Execute', verb: action.verb, data: action.data }, trigger },
      ...this.envelope(user, conversation),
    });
  }

  /**
   * A person pastes a URL in a conversation's compose box: the `composeExtension/queryLink` invoke Teams
   * sends for a link of the app's domains, from that person (their 1:1 chat unless a conversation is named),
   * in their client's language. Returns the bot's answer (the preview card, or none).
   */
  async queryLink(userKey: string, url: string, options: ComposeOptions = {}): Promise<InvokeAnswer> {
    return this.toBot({
      type: 'invoke',
      name: 'composeExtension/queryLink',
      value: { url },
      ...this.composeEnvelope(userKey, options),
    });
  }

  /**
   * A person searches with a message extension command from the compose box: the `composeExtension/query`
   * invoke (command id, parameters, paging by `skip`/`count`) as Teams sends it. Returns the bot's answer.
   */
  async query(userKey: string, query: ComposeQuery, options: ComposeOptions = {}): Promise<InvokeAnswer> {
    return this.toBot({
      type: 'invoke',
      name: 'composeExtension/query',
      value: {
        commandId: query.commandId,
        parameters: query.parameters,
        queryOptions: { skip: query.skip ?? 0, count: query.count ?? 25 },
      },
      ...this.composeEnvelope(userKey, options),
    });
  }

  /**
   * A person sends a message with a card they inserted (a link preview or a search result) to a
   * conversation they are in: kept like the bot's messages, so every member's client can `refresh` it.
   */
  share(userKey: string, card: unknown, conversationId?: string): ConnectorMessage {
    const user = this.user(userKey);
    const conversation = conversationId
      ? this.conversations.get(conversationId)
      : this.personalConversation(userKey);
    if (!conversation) throw new ConnectorError(404, `Conversation ${conversationId ?? ''} not found.`);
    if (!conversation.members.includes(user.oid))
      throw new ConnectorError(403, `${user.key} is not in ${conversation.id}.`);
    const now = new Date().toISOString();
    const id = `m-${randomUUID()}`;
    const message: ConnectorMessage = {
      id,
      conversationId: conversation.id,
      activity: {
        type: 'message',
        id,
        from: { id: `29:${user.oid}`, name: user.displayName, aadObjectId: user.oid, role: 'user' },
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
      },
      createdAt: now,
      updatedAt: now,
      updates: 0,
    };
    this.messages.push(message);
    return message;
  }

  /** Sends a raw activity with a chosen token (tests of the bot's authentication). */
  async postToBot(activity: Record<string, unknown>, token: string | null): Promise<InvokeAnswer> {
    if (!this.botEndpoint) throw new ConnectorError(503, 'No bot endpoint set.');
    const response = await fetch(this.botEndpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify(activity),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch (error) {
      // Not every answer is JSON (a proxy's error page): keep the text.
      if (!(error instanceof SyntaxError)) throw error;
      body = text;
    }
    return { status: response.status, body };
  }

  /** A message activity from a person in their 1:1 chat (e.g. "hello"). */
  envelopeFor(userKey: string): Record<string, unknown> {
    return this.envelope(this.user(userKey), this.personalConversation(userKey));
  }

  /** Stops the connector. */
  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private composeEnvelope(userKey: string, options: ComposeOptions): Record<string, unknown> {
    const conversation = options.conversationId
      ? this.conversations.get(options.conversationId)
      : this.personalConversation(userKey);
    if (!conversation)
      throw new ConnectorError(404, `Conversation ${options.conversationId ?? ''} not found.`);
    return this.envelope(this.user(userKey), conversation, options.locale);
  }

  private envelope(
    user: ConnectorUser,
    conversation: ConnectorConversation,
    locale = 'sv-SE',
  ): Record<string, unknown> {
    return {
      id: randomUUID(),
      timestamp: new Date().toISOString(),
      channelId: 'msteams',
      serviceUrl: this.origin,
      locale,
      from: { id: `29:${user.oid}`, name: user.displayName, aadObjectId: user.oid, role: 'user' },
      recipient: { id: `28:${this.options.botAppId}`, name: 'Utvecklingsplan', role: 'bot' },
      conversation: {
        id: conversation.id,
        conversationType: conversation.type,
        tenantId: this.options.tenantId,
        ...(conversation.name ? { name: conversation.name } : {}),
      },
      channelData: {
        tenant: { id: this.options.tenantId },
        ...(conversation.type === 'channel' ? { channel: { id: conversation.id } } : {}),
      },
    };
  }

  private async toBot(activity: Record<string, unknown>): Promise<InvokeAnswer> {
    return this.postToBot(activity, await this.inboundToken());
  }

  private async checkBotToken(req: IncomingMessage): Promise<void> {
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (!token) throw new ConnectorError(401, 'Missing bearer token.');
    try {
      await jwtVerify(token, createLocalJWKSet({ keys: [this.publicJwk] }), {
        audience: BOT_API_AUDIENCE,
        issuer: `${this.origin}/botframework.com`,
        algorithms: ['RS256'],
      });
    } catch (error) {
      throw new ConnectorError(401, `Invalid bearer token: ${(error as Error).message}`);
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const path = url.pathname;
    if (path.startsWith('/_connector/')) {
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('access-control-allow-headers', 'content-type');
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
      if (req.method === 'OPTIONS') return void res.writeHead(204).end();
      return this.handleClient(req, res, url);
    }
    if (req.method === 'GET' && path === '/v1/.well-known/openidconfiguration') {
      return send(res, 200, {
        issuer: this.origin,
        jwks_uri: `${this.origin}/v1/.well-known/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
      });
    }
    if (req.method === 'GET' && path === '/v1/.well-known/keys')
      return send(res, 200, { keys: [this.publicJwk] });

    const match = /^\/v3\/conversations(?:\/([^/]+)\/activities(?:\/([^/]+))?)?\/?$/.exec(path);
    if (!match) throw new ConnectorError(404, `Not supported: ${req.method} ${path}`);
    await this.checkBotToken(req);
    const conversationId = match[1] ? decodeURIComponent(match[1]) : undefined;
    const activityId = match[2] ? decodeURIComponent(match[2]) : undefined;
    const body = await readJson(req);
    if (!conversationId && req.method === 'POST') {
      const members = (body['members'] as { aadObjectId?: string; id?: string }[] | undefined) ?? [];
      const oid = members[0]?.aadObjectId ?? members[0]?.id?.replace(/^29:/, '');
      const user = this.options.users.find((u) => u.oid === oid);
      if (!user) throw new ConnectorError(400, 'Unknown member.');
      const conversation = this.personalConversation(user.key);
      return send(res, 201, { id: conversation.id });
    }
    if (!conversationId || !this.conversations.has(conversationId)) {
      throw new ConnectorError(404, `Conversation ${conversationId ?? ''} not found.`);
    }
    const now = new Date().toISOString();
    // Teams refuses a message above its size limit with this answer; so does the connector, so tests see it.
    if (utf8Bytes(JSON.stringify(body)) > TEAMS_MESSAGE_LIMIT_BYTES) {
      return send(res, 413, { error: { code: 'MessageSizeTooBig', message: 'Message size too big' } });
    }
    if (req.method === 'POST') {
      const id = `m-${randomUUID()}`;
      this.messages.push({
        id,
        conversationId,
        activity: { ...body, id },
        createdAt: now,
        updatedAt: now,
        updates: 0,
      });
      return send(res, 201, { id });
    }
    if (req.method === 'PUT' && activityId) {
      const message = this.messages.find((m) => m.id === activityId && m.conversationId === conversationId);
      if (!message) throw new ConnectorError(404, `Activity ${activityId} not found.`);
      message.activity = { ...body, id: activityId };
      message.updatedAt = now;
      message.updates += 1;
      return send(res, 200, { id: activityId });
    }
    throw new ConnectorError(405, `Not supported: ${req.method} ${path}`);
  }

  private async handleClient(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname;
    if (req.method === 'GET' && path === '/_connector/users') {
      return send(
        res,
        200,
        this.options.users.map((u) => ({ key: u.key, displayName: u.displayName, oid: u.oid })),
      );
    }
    if (req.method === 'GET' && path === '/_connector/inbox') {
      return send(res, 200, this.inbox(url.searchParams.get('user') ?? ''));
    }
    if (req.method === 'POST' && path === '/_connector/install') {
      const body = await readJson(req);
      return send(res, 200, await this.install(String(body['user'] ?? '')));
    }
    if (req.method === 'POST' && path === '/_connector/invoke') {
      const body = await readJson(req);
      const answer = await this.invoke(
        String(body['user'] ?? ''),
        String(body['activityId'] ?? ''),
        { verb: String(body['verb'] ?? ''), data: (body['data'] as Record<string, unknown>) ?? {} },
        body['trigger'] === 'automatic' ? 'automatic' : 'manual',
      );
      return send(res, 200, answer);
    }
    if (req.method === 'POST' && path === '/_connector/query-link') {
      const body = await readJson(req);
      return send(
        res,
        200,
        await this.queryLink(String(body['user'] ?? ''), String(body['url'] ?? ''), composeOptionsOf(body)),
      );
    }
    if (req.method === 'POST' && path === '/_connector/query') {
      const body = await readJson(req);
      const parameters = Array.isArray(body['parameters'])
        ? (body['parameters'] as ComposeQuery['parameters'])
        : [{ name: 'query', value: typeof body['text'] === 'string' ? body['text'] : '' }];
      const query: ComposeQuery = {
        commandId: String(body['commandId'] ?? 'searchInitiatives'),
        parameters,
        ...(typeof body['skip'] === 'number' ? { skip: body['skip'] } : {}),
        ...(typeof body['count'] === 'number' ? { count: body['count'] } : {}),
      };
      return send(res, 200, await this.query(String(body['user'] ?? ''), query, composeOptionsOf(body)));
    }
    if (req.method === 'POST' && path === '/_connector/share') {
      const body = await readJson(req);
      const conversationId = typeof body['conversationId'] === 'string' ? body['conversationId'] : undefined;
      return send(res, 201, this.share(String(body['user'] ?? ''), body['card'], conversationId));
    }
    throw new ConnectorError(404, `Not supported: ${req.method} ${path}`);
  }
}

/** The conversation and language of a compose-box invoke, from a client request's body. */
function composeOptionsOf(body: Record<string, unknown>): ComposeOptions {
  return {
    ...(typeof body['locale'] === 'string' ? { locale: body['locale'] } : {}),
    ...(typeof body['conversationId'] === 'string' ? { conversationId: body['conversationId'] } : {}),
  };
}
