import {
  buildReportContent,
  buildSnapshot,
  ConcurrencyError,
  DomainError,
  localize,
  NotFoundError,
  PeriodAlreadyClosedError,
  REPORT_KINDS,
  reportFileNames,
  ReportStorageError,
  ValidationError,
  type Id,
  type Locale,
  type Measurement,
  type PeriodClosure,
  type PeriodRef,
  type PeriodRequest,
  type PeriodSnapshot,
  type Plan,
  type PublishedFollowUp,
  type ReportKind,
  type StoredReport,
  type NewEntity,
} from '@devplan/core';
import {
  createRepositories,
  DuplicateValueError,
  PeriodClosureRepository,
  ReportLibrary,
  type PlanSite,
  type Repositories,
  readSealKeys,
  type SealSigner,
  SealVerifier,
} from '@devplan/sharepoint';
import { principlesAtClose } from '../principles/at-close.js';
import { renderReportDocx } from './docx.js';
import { renderFollowUpsXlsx } from './xlsx.js';

/** Who closes: the site user resolved from the validated token. */
export interface CloseActor {
  siteUserId: Id;
  displayName: string;
}

/** What a completed close answers. */
export interface CloseResult {
  closure: PeriodClosure;
  files: StoredReport[];
  /** True when this call completed a close an earlier call left half-done (see `PeriodCloseService`). */
  resumed: boolean;
}

/** The files of one period, rendered in memory before anything is written. */
interface RenderedFiles {
  snapshot: PeriodSnapshot;
  /** The period's publications whose seal checks: what the snapshot froze. */
  published: PublishedFollowUp[];
  bytes: Record<ReportKind, Uint8Array>;
}

/** What a period close is done with besides the site. */
export interface PeriodCloseOptions {
  /** The app's seal key: the close seals the period's publications as it froze them (readers check them at once). */
  sealer: SealSigner;
  clock?: () => Date;
  /** The language of the report and the export (default Swedish). */
  locale?: Locale;
  /**
   * Finishes the decisions recorded on the period's follow-ups (the approvals' completion queue,
   * `ApprovalNotifier.finishPeriod`) before anything is read, so none is left out of the report.
   */
  finishDecisions?: (planId: Id, period: PeriodRef) => Promise<void>;
}

/** A close left in `closing` longer than this was abandoned (the process died, or its rollback failed). */
export const STALE_CLOSING_MS = 2 * 60 * 1000;

/**
 * Closes a plan's period with the app's identity. Everything is read and rendered in memory first (the
 * snapshot, the Word report, the Excel export): bad input, an unknown plan or a period with nothing approved
 * is refused before anything is written. The commit point is the creation of the `PeriodClosures` item,
 * whose unique key (plan@period) lets exactly one of two simultaneous closes through. After it the three
 * files are uploaded to the reports library with their metadata and the closure is marked `closed`.
 * If storing fails after the commit point the close is ROLLED BACK (the files stored so far and the closure
 * item are deleted), so the administrator can simply try again. If even the rollback fails, the closure stays
 * `closing`; a close of the same period after `STALE_CLOSING_MS` takes it over (guarded by its ETag, so only
 * one caller does) and completes it.
 */
export class PeriodCloseService {
  private readonly repos: Repositories;
  private readonly closures: PeriodClosureRepository;
  private readonly library: ReportLibrary;
  private readonly sealer: SealSigner;
  private readonly clock: () => Date;
  private readonly locale: Locale;
  private readonly finishDecisions: (planId: Id, period: PeriodRef) => Promise<void>;

  constructor(site: PlanSite, options: PeriodCloseOptions) {
    this.sealer = options.sealer;
    this.clock = options.clock ?? (() => new Date());
    this.locale = options.locale ?? 'sv';
    this.finishDecisions = options.finishDecisions ?? (() => Promise.resolve());
    this.repos = createRepositories(site);
    this.closures = new PeriodClosureRepository(site);
    this.library = new ReportLibrary(site);
  }

