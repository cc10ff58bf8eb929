import { spfi } from '@pnp/sp/index.js';
import {
  ValidationError,
  type AuditAnswer,
  type AuditedChange,
  type FieldIssue,
  type Id,
  type PersonDelegations,
} from '@devplan/core';
import { createRepositories, PlanSite, TokenAuthenticated, type Repositories } from '@devplan/sharepoint';
import {
  EXAMPLE_2026,
  PLAN_2026,
  seedExampleData,
  type ExampleDataApi,
  type ExampleDataPorts,
  type ExampleDataReport,
  type ExamplePerson,
} from '@devplan/sharepoint/seed';
import { DecisionService } from '@devplan/server';
import type { RunningEmulator } from '@devplan/sp-emulator';
import { API_AUDIENCE, DEMO_PEOPLE, type LocalApprovals } from '../approvals/local-approvals.js';

/** The app server refused a request the example data made (its path, status and answer). */
export class ExampleDataRequestError extends Error {
  override readonly name = 'ExampleDataRequestError';
  constructor(
    readonly path: string,
    readonly status: number,
    readonly answer: string,
  ) {
    super(`${path} answered ${status}: ${answer.slice(0, 300)}`);
  }
}

/** The app server's API as one demo person, with a token for the API's audience (as the tab holds one). */
class PersonApi implements ExampleDataApi {
  constructor(
    private readonly appUrl: string,
    private readonly token: () => Promise<string>,
  ) {}

  recordChange(change: AuditedChange): Promise<AuditAnswer> {
    return this.call('POST', '/api/audit/changes', change) as Promise<AuditAnswer>;
  }
  async requestApproval(followUpId: Id): Promise<void> {
    await this.call('POST', '/api/approvals/notify', { followUpId });
  }
  async assignApprover(initiativeId: Id, approverId: Id | null): Promise<void> {
    await this.call('POST', '/api/approvals/approver', { initiativeId, approverId });
  }
  delegations(): Promise<PersonDelegations> {
    return this.call('GET', '/api/approvals/delegations') as Promise<PersonDelegations>;
  }
  async delegate(deputyId: Id, start: string, end: string): Promise<void> {
    await this.call('POST', '/api/approvals/delegations', { deputyId, start, end });
  }

  private async call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.appUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await this.token()}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (response.ok) return text ? (JSON.parse(text) as unknown) : null;
    const answer = (text.startsWith('{') ? JSON.parse(text) : {}) as { code?: string; issues?: FieldIssue[] };
    // Refused input comes back as the tab sees it: a ValidationError with the issues per field.
    if (answer.code === 'validation' && Array.isArray(answer.issues))
      throw new ValidationError(answer.issues);
    throw new ExampleDataRequestError(path, response.status, text);
  }
}

/** What the example data needs of the running stack. */
export interface ExampleDataStack {
  emulator: RunningEmulator;
  /** The plan site as the app's own identity. */
  site: PlanSite;
  approvals: LocalApprovals;
  /** The running app server's address. */
  appUrl: string;
  log: (line: string) => void;
}

/**
 * The example-data ports over the running local stack: each demo person writes with their own token from the
 * emulator's local sign-in, asks the app server's API what the tab asks (audit, cards, approvers, deputies),
 * and decisions go through the app's `DecisionService` with the stack's seal key, dated as the data says,
 * then announced by the app's notifier as a card's decision is.
 */
export function exampleDataPorts(stack: ExampleDataStack): ExampleDataPorts {
  const app = createRepositories(stack.site);
  const oidOf = (person: ExamplePerson) => DEMO_PEOPLE.find((p) => p.key === person)!.oid;
  const repos = new Map<ExamplePerson, Repositories>();
  const actor = (person: ExamplePerson) => stack.approvals.host.resolver.actorFor(oidOf(person));
  return {
    app,
    reposAs: (person) => {
      let found = repos.get(person);
      if (!found) {
        const sp = spfi(stack.emulator.siteUrl).using(
          TokenAuthenticated(() => stack.emulator.issueToken(person)),
        );
        found = createRepositories(new PlanSite(sp, stack.emulator.siteUrl));
        repos.set(person, found);
      }
      return found;
    },
    userId: async (person) => (await actor(person)).siteUserId,
    apiAs: (person) => new PersonApi(stack.appUrl, () => stack.emulator.issueToken(person, API_AUDIENCE)),
    decide: async (decision) => {
      const service = new DecisionService(app, () => decision.at, stack.approvals.sealer);
      const who = await actor(decision.person);
      const result = await service.decide({
        followUpId: decision.followUpId,
        followUpVersion: decision.followUpVersion,
        outcome: decision.outcome,
        comment: decision.comment,
        actor: who,
        source: 'bot',
      });
      if (result.status === 'recorded') await stack.approvals.host.notifier.announce(result, who.displayName);
    },
  };
}

/** Writing the example data failed; starting again goes on where it stopped. */
export class ExampleDataStartError extends Error {
  override readonly name = 'ExampleDataStartError';
  constructor(readonly causeError: unknown) {
    super(
      'Exempeldatan kunde inte skrivas. Starta igen (det som redan skrivits används), eller starta utan exempeldata med "npm start -- --no-example-data".\n' +
        'The example data could not be written. Start again (what was written is reused), or start without example data with "npm start -- --no-example-data".\n' +
        (causeError instanceof Error ? (causeError.stack ?? causeError.message) : String(causeError)),
    );
  }
}

/** Writes the 2026 plan's example data into the running stack (idempotent), with a line on what it did. */
export async function writeExampleData(stack: ExampleDataStack): Promise<ExampleDataReport> {
  try {
    const report = await seedExampleData(exampleDataPorts(stack), {
      plan: PLAN_2026,
      set: EXAMPLE_2026,
      actor: 'npm start',
      onProgress: stack.log,
    });
    stack.log(
      report.outcome === 'created'
        ? `Exempeldata skriven / example data written: ${JSON.stringify(report.created)}`
        : report.outcome === 'present'
          ? 'Exempeldatan finns redan. / The example data is already there.'
          : 'Ingen exempeldata: planen har egna ansvariga eller uppföljningar. / No example data: the plan holds data of its own.',
    );
    return report;
  } catch (error) {
    throw new ExampleDataStartError(error);
  }
}
