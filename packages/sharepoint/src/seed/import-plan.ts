import type { Plan } from '@devplan/core';
import type { Repositories } from '../repositories/repositories.js';
import type { PlanSeed } from './types.js';

/** What an import did. */
export interface ImportReport {
  plan: Plan;
  created: { plans: number; decisions: number; focusAreas: number; initiatives: number; activities: number };
  /** True when everything was already there. */
  unchanged: boolean;
}

/** Options of an import. */
export interface ImportOptions {
  /** Who is recorded as the actor in the audit trail. */
  actor: string;
  /** Progress, one line per created thing. */
  onProgress?: (line: string) => void;
}

const footnoteText = (notes: PlanSeed['focusAreas'][number]['footnotes']) =>
  (notes ?? []).map((n) => `[${n.marker}] ${n.text}${n.link ? ` (${n.link.url})` : ''}`).join('\n');

/**
 * Writes a transcribed plan into the lists through the repositories. Idempotent and resumable: things
 * are matched by title within the plan, and only what is missing is created, so a second run creates
 * nothing and a run that was interrupted completes on the next. The plan's owners, approvers, timelines
 * and effects are not in the document and are left empty (the readiness check shows them as missing).
 */
export async function importPlan(
  repos: Repositories,
  seed: PlanSeed,
  options: ImportOptions,
): Promise<ImportReport> {
  const created = { plans: 0, decisions: 0, focusAreas: 0, initiatives: 0, activities: 0 };
  const say = (line: string) => options.onProgress?.(line);

  let plan = await repos.plans.byYear(seed.plan.planYear);
  if (!plan) {
    plan = await repos.plans.add({
      title: seed.plan.title,
      planYear: seed.plan.planYear,
      caseNumber: seed.plan.caseNumber,
      status: seed.plan.status,
      summary: [seed.plan.summary, seed.plan.budgetNote].filter(Boolean).join('\n\n'),
      budgetRequested: seed.plan.budgetRequested,
      principles: seed.plan.principles,
    });
    created.plans += 1;
    say(`Plan ${plan.planYear}: ${plan.title}`);
  }
  const planId = plan.id;

  const decisions = await repos.decisions.byPlan(planId);
  for (const d of seed.decisions) {
    if (decisions.some((e) => e.body === d.body && e.date === d.date)) continue;
    // The same key as a step recorded in the tab: one decision per plan and step.
    await repos.decisions.add(
      {
        planId,
        step: d.step,
        body: d.body,
        date: d.date,
        paragraph: d.paragraph,
        outcome: d.outcome,
        notes: d.notes,
      },
      `plan-${planId}-step-${d.step}`,
    );
    created.decisions += 1;
    say(`Beslut: ${d.body} ${d.date} ${d.paragraph}`);
  }

  const areas = await repos.focusAreas.byPlan(planId);
  const initiatives = await repos.initiatives.byPlan(planId);
  const activities = await repos.activities.find({ filter: `PlanId eq ${planId}` });
  let initiativeOrder = 0;
  for (const seedArea of seed.focusAreas) {
    let area = areas.find((a) => a.title === seedArea.title);
    if (!area) {
      const notes = footnoteText(seedArea.footnotes);
      area = await repos.focusAreas.add({
        planId,
        title: seedArea.title,
        longTermShift: notes ? `${seedArea.longTermShift}\n\n${notes}` : seedArea.longTermShift,
        sortOrder: seedArea.sortOrder,
      });
      created.focusAreas += 1;
      say(`Fokusområde: ${area.title}`);
    }
    for (const seedInitiative of seedArea.initiatives) {
      initiativeOrder += 1;
      let initiative = initiatives.find((i) => i.title === seedInitiative.title && i.focusAreaId === area.id);
      if (!initiative) {
        const notes = footnoteText(seedInitiative.footnotes);
        initiative = await repos.initiatives.add({
          planId,
          focusAreaId: area.id,
          title: seedInitiative.title,
          description: notes
            ? `${seedInitiative.description}\n\n${notes}`.trim()
            : seedInitiative.description,
          goal: seedInitiative.goal,
          principles: [],
          status: 'planned',
          sortOrder: initiativeOrder,
        });
        created.initiatives += 1;
        say(`  Insats: ${initiative.title}`);
      }
      const own = activities.filter((a) => a.initiativeId === initiative.id);
      let activityOrder = 0;
      for (const title of seedInitiative.activities) {
        activityOrder += 1;
        if (own.some((a) => a.title === title)) continue;
        await repos.activities.add({ planId, initiativeId: initiative.id, title, sortOrder: activityOrder });
        created.activities += 1;
      }
    }
  }

  const unchanged = Object.values(created).every((n) => n === 0);
  if (!unchanged) {
    await repos.audit.add({
      action: 'import',
      listName: 'Plans',
      itemId: planId,
      actor: options.actor,
      at: new Date().toISOString(),
      details: { source: seed.source, created },
      source: 'import',
    });
  }
  return { plan, created, unchanged };
}
