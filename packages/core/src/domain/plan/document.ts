import { formatDate, formatDateTime } from '../../format/date.js';
import { localeTag, type LocaleTag } from '../../format/intl.js';
import { formatNumber } from '../../format/number.js';
import { t, type StringParams } from '../../i18n/translate.js';
import type { StringKey } from '../../i18n/sv.js';
import type { Locale } from '../common/types.js';
import type { FocusArea } from '../focus-area/focus-area.js';
import type { Activity, Initiative } from '../initiative/initiative.js';
import { nextDecisionStep, STATUS_AFTER_STEP } from './cycle.js';
import { DECISION_STEPS, type Decision, type Plan } from './plan.js';

/** One block of the plan document's body, in reading order. */
export type PlanDocumentBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  /** `note`: a remark of the app (shown in italics), e.g. that a goal is not written yet. */
  | { kind: 'paragraph'; text: string; note?: boolean }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; columns: string[]; rows: string[][] };

/**
 * The plan as the city writes it for the committee, in one language and independent of the file format:
 * a cover, then the introduction (the plan's summary), the principles, the decision chain so far, and per
 * focus area its long-term shift and its planned initiatives (description, activities as bullets, "Målet är …").
 * The renderer turns it into a Word document with real headings (levels 1–3).
 */
export interface PlanDocument {
  /** Document language (BCP 47): `sv-SE` for Swedish. */
  language: LocaleTag;
  /** True for a draft plan: the cover and every page's header say so. */
  draft: boolean;
  cover: {
    title: string;
    subtitle: string;
    /** The draft's notice on the cover; null for a plan past the draft. */
    draftNotice: string | null;
    facts: { label: string; value: string }[];
    generated: string;
  };
  /** The contents' heading (the list itself is built from the headings when the document is rendered). */
  toc: { heading: string };
  /** The header of every page ("UTKAST – …" for a draft); null for none. */
  header: string | null;
  footer: string;
  body: PlanDocumentBlock[];
  /** The document's properties (title, subject, keywords, creator, description). */
  properties: { title: string; subject: string; keywords: string; creator: string; description: string };
  /** ASCII file name, e.g. `utvecklingsplan-2027-utkast.docx`. */
  fileName: string;
}

/**
 * What the plan document is made from: the plan and its lists as read (in any order), of each only what the
 * document says.
 */
export interface PlanDocumentInput {
  plan: Pick<
    Plan,
    'id' | 'title' | 'planYear' | 'caseNumber' | 'status' | 'summary' | 'budgetRequested' | 'principles'
  >;
  decisions: readonly Pick<Decision, 'id' | 'planId' | 'step' | 'body' | 'date' | 'paragraph'>[];
  focusAreas: readonly Pick<FocusArea, 'id' | 'planId' | 'title' | 'longTermShift' | 'sortOrder'>[];
  initiatives: readonly Pick<
    Initiative,
    'id' | 'planId' | 'focusAreaId' | 'title' | 'description' | 'goal' | 'status' | 'sortOrder'
  >[];
  activities: readonly Pick<Activity, 'id' | 'initiativeId' | 'title' | 'status' | 'sortOrder'>[];
  /** When the document is made (an ISO time; the cover says it). */
  generatedAt: string;
}

/** The ASCII file name of a plan's document: `utvecklingsplan-2026.docx`, `utvecklingsplan-2027-utkast.docx`. */
export function planDocumentFileName(plan: Pick<Plan, 'planYear' | 'status'>): string {
  return `utvecklingsplan-${plan.planYear}${plan.status === 'draft' ? '-utkast' : ''}.docx`;
}

const BULLET = /^\s*[•\-–*]\s+/;

/**
 * True for a line a plan's text uses as a sub-heading: a short line of its own (at most 80 characters and 10
 * words) that starts with a capital letter and ends without punctuation, e.g. "Information som strategisk resurs".
 * A footnote ("[1] …"), a bullet or a line with a link is never one.
 */
function looksLikeSubheading(line: string): boolean {
  return (
    line.length <= 80 &&
    line.split(/\s+/).length <= 10 &&
    /^\p{Lu}/u.test(line) &&
    !/[.,:;!?…]$/.test(line) &&
    !BULLET.test(line) &&
    !/https?:\/\//.test(line)
  );
}