  /** Closes the period (see the class comment); the caller has checked that the actor is an administrator. */
  async close(request: PeriodRequest, actor: CloseActor): Promise<CloseResult> {
    const plan = await this.plan(request);
    const existing = await this.closures.byPeriod(plan.id, request.period);
    if (existing && !this.abandoned(existing)) {
      throw new PeriodAlreadyClosedError(plan.title, request.period, existing.state === 'closing');
    }
    // What was decided goes into the report: decisions recorded and not yet completed are completed first.
    await this.finishDecisions(plan.id, request.period);
    const rendered = await this.render(plan, request, actor);
    const now = this.clock().toISOString();
    const values: NewEntity<PeriodClosure> = {
      planId: plan.id,
      periodYear: request.period.year,
      period: request.period.period,
      state: 'closing',
      closedById: actor.siteUserId,
      closedAt: now,
      caseNumber: plan.caseNumber,
      followUpCount: rendered.snapshot.counts.approved,
      reportUrl: '',
      snapshotUrl: '',
      exportUrl: '',
      // The frozen publications, sealed as one: readers check the closed period with this one seal.
      publicationsSeal: await this.sealer.sealPeriod(plan.id, request.period, rendered.published),
    };

    let closure: PeriodClosure;
    let resumed = false;
    if (existing) {
      // Take over an abandoned close; a stale ETag means another caller took it over first.
      try {
        closure = await this.closures.change(existing.id, values, existing.etag);
      } catch (error) {
        if (error instanceof ConcurrencyError)
          throw new PeriodAlreadyClosedError(plan.title, request.period, true);
        throw error;
      }
      resumed = true;
    } else {
      try {
        closure = await this.closures.create(values); // the commit point
      } catch (error) {
        if (error instanceof DuplicateValueError) {
          const winner = await this.closures.byPeriod(plan.id, request.period);
          throw new PeriodAlreadyClosedError(plan.title, request.period, winner?.state === 'closing');
        }
        throw error;
      }
    }

    const stored: StoredReport[] = [];
    try {
      const names = reportFileNames(request.period);
      for (const kind of REPORT_KINDS) {
        stored.push(
          await this.library.upload(names[kind], rendered.bytes[kind], {
            planId: plan.id,
            periodYear: request.period.year,
            period: request.period.period,
            caseNumber: plan.caseNumber,
            kind,
          }),
        );
      }
      const url = (kind: ReportKind) => stored.find((s) => s.kind === kind)?.serverRelativeUrl ?? '';
      closure = await this.closures.change(
        closure.id,
        { state: 'closed', reportUrl: url('report'), snapshotUrl: url('snapshot'), exportUrl: url('export') },
        closure.etag,
      );
    } catch (error) {
      throw await this.rollBack(closure, stored, error);
    }
    await this.repos.audit.add({
      action: 'closePeriod',
      listName: 'PeriodClosures',
      itemId: closure.id,
      actor: actor.displayName,
      at: now,
      details: {
        planId: plan.id,
        period: `${request.period.year}-${request.period.period}`,
        approved: rendered.snapshot.counts.approved,
        files: stored.map((s) => ({ kind: s.kind, url: s.serverRelativeUrl, size: s.size })),
        resumed,
      },
      source: 'api',
    });
    return { closure, files: stored, resumed };
  }

  /** The Excel export of a period's approved follow-ups as they are now (nothing is stored). */
  async exportXlsx(request: PeriodRequest, actor: CloseActor): Promise<{ name: string; bytes: Buffer }> {
    const plan = await this.plan(request);
    const { snapshot } = await this.snapshot(plan, request, actor);
    return {
      name: reportFileNames(request.period).export,
      bytes: await renderFollowUpsXlsx(snapshot, this.locale),
    };
  }

  /** A plan's closures, newest first. */
  closuresOf(planId: Id): Promise<PeriodClosure[]> {
    return this.closures.byPlan(planId);
  }

