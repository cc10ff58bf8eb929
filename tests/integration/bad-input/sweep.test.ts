/* eslint-disable @typescript-eslint/no-explicit-any -- JSON from the wire (connector, bot, API), asserted by shape */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DomainError, localize, type StringKey } from '@devplan/core';
import { spfi } from '@pnp/sp/index.js';
import { createRepositories, PlanSite, TokenAuthenticated, type Repositories } from '@devplan/sharepoint';
import { DEMO_USERS } from '@devplan/sp-emulator';
import { startLocalStack, API_AUDIENCE, DEMO_PEOPLE, type LocalStack } from '@devplan/local-stack';
import { badInputs, INJECTIONS, malformedBodies, type BadCase } from './generate';
import { FORMS, WRONG_ETAGS, type FormContext } from './forms';
import { ROUTES, type SweepContext } from './routes';

/**
 * The bad-input sweep: generated invalid inputs for every form (each validation schema, saved through the
 * repositories over PnPjs as the tab saves it), every API route of the app server and every card action.
 * Each must be refused with a clear error (a 4xx status and the reason in Swedish and English; never a
 * 5xx, never a stack trace) and write nothing (the emulator's request log shows no write, the follow-up
 * under decision stays as it was). The counts are printed and written to tests/bench/BAD-INPUT.md.
 */

type Surface = 'forms' | 'api' | 'cards';
interface Outcome {
  surface: Surface;
  target: string;
  label: string;
  problem: string | null;
  /** The problem is a known, reported defect (why). */
  known?: string;
}

/**
 * Defects the sweep found in code this test does not own; they are reported to the lead and listed in
 * BAD-INPUT.md as known defects without failing the run. Every other problem fails it. A known defect that
 * no longer occurs is printed, so its entry can be removed.
 */
const KNOWN_DEFECTS: { match: RegExp; why: string }[] = [];
const keyOf = (o: Pick<Outcome, 'surface' | 'target' | 'label'>) => `${o.surface} · ${o.target} · ${o.label}`;