/**
 * A text as blocks: each non-empty line a paragraph, and a run of lines that start with a bullet ("• ", "- ")
 * one bullet list (as the plans' texts write the principles). With `subheadings`, a short line standing alone
 * between blank lines and followed by more text (as "Förflyttningar på sikt" writes its themes) is a heading of
 * that level.
 */
export function textBlocks(text: string, subheadings?: 2 | 3): PlanDocumentBlock[] {
  const out: PlanDocumentBlock[] = [];
  const paragraphs = text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  paragraphs.forEach((paragraph, index) => {
    if (
      subheadings &&
      index < paragraphs.length - 1 &&
      !/\n/.test(paragraph) &&
      looksLikeSubheading(paragraph)
    ) {
      out.push({ kind: 'heading', level: subheadings, text: paragraph });
      return;
    }
    for (const raw of paragraph.split(/\r?\n/)) {
      const line = raw.trim();
      if (!line) continue;
      if (BULLET.test(line)) {
        const item = line.replace(BULLET, '');
        const last = out[out.length - 1];
        if (last?.kind === 'bullets') last.items.push(item);
        else out.push({ kind: 'bullets', items: [item] });
      } else out.push({ kind: 'paragraph', text: line });
    }
  });
  return out;
}

/** Lower-cases the first letter unless the word is an abbreviation ("IT", "AI"). */
function lowerFirst(text: string): string {
  const [first, second] = text;
  if (!first || (second && second !== second.toLowerCase())) return text;
  return first.toLowerCase() + text.slice(1);
}

/**
 * A goal as the plan writes it, "Målet är att …": as it is when it already begins so (in either language),
 * else after the language's "Målet är"; it ends with a full stop.
 */
export function goalSentence(locale: Locale, goal: string): string {
  const text = goal.trim();
  if (!text) return '';
  const prefixes = (['sv', 'en'] as const).map((l) => t(l, 'planDocument.goalPrefix').toLowerCase());
  const sentence = prefixes.some((p) => text.toLowerCase().startsWith(p))
    ? text
    : `${t(locale, 'planDocument.goalPrefix')} ${lowerFirst(text)}`;
  return /[.!?…]$/.test(sentence) ? sentence : `${sentence}.`;
}

const bySortOrder = <T extends { sortOrder: number; id: number }>(a: T, b: T) =>
  a.sortOrder - b.sortOrder || a.id - b.id;

type ChainDecision = PlanDocumentInput['decisions'][number];

/** Decisions in the chain's order: by date, then by step (a decision outside the chain last on its day). */
function chainOrder(a: ChainDecision, b: ChainDecision): number {
  const rank = (d: ChainDecision) => (d.step ? DECISION_STEPS.indexOf(d.step) : DECISION_STEPS.length);
  return a.date.localeCompare(b.date) || rank(a) - rank(b) || a.id - b.id;
}

/**
 * The plan document of a plan, in one language. Areas, initiatives and activities keep the plan's order
 * (`sortOrder`); cancelled initiatives and activities are not planned and are left out. What is not written
 * yet (summary, long-term shift, goal) is said in a note, so a draft shows what is missing.
 */