  /** A plan's stored report files, newest first. */
  filesOf(planId: Id): Promise<StoredReport[]> {
    return this.library.list(planId);
  }

  private abandoned(closure: PeriodClosure): boolean {
    return (
      closure.state === 'closing' &&
      this.clock().getTime() - new Date(closure.closedAt).getTime() > STALE_CLOSING_MS
    );
  }

  private async plan(request: PeriodRequest): Promise<Plan> {
    let plan: Plan;
    try {
      plan = await this.repos.plans.get(request.planId);
    } catch (error) {
      if (error instanceof NotFoundError)
        throw new DomainError(
          'unknown-plan',
          localize('reports.error.unknownPlan', { id: request.planId }),
          404,
        );
      throw error;
    }
    if (plan.planYear !== request.period.year) {
      throw new ValidationError([
        {
          path: 'periodYear',
          code: 'notPlanYear',
          message: localize('reports.error.periodYear', { year: plan.planYear }),
        },
      ]);
    }
    return plan;
  }

  private async snapshot(
    plan: Plan,
    request: PeriodRequest,
    actor: CloseActor,
  ): Promise<{ snapshot: PeriodSnapshot; published: PublishedFollowUp[] }> {
    const { repos } = this;
    const [decisions, focusAreas, initiatives, read, effects, sealKeys] = await Promise.all([
      repos.decisions.byPlan(plan.id),
      repos.focusAreas.byPlan(plan.id),
      repos.initiatives.byPlan(plan.id),
      repos.published.byPlanPeriod(plan.id, request.period.year, request.period.period),
      repos.effects.find({ filter: `PlanId eq ${plan.id}` }),
      readSealKeys(repos.site.sp),
    ]);
    // The committee report freezes only what the app published (sealed), as the intranet shows it.
    const verifier = new SealVerifier(sealKeys);
    const published = await verifier.publications(read);
    const measurements: Measurement[] = [];
    for (let i = 0; i < effects.length; i += 20) {
      const ids = effects.slice(i, i + 20).map((e) => `EffectId eq ${e.id}`);
      measurements.push(...(await repos.measurements.find({ filter: ids.join(' or ') })));
    }
    const principles = await principlesAtClose(repos, plan, initiatives);
    const snapshot = buildSnapshot({
      plan,
      period: request.period,
      decisions,
      focusAreas,
      initiatives,
      published,
      effects,
      measurements,
      closedAt: this.clock().toISOString(),
      closedBy: { id: actor.siteUserId, name: actor.displayName },
      principles,
    });
    return { snapshot, published };
  }

  private async render(plan: Plan, request: PeriodRequest, actor: CloseActor): Promise<RenderedFiles> {
    const { snapshot, published } = await this.snapshot(plan, request, actor);
    const [report, exported] = await Promise.all([
      renderReportDocx(buildReportContent(snapshot, this.locale)),
      renderFollowUpsXlsx(snapshot, this.locale),
    ]);
    return {
      snapshot,
      published,
      bytes: {
        report,
        export: exported,
        snapshot: new TextEncoder().encode(`${JSON.stringify(snapshot, null, 2)}\n`),
      },
    };
  }

  /** Undoes a close whose files could not all be stored; says whether that worked. */
  private async rollBack(
    closure: PeriodClosure,
    stored: StoredReport[],
    cause: unknown,
  ): Promise<ReportStorageError> {
    try {
      for (const file of stored) await this.library.remove(file.serverRelativeUrl);
      const current = await this.closures.get(closure.id);
      await this.closures.delete(current.id, current.etag);
      return new ReportStorageError(true, cause);
    } catch (rollbackError) {
      console.error(
        `[reports] rolling back the close of ${closure.periodYear}-${closure.period} failed: ${(rollbackError as Error).message}`,
      );
      return new ReportStorageError(false, cause);
    }
  }
}
