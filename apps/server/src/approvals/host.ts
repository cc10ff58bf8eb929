import { createHash } from 'node:crypto';
import {
  createRepositories,
  processSealMemory,
  OverviewLeadWriter,
  ReaderSnapshotWriter,
  type PlanSite,
  SealSigner,
} from '@devplan/sharepoint';
import {
  DEFAULT_REMINDER_POLICY,
  type Locale,
  type ReminderPolicy,
  type SealPrivateKey,
} from '@devplan/core';
import { EntraTokenValidator, type EntraValidationSettings } from '../auth/entra.js';
import { createApprovalBot, type ApprovalBot, type BotSettings } from '../bot/bot.js';
import type { RouteHandler } from '../server/app-server.js';
import { AdministratorCheck } from '../auth/administrators.js';
import { ChangeAuditor } from '../audit/changes.js';
import { approvalsApi } from './api.js';
import { ApproverService } from './approver.js';
import { DelegationService } from './delegations.js';
import { CardModels } from './card-models.js';
import { CardSigner } from './card-signature.js';
import { DecisionService } from './decision-service.js';
import { SiteUserResolver, type Directory } from './identity.js';
import { ApprovalNotifier } from './notifier.js';
import { ReminderPolicies } from './reminder-policy.js';
import { PlanLinkService } from '../messaging/plan-links.js';

/** Settings of approvals in the app server. */
export interface ApprovalsHostOptions {
  /** The plan site as the app's own identity. */
  site: PlanSite;
  directory: Directory;
  bot: BotSettings;
  /** Validation of the API's bearer tokens. */
  api: EntraValidationSettings;
  /** HMAC key for card data (at least 16 characters). */
  cardSecret: string;
  /**
   * The private key (ECDSA P-256 JWK with `kid`) that seals every decision and publication; its public half
   * belongs in the tenant property `SEAL_KEYS_PROPERTY`, where readers check seals.
   */
  sealKey: SealPrivateKey;
  clock?: () => Date;
  /** The server's reminder setting: for plans without days of their own. */
  policy?: ReminderPolicy;
  locale?: Locale;
  /** Post submission summaries to the installed team channels (default true). */
  channelSummaries?: boolean;
  /** The tab's public URL (`https://<host>/tab/`): cards link to the initiative there. */
  tabUrl?: string;
  /** The Teams app's id: cards link into the personal tab with a Teams deep link instead. */
  teamsAppId?: string;
  /** Decisions and publications without a seal created before this were written before seals: sealed once. */
  sealLegacyBefore?: Date;
}

/** Approvals, wired: the services, the bot, and the app server routes (bot endpoint and API). */
export interface ApprovalsHost {
  routes: RouteHandler[];
  bot: ApprovalBot;
  decisions: DecisionService;
  /** The app's seal key: seals decisions, publications and closed periods (`PeriodCloseService`). */
  sealer: SealSigner;
  notifier: ApprovalNotifier;
  models: CardModels;
  resolver: SiteUserResolver;
  /** The validator of the API's bearer tokens (other APIs of the app server share it). */
  tokens: EntraTokenValidator;
  /**
   * The intranet view's snapshots (`ReaderSnapshotWriter`): made again, after a change to the lists they are made
   * of, by each sweep.
   */
  snapshots: ReaderSnapshotWriter;
  /**
   * The leads of the tab's plan overview (`OverviewLeadWriter`): made again, after a change to the lists they are
   * made of, by each sweep after the reader snapshots.
   */
  overviewLeads: OverviewLeadWriter;
  /**
   * Runs the reminder sweep, then the snapshots' and the overview leads' refresh, every `ms` milliseconds (never two at once) until the
   * returned function is called; that resolves once a sweep under way has finished, so nothing of it runs on after
   * a shutdown.
   */
  sweepEvery(ms: number): () => Promise<void>;
}

/** Builds approvals over one plan site (repositories as the app) and starts nothing by itself. */
export async function createApprovalsHost(options: ApprovalsHostOptions): Promise<ApprovalsHost> {
  const clock = options.clock ?? (() => new Date());
  const repos = createRepositories(options.site);
  const resolver = new SiteUserResolver(options.site, options.directory);
  const signer = new CardSigner(options.cardSecret);
  const sealer = new SealSigner(options.sealKey);
  const decisions = new DecisionService(repos, clock, sealer, options.sealLegacyBefore ?? null);
  const snapshots = new ReaderSnapshotWriter(options.site, sealer, {
    clock,
    sealMemory: processSealMemory(undefined, (data) => createHash('sha256').update(data).digest()),
  });
  const overviewLeads = new OverviewLeadWriter(options.site, sealer, { clock });
  const admins = new AdministratorCheck(options.site);
  const reminders = new ReminderPolicies(repos, admins, options.policy ?? DEFAULT_REMINDER_POLICY, clock);
  const models = new CardModels(repos, resolver, signer, clock);
  if (options.tabUrl) models.tabUrl = options.tabUrl;
  if (options.teamsAppId) models.teamsAppId = options.teamsAppId;
  const notifier = new ApprovalNotifier(
    repos,
    models,
    decisions,
    resolver,
    {
      send: (ref, message) => bot.sender.send(ref, message),
      update: (ref, id, card) => bot.sender.update(ref, id, card),
    },
    clock,
    reminders.fallback,
    options.locale ?? 'sv',
    undefined,
    { channelSummaries: options.channelSummaries !== false, planPolicies: () => reminders.forPlans() },
  );
  const bot: ApprovalBot = createApprovalBot(options.bot, {
    repos,
    decisions,
    models,
    signer,
    resolver,
    notifier,
    links: new PlanLinkService(repos, resolver, models),
  });
  await bot.app.initialize();
  const tokens = new EntraTokenValidator(options.api);
  const approvers = new ApproverService(repos, admins, new ChangeAuditor(repos, clock), clock);
  const api = approvalsApi({
    repos,
    decisions,
    resolver,
    notifier,
    tokens,
    approvers,
    admins,
    delegations: new DelegationService(repos, admins, (id) => models.nameOf(id), clock),
    nameOf: (id) => models.nameOf(id),
    reminders,
  });
  return {
    routes: [bot.route, api],
    bot,
    decisions,
    sealer,
    notifier,
    models,
    resolver,
    tokens,
    snapshots,
    overviewLeads,
    sweepEvery: (ms) => {
      let running: Promise<void> | null = null;
      const timer = setInterval(() => {
        if (running) return;
        running = notifier
          .sweep()
          .then(() => undefined)
          .catch((error: unknown) => console.error(`[approvals] sweep failed: ${(error as Error).message}`))
          .then(() => snapshots.refresh())
          .then(
            () => undefined,
            (error: unknown) =>
              console.error(`[view] the reader snapshots could not be made: ${(error as Error).message}`),
          )
          .then(() => overviewLeads.refresh())
          .then(
            () => undefined,
            (error: unknown) =>
              console.error(`[view] the tab's overview leads could not be made: ${(error as Error).message}`),
          )
          .finally(() => {
            running = null;
          });
      }, ms);
      timer.unref();
      return async () => {
        clearInterval(timer);
        await running;
      };
    },
  };
}