export function buildPlanDocument(input: PlanDocumentInput, locale: Locale): PlanDocument {
  const tr = (key: StringKey, params?: StringParams) => t(locale, key, params);
  const { plan } = input;
  const draft = plan.status === 'draft';
  const notGiven = tr('planDocument.notGiven');
  const note = (key: StringKey): PlanDocumentBlock => ({ kind: 'paragraph', text: tr(key), note: true });
  const body: PlanDocumentBlock[] = [];

  body.push({ kind: 'heading', level: 1, text: tr('planDocument.introduction') });
  const summary = textBlocks(plan.summary ?? '');
  body.push(...(summary.length ? summary : [note('planDocument.noSummary')]));

  const principles = (plan.principles ?? []).map((p) => p.trim()).filter(Boolean);
  if (principles.length) {
    body.push(
      { kind: 'heading', level: 1, text: tr('planDocument.principles') },
      { kind: 'paragraph', text: tr('planDocument.principlesLead') },
      { kind: 'bullets', items: principles },
    );
  }

  const decisions = [...input.decisions].filter((d) => d.planId === plan.id).sort(chainOrder);
  const next = nextDecisionStep(plan.status);
  if (decisions.length || next) {
    body.push({ kind: 'heading', level: 1, text: tr('planDocument.decisions') });
    if (decisions.length) {
      body.push({
        kind: 'table',
        columns: [
          tr('planDocument.decisionStep'),
          tr('planDocument.decisionBody'),
          tr('planDocument.decisionDate'),
          tr('planDocument.decisionParagraph'),
        ],
        rows: decisions.map((d) => [
          d.step ? tr(`planStatus.${STATUS_AFTER_STEP[d.step]}`) : tr('planDocument.decisionOther'),
          d.body,
          formatDate(locale, d.date, 'long'),
          d.paragraph,
        ]),
      });
    } else body.push(note('planDocument.noDecisions'));
    if (next)
      body.push({
        kind: 'paragraph',
        text: tr('planDocument.nextStep', { step: tr(`plans.stepVerb.${next}`) }),
      });
  }

  const initiatives = input.initiatives
    .filter((i) => i.planId === plan.id && i.status !== 'cancelled')
    .sort(bySortOrder);
  const activities = input.activities.filter((a) => a.status !== 'cancelled').sort(bySortOrder);
  for (const area of input.focusAreas.filter((a) => a.planId === plan.id).sort(bySortOrder)) {
    body.push(
      { kind: 'heading', level: 1, text: area.title },
      { kind: 'heading', level: 2, text: tr('planDocument.longTermShift') },
    );
    const shift = textBlocks(area.longTermShift ?? '', 3);
    body.push(...(shift.length ? shift : [note('planDocument.noLongTermShift')]));
    body.push({ kind: 'heading', level: 2, text: tr('planDocument.planned', { year: plan.planYear }) });
    const planned = initiatives.filter((i) => i.focusAreaId === area.id);
    if (!planned.length) body.push(note('planDocument.noInitiatives'));
    for (const initiative of planned) {
      body.push(
        { kind: 'heading', level: 3, text: initiative.title },
        ...textBlocks(initiative.description ?? ''),
      );
      const items = activities.filter((a) => a.initiativeId === initiative.id).map((a) => a.title.trim());
      if (items.some(Boolean)) body.push({ kind: 'bullets', items: items.filter(Boolean) });
      const goal = goalSentence(locale, initiative.goal ?? '');
      body.push(goal ? { kind: 'paragraph', text: goal } : note('planDocument.noGoal'));
    }
  }

  const caseNumber = plan.caseNumber?.trim() || notGiven;
  const budget =
    plan.budgetRequested === null || plan.budgetRequested === undefined
      ? notGiven
      : tr('planDocument.budgetValue', { amount: formatNumber(locale, plan.budgetRequested) });
  const draftMark = draft ? tr('planDocument.draftMark') : '';
  return {
    language: localeTag(locale),
    draft,
    cover: {
      title: plan.title,
      subtitle: tr('planDocument.subtitle'),
      draftNotice: draft ? tr('planDocument.draftCover') : null,
      facts: [
        { label: tr('planDocument.planYear'), value: String(plan.planYear) },
        { label: tr('planDocument.caseNumber'), value: caseNumber },
        { label: tr('planDocument.status'), value: tr(`planStatus.${plan.status}`) },
        { label: tr('planDocument.budget'), value: budget },
      ],
      generated: tr('planDocument.generated', { date: formatDateTime(locale, input.generatedAt, 'long') }),
    },
    toc: { heading: tr('planDocument.toc') },
    header: draft ? tr('planDocument.header', { title: plan.title }) : null,
    footer: tr('planDocument.footer', { year: plan.planYear, caseNumber }),
    body,
    properties: {
      title: draft ? `${plan.title} (${draftMark})` : plan.title,
      subject: tr('planDocument.subject'),
      keywords: [plan.caseNumber, String(plan.planYear), draftMark].filter(Boolean).join(', '),
      creator: tr('app.shortName'),
      description: caseNumber,
    },
    fileName: planDocumentFileName(plan),
  };
}