const outcomes: Outcome[] = [];
const STACK_TRACE = /\n\s+at\s|\bat [\w$.<>]+ \(|\.tsx?:\d+|\.js:\d+:\d+|node_modules/;
// A `$batch` of reads only (e.g. a follow-up and the period closures read before a save) writes nothing.
const WRITES = (e: { method: string; url: string; batchWrites?: number }) =>
  e.method !== 'GET' && e.batchWrites !== 0 && !/ensureuser|contextinfo|\/_local\//i.test(e.url);

describe('bad-input sweep: every form, API route and card action refuses generated invalid input', () => {
  let stack: LocalStack;
  let repos: Repositories;
  const as = new Map<string, Repositories>();
  let form: FormContext;
  let ctx: SweepContext;
  let card: any;
  let cardMessageId: string;

  const reposAs = (user: string) => {
    if (!as.has(user)) {
      as.set(
        user,
        createRepositories(
          new PlanSite(
            spfi(stack.emulator.siteUrl).using(TokenAuthenticated(() => stack.emulator.issueToken(user), 1)),
            stack.emulator.siteUrl,
          ),
        ),
      );
    }
    return as.get(user)!;
  };
  const logMark = () => stack.emulator.requestLog().length;
  const writesSince = (mark: number) => stack.emulator.requestLog().slice(mark).filter(WRITES);
  const record = (surface: Surface, target: string, label: string, problem: string | null) => {
    const known = problem
      ? KNOWN_DEFECTS.find((d) => d.match.test(keyOf({ surface, target, label })))
      : undefined;
    outcomes.push({ surface, target, label, problem, ...(known ? { known: known.why } : {}) });
  };
  const newProblems = (surface: Surface) =>
    outcomes
      .filter((o) => o.surface === surface && o.problem && !o.known)
      .map((o) => `${keyOf(o)}: ${o.problem}`);

  beforeAll(async () => {
    stack = await startLocalStack({ spPort: 0, appPort: 0, dbFile: ':memory:', approvalSweepSeconds: 0 });
    repos = createRepositories(stack.site);
    const oid = (key: string) => DEMO_PEOPLE.find((p) => p.key === key)!.oid;
    const approver = (await stack.approvals.host.resolver.actorFor(oid('approver'))).siteUserId;
    const owner = (await stack.approvals.host.resolver.actorFor(oid('staff'))).siteUserId;
    const plan = (await repos.plans.byYear(2026))!;
    const initiatives = await repos.initiatives.byPlan(plan.id);
    for (const i of initiatives) {
      await repos.initiatives.update(i.id, { ownerId: owner }, i.etag!);
      await repos.approverAssignments.assign(i.id, approver, approver);
    }
    const [initiative, second] = initiatives;
    const staff = reposAs('staff');
    const draft = await staff.followUps.add({
      planId: plan.id,
      initiativeId: initiative!.id,
      periodYear: 2026,
      period: 'T1',
      status: 'onTrack',
      progress: 5,
    });
    const toSubmit = await staff.followUps.add({
      planId: plan.id,
      initiativeId: second!.id,
      periodYear: 2026,
      period: 'T1',
      status: 'atRisk',
      progress: 40,
      summary: 'Upphandlingen är försenad.',
    });
    const submitted = await staff.followUps.submit(toSubmit.id, toSubmit.etag!, owner);
    const effect = await reposAs('admin').effects.add({
      planId: plan.id,
      initiativeId: initiative!.id,
      title: 'Kortare handläggning',
      kind: 'qualitative',
      direction: 'benefit',
    });
    const measurement = await reposAs('admin').measurements.add({
      effectId: effect.id,
      measuredAt: '2026-04-30',
      value: 10,
    });
    form = {
      planId: plan.id,
      decisionId: (await repos.decisions.byPlan(plan.id))[0]!.id,
      focusAreaId: initiative!.focusAreaId,
      initiativeId: initiative!.id,
      activityId: (await repos.activities.byInitiative(initiative!.id))[0]!.id,
      draftId: draft.id,
      effectId: effect.id,
      measurementId: measurement.id,
    };
    const version = (await stack.approvals.host.decisions.followUp(submitted.id)).version;
    ctx = {
      submitted: { id: submitted.id, version },
      draftId: draft.id,
      initiativeId: initiative!.id,
      deputyOid: oid('deputy'),
      planId: plan.id,
    };
    await stack.approvals.host.notifier.sweep();
    const inbox = stack.approvals.connector.inbox('approver');
    const message = inbox.find(
      (m: any) => m.activity.attachments?.[0]?.content?.refresh?.action?.data?.followUpId === submitted.id,
    ) as any;
    card = message.activity.attachments[0].content;
    cardMessageId = message.id;
  }, 150_000);

  afterAll(async () => {
    await stack?.close();
    const surfaces: Surface[] = ['forms', 'api', 'cards'];
    const lines = [
      '# Bad-input sweep',
      '',
      'Generated by `npx jest --selectProjects integration -- tests/integration/bad-input` (or `npm run sweep`).',
      'Each input must be refused with a 4xx status and a reason in Swedish and English (no 5xx, no stack trace)',
      "and write nothing (no write in the emulator's request log; the follow-up under decision unchanged).",
      '',
      '| surface | targets | inputs tried | refused cleanly | known defects (reported) | new problems |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...surfaces.map((s) => {
        const of = outcomes.filter((o) => o.surface === s);
        return `| ${s} | ${new Set(of.map((o) => o.target)).size} | ${of.length} | ${of.filter((o) => !o.problem).length} | ${of.filter((o) => o.known).length} | ${of.filter((o) => o.problem && !o.known).length} |`;
      }),
      `| **all** | | **${outcomes.length}** | **${outcomes.filter((o) => !o.problem).length}** | **${outcomes.filter((o) => o.known).length}** | **${outcomes.filter((o) => o.problem && !o.known).length}** |`,
      '',
      '## Per target',
      '',
      '| surface | target | tried | refused cleanly |',
      '| --- | --- | ---: | ---: |',
      ...[...new Set(outcomes.map((o) => `${o.surface}\u0000${o.target}`))].map((key) => {
        const [s, t] = key.split('\u0000');
        const of = outcomes.filter((o) => o.surface === s && o.target === t);
        return `| ${s} | ${t} | ${of.length} | ${of.filter((o) => !o.problem).length} |`;
      }),
      '',
      '## Known defects (reported, not yet fixed)',
      '',
      ...KNOWN_DEFECTS.flatMap((d) => {
        const hits = outcomes.filter((o) => o.known === d.why);
        return hits.length
          ? [`- ${d.why} (${hits.length} inputs: ${hits.map((o) => `${o.target} · ${o.label}`).join('; ')})`]
          : [];
      }),
      '',
      '## New problems',
      '',
      ...(outcomes.some((o) => o.problem && !o.known)
        ? outcomes
            .filter((o) => o.problem && !o.known)
            .map((o) => `- ${keyOf(o).replace(/\|/g, '/')}: ${o.problem}`)
        : ['None.']),
      '',
    ];
    const gone = KNOWN_DEFECTS.filter((d) => !outcomes.some((o) => o.known === d.why));
    if (outcomes.length && gone.length)
      console.log(
        `known defects no longer seen (remove them from KNOWN_DEFECTS): ${gone.map((d) => d.why).join(' | ')}`,
      );
    const out = resolve(__dirname, '../../bench/BAD-INPUT.md');
    mkdirSync(dirname(out), { recursive: true });
    // formatted as the repository's Prettier settings want it, so `npm run format:check` stays green
    writeFileSync(out, lines.join('\n'));
    execFileSync(process.execPath, [
      require.resolve('prettier/bin/prettier.cjs'),
      '--write',
      '--log-level',
      'warn',
      out,
    ]);
    console.log(lines.slice(6, 12).join('\n'));
  });

  /** A refusal of a form save: a named 4xx error with the reason in both languages. */
  const formProblem = (error: unknown): string | null => {
    if (!(error instanceof DomainError)) return `not a named error: ${String(error).slice(0, 160)}`;
    if (error.status >= 500 || error.status < 400) return `status ${error.status}: ${error.reason.en}`;
    if (!error.reason.sv?.trim() || !error.reason.en?.trim()) return 'no Swedish or English reason';
    if (STACK_TRACE.test(`${error.reason.sv}\n${error.reason.en}`)) return 'stack trace in the reason';
    return null;
  };

  it('refuses every generated invalid form input and writes nothing', async () => {
    for (const spec of FORMS) {
      const user = spec.name.startsWith('plan') || spec.name.startsWith('decision') ? 'admin' : 'staff';
      const r = reposAs(user);
      const cases = badInputs(spec.schema, spec.valid(form), spec.extra?.(form) ?? []);
      const etagOf = async () => (spec.current ? ((await spec.current(repos, form)).etag ?? '*') : '*');
      const tries: { label: string; input: unknown; etag?: string }[] = cases.map((c) => ({ ...c }));
      if (spec.current)
        for (const etag of WRONG_ETAGS)
          tries.push({ label: `wrong ETag ${etag}`, input: spec.valid(form), etag });
      for (const attempt of tries) {
        const etag = attempt.etag ?? (await etagOf());
        const mark = logMark();
        let problem: string | null;
        try {
          await spec.save(r, attempt.input as never, form, etag);
          problem = 'accepted';
        } catch (error) {
          problem = formProblem(error);
        }
        const writes = writesSince(mark);
        if (problem === 'accepted' || writes.some((w) => w.status < 300))
          problem = `${problem ?? 'refused'}, but written: ${writes.map((w) => `${w.method} ${w.status}`).join(', ')}`;
        record('forms', spec.name, attempt.label, problem);
      }
    }
    // submitting an incomplete draft (the submission rule of a follow-up)
    for (const summary of ['', '   ']) {
      const staff = reposAs('staff');
      const draft = await staff.followUps.get(form.draftId);
      if (draft.summary !== summary) await staff.followUps.update(form.draftId, { summary }, draft.etag!);
      const current = await staff.followUps.get(form.draftId);
      const mark = logMark();
      let problem: string | null = 'accepted';
      await staff.followUps
        .submit(form.draftId, current.etag!, 6)
        .catch((error: unknown) => (problem = formProblem(error)));
      if (writesSince(mark).length) problem = `${problem ?? 'refused'}, but written`;
      record('forms', 'follow-up (submit)', `summary ${JSON.stringify(summary)}`, problem);
    }
    expect(newProblems('forms')).toEqual([]);
  }, 170_000);

  /** A refusal from the API: 4xx, JSON with the reason in both languages, no stack trace. */
  const httpProblem = (status: number, text: string): string | null => {
    if (status >= 500) return `status ${status}: ${text.slice(0, 160)}`;
    if (status < 400) return `accepted (${status}): ${text.slice(0, 120)}`;
    if (STACK_TRACE.test(text)) return `stack trace: ${text.slice(0, 160)}`;
    try {
      const body = JSON.parse(text);
      if (
        typeof body?.reason?.sv !== 'string' ||
        !body.reason.sv.trim() ||
        typeof body.reason.en !== 'string'
      )
        return `no sv/en reason: ${text.slice(0, 160)}`;
    } catch {
      return `not JSON (${status}): ${text.slice(0, 120)}`;
    }
    return null;
  };

  const token = (user: string, options: { audience?: string; expiresIn?: number } = {}) =>
    fetch(`${stack.emulator.origin}/_local/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user, audience: options.audience ?? API_AUDIENCE, ...options }),
    }).then(async (r) => ((await r.json()) as { access_token: string }).access_token);

  const send = async (method: string, path: string, auth: string | null, body?: string | Buffer) => {
    const response = await fetch(`${stack.app.url}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(auth !== null ? { authorization: auth } : {}),
      },
      ...(body !== undefined && method !== 'GET'
        ? { body: typeof body === 'string' ? body : new Uint8Array(body) }
        : {}),
    });
    return { status: response.status, text: await response.text() };
  };

  it('refuses every generated invalid call of every API route and writes nothing', async () => {
    const followUpBefore = await repos.followUps.get(ctx.submitted.id);
    const skipped: string[] = [];
    for (const route of ROUTES) {
      const valid = route.body?.(ctx);
      const userToken = `Bearer ${await token(route.user)}`;
      const queryOf = (q: Record<string, unknown>) =>
        new URLSearchParams(
          Object.entries(q)
            .filter(([, v]) => v !== undefined)
            .map(([k, v]) => [k, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)]),
        ).toString();
      const validPath = route.query ? `${route.path}?${queryOf(route.query(ctx))}` : route.path;
      if (route.optional) {
        const probe = await send(
          route.method,
          validPath,
          'Bearer x',
          valid ? JSON.stringify(valid) : undefined,
        );
        if (probe.status === 404) {
          skipped.push(route.name);
          continue;
        }
      }
      const tries: { label: string; auth: string | null; body?: string | Buffer; path?: string }[] = [];
      const validText = valid ? JSON.stringify(valid) : undefined;
      // who is calling
      tries.push({ label: 'no token', auth: null, body: validText });
      tries.push({ label: 'not a bearer token', auth: 'Basic YWRtaW46YWRtaW4=', body: validText });
      tries.push({ label: 'malformed token', auth: 'Bearer abc.def.ghi', body: validText });
      tries.push({
        label: 'token for SharePoint, not the API',
        auth: `Bearer ${await stack.emulator.issueToken(route.user)}`,
        body: validText,
      });
      tries.push({
        label: 'expired token',
        auth: `Bearer ${await token(route.user, { expiresIn: -3600 })}`,
        body: validText,
      });
      const [h, p] = userToken.slice(7).split('.');
      tries.push({
        label: 'token with a forged payload',
        auth: `Bearer ${h}.${Buffer.from(JSON.stringify({ oid: DEMO_USERS[0]!.oid, aud: API_AUDIENCE })).toString('base64url')}.${p}`,
        body: validText,
      });
      for (const user of route.forbiddenFor ?? [])
        tries.push({
          label: `valid call by ${user} (not allowed)`,
          auth: `Bearer ${await token(user)}`,
          body: validText,
        });
      if (valid) {
        // JSON cannot carry NaN or Infinity (they become null); the malformed bodies try them as literals
        const carried = (c: BadCase) =>
          JSON.stringify(JSON.parse(JSON.stringify(c.input))) === JSON.stringify(c.input) &&
          !/NaN|Infinity/.test(c.label);
        for (const c of badInputs(route.fields ?? {}, valid, route.extra?.(ctx) ?? []).filter(carried))
          tries.push({ label: c.label, auth: userToken, body: JSON.stringify(c.input) });
        for (const m of malformedBodies(valid)) tries.push({ label: m.label, auth: userToken, body: m.body });
        tries.push({
          label: 'oversized body (12 MB)',
          auth: userToken,
          body: JSON.stringify({ ...valid, comment: 'x'.repeat(12 * 1024 * 1024) }),
        });
      } else if (route.query) {
        // in a query string every value is text and unknown parameters are ignored: only values that are
        // wrong as text (not a number, out of range, not a choice, missing) are invalid there
        const notInvalidInQuery =
          /numeric text|past 2\^53|unknown field|SharePoint field name|state field|__proto__/;
        for (const c of badInputs(route.fields ?? {}, route.query(ctx), route.extra?.(ctx) ?? []))
          if (
            c.input &&
            typeof c.input === 'object' &&
            !Array.isArray(c.input) &&
            !notInvalidInQuery.test(c.label)
          )
            tries.push({
              label: c.label,
              auth: userToken,
              path: `${route.path}?${queryOf(c.input as Record<string, unknown>)}`,
            });
      } else {
        for (const q of ['?top=-1', `?$filter=${encodeURIComponent(INJECTIONS[0]!)}`, '?user=approver&oid=x'])
          tries.push({
            label: `query ${q}`,
            auth: `Bearer ${await token('reader')}`,
            path: `${route.path}${q}`,
          });
      }
      for (const attempt of tries) {
        const mark = logMark();
        const path = attempt.path ?? validPath;
        let problem: string | null;
        try {
          const answer = await send(route.method, path, attempt.auth, attempt.body);
          problem = httpProblem(answer.status, answer.text);
          // parameters a route does not have are ignored: a 200 is fine, a 5xx or a stack trace is not
          if (attempt.label.startsWith('query ') && answer.status === 200) problem = null;
        } catch (error) {
          problem = `request failed: ${String(error)}`;
        }
        const writes = writesSince(mark).filter((w) => w.status < 300);
        if (writes.length)
          problem = `${problem ?? 'refused'}, but written: ${writes.map((w) => `${w.method} ${w.url.split('/_api/')[1]?.slice(0, 60)}`).join(', ')}`;
        record('api', route.name, attempt.label, problem);
      }
    }
    const followUpAfter = await repos.followUps.get(ctx.submitted.id);
    expect(followUpAfter.etag).toBe(followUpBefore.etag);
    expect(await repos.approvalDecisions.byFollowUp(ctx.submitted.id)).toEqual([]);
    if (skipped.length) console.log(`routes not present in this build (skipped): ${skipped.join(', ')}`);
    expect(newProblems('api')).toEqual([]);
  }, 170_000);

  it('refuses every tampered, misdirected or incomplete card action and writes nothing', async () => {
    const connector = stack.approvals.connector;
    const data = card.refresh.action.data as Record<string, unknown>;
    const refusals = (
      [
        'approvals.refused.notApprover',
        'approvals.refused.tampered',
        'approvals.refused.outdated',
        'approvals.refused.notSubmitted',
        'approvals.refused.commentRequired',
        'approvals.refused.unknownUser',
      ] as StringKey[]
    ).map((k) => localize(k));
    const followUpBefore = await repos.followUps.get(ctx.submitted.id);
    const signatureKey = Object.keys(data).find((k) => /sig|mac|hash/i.test(k));
    const flip = (s: string) => `${s.slice(0, -2)}${s.at(-2) === 'A' ? 'B' : 'A'}${s.at(-1)}`;
    const tampered: BadCase[] = [
      { label: 'version + 1', input: { ...data, version: Number(data['version']) + 1 } },
      { label: 'version - 1', input: { ...data, version: Number(data['version']) - 1 } },
      ...[0, -1, 1.5, '1', null, 2 ** 60].map((v) => ({
        label: `version ${JSON.stringify(v)}`,
        input: { ...data, version: v },
      })),
      { label: 'another follow-up', input: { ...data, followUpId: ctx.draftId } },
      { label: 'follow-up id as text', input: { ...data, followUpId: String(data['followUpId']) } },
      {
        label: 'follow-up id injection',
        input: { ...data, followUpId: `${String(data['followUpId'])} or 1 eq 1` },
      },
      ...(signatureKey
        ? [
            {
              label: 'signature altered',
              input: { ...data, [signatureKey]: flip(String(data[signatureKey])) },
            },
            {
              label: 'signature removed',
              input: Object.fromEntries(Object.entries(data).filter(([k]) => k !== signatureKey)),
            },
            { label: 'signature empty', input: { ...data, [signatureKey]: '' } },
          ]
        : []),
      { label: 'empty data', input: {} },
    ];
    const tries: {
      label: string;
      user: string;
      verb: unknown;
      data: unknown;
      direct?: boolean;
      locale?: string;
    }[] = [
      ...tampered.map((t) => ({
        label: `tampered: ${t.label}`,
        user: 'approver',
        verb: 'approve',
        data: t.input,
      })),
      ...['staff', 'staff2', 'reader', 'deputy', 'admin'].map((user) => ({
        label: `wrong user: ${user}`,
        user,
        verb: 'approve',
        data: { ...data, decidedBy: 'approver' },
        direct: true,
      })),
      ...['', '   ', undefined, 42, null, ['text']].map((comment) => ({
        label: `send back, comment ${JSON.stringify(comment) ?? 'missing'}`,
        user: 'approver',
        verb: 'sendBack',
        data: comment === undefined ? { ...data } : { ...data, comment },
      })),
      ...['delete', '', 'APPROVE', 'approve ', 'sendback', 'publish', 42, null].map((verb) => ({
        label: `wrong verb ${JSON.stringify(verb)}`,
        user: 'approver',
        verb,
        data,
        direct: typeof verb !== 'string',
      })),
      // the refusal comes in the clicking person's language
      ...[
        {
          label: 'in English: tampered version',
          user: 'approver',
          verb: 'approve',
          data: { ...data, version: 0 },
        },
        { label: 'in English: wrong user', user: 'staff2', verb: 'approve', data },
        { label: 'in English: send back without comment', user: 'approver', verb: 'sendBack', data },
      ].map((t) => ({ ...t, direct: true, locale: 'en-US' })),
    ];
    for (const attempt of tries) {
      const mark = logMark();
      let problem: string | null = null;
      let answerText = '';
      try {
        const answer = attempt.direct
          ? await connector.postToBot(
              {
                ...connector.envelopeFor(attempt.user),
                ...(attempt.locale ? { locale: attempt.locale } : {}),
                type: 'invoke',
                name: 'adaptiveCard/action',
                value: {
                  action: { type: 'Action.Execute', verb: attempt.verb, data: attempt.data },
                  trigger: 'manual',
                },
              },
              await connector.inboundToken(),
            )
          : await connector.invoke(attempt.user, cardMessageId, {
              verb: String(attempt.verb),
              data: attempt.data as Record<string, unknown>,
            });
        answerText = JSON.stringify(answer.body);
        const invoke = (answer.body ?? {}) as any;
        if (answer.status >= 500 || (invoke.statusCode ?? 200) >= 500)
          problem = `status ${answer.status}/${invoke.statusCode}: ${answerText.slice(0, 160)}`;
        else if (STACK_TRACE.test(answerText)) problem = `stack trace: ${answerText.slice(0, 160)}`;
        else if (!refusals.some((r) => answerText.includes(attempt.locale ? r.en : r.sv)))
          problem = `no refusal said in ${attempt.locale ?? 'sv'}: ${answerText.slice(0, 200)}`;
      } catch (error) {
        problem = `request failed: ${String(error)}`;
      }
      const writes = writesSince(mark).filter((w) => w.status < 300);
      if (writes.length)
        problem = `${problem ?? 'refused'}, but written: ${writes.map((w) => `${w.method} ${w.url.split('/_api/')[1]?.slice(0, 60)}`).join(', ')}`;
      record('cards', 'approval card', attempt.label, problem);
    }
    // the bot endpoint itself: malformed activities with a valid Bot Framework token, and bodies without one
    const endpoint = `${stack.app.url}/api/messages`;
    const botToken = await connector.inboundToken();
    const envelope = connector.envelopeFor('approver');
    const activities: { label: string; body: string; auth: string | null; invoke?: boolean }[] = [
      { label: 'malformed JSON', body: '{"type": "invoke",', auth: botToken },
      { label: 'JSON list', body: '[]', auth: botToken },
      { label: 'JSON null', body: 'null', auth: botToken },
      { label: 'empty object', body: '{}', auth: botToken },
      {
        label: 'invoke without value',
        invoke: true,
        body: JSON.stringify({ ...envelope, type: 'invoke', name: 'adaptiveCard/action' }),
        auth: botToken,
      },
      {
        label: 'invoke without action',
        invoke: true,
        body: JSON.stringify({ ...envelope, type: 'invoke', name: 'adaptiveCard/action', value: {} }),
        auth: botToken,
      },
      {
        label: 'invoke from nobody',
        invoke: true,
        body: JSON.stringify({
          ...envelope,
          from: {},
          type: 'invoke',
          name: 'adaptiveCard/action',
          value: { action: { type: 'Action.Execute', verb: 'approve', data } },
        }),
        auth: botToken,
      },
      {
        label: 'invoke from an unknown person',
        invoke: true,
        body: JSON.stringify({
          ...envelope,
          from: { id: '29:x', aadObjectId: '00000000-0000-0000-0000-00000000dead' },
          type: 'invoke',
          name: 'adaptiveCard/action',
          value: { action: { type: 'Action.Execute', verb: 'approve', data } },
        }),
        auth: botToken,
      },
      {
        label: 'valid approve without a token',
        invoke: true,
        body: JSON.stringify({
          ...envelope,
          type: 'invoke',
          name: 'adaptiveCard/action',
          value: { action: { type: 'Action.Execute', verb: 'approve', data } },
        }),
        auth: null,
      },
      {
        label: 'oversized activity (12 MB)',
        body: JSON.stringify({ ...envelope, type: 'message', text: 'x'.repeat(12 * 1024 * 1024) }),
        auth: botToken,
      },
    ];
    for (const attempt of activities) {
      const mark = logMark();
      let problem: string | null = null;
      try {
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(attempt.auth ? { authorization: `Bearer ${attempt.auth}` } : {}),
          },
          body: attempt.body,
        });
        const text = await response.text();
        if (response.status >= 500) problem = `status ${response.status}: ${text.slice(0, 160)}`;
        else if (STACK_TRACE.test(text)) problem = `stack trace: ${text.slice(0, 160)}`;
        // an activity the bot does not handle may be acknowledged (200, nothing done); an invoke must be refused
        else if (attempt.invoke && response.status < 400 && !refusals.some((r) => text.includes(r.sv)))
          problem = `accepted (${response.status}): ${text.slice(0, 160)}`;
      } catch (error) {
        problem = `request failed: ${String(error)}`;
      }
      const writes = writesSince(mark).filter((w) => w.status < 300);
      if (writes.length)
        problem = `${problem ?? 'refused'}, but written: ${writes.map((w) => `${w.method} ${w.url.split('/_api/')[1]?.slice(0, 60)}`).join(', ')}`;
      record('cards', 'bot endpoint /api/messages', attempt.label, problem);
    }
    const followUpAfter = await repos.followUps.get(ctx.submitted.id);
    expect(followUpAfter.etag).toBe(followUpBefore.etag);
    expect(await repos.approvalDecisions.byFollowUp(ctx.submitted.id)).toEqual([]);
    expect(newProblems('cards')).toEqual([]);
  }, 170_000);
});
