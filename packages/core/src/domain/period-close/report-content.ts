import { formatDate, formatDateTime } from '../../format/date.js';
import { formatNumber } from '../../format/number.js';
import { localeTag } from '../../format/intl.js';
import { periodLabel } from '../../format/period.js';
import { t } from '../../i18n/translate.js';
import type { Locale } from '../common/types.js';
import type { PeriodSnapshot, SnapshotEffect, SnapshotInitiative } from './snapshot.js';
import { principlesReportSection, type ReportPrinciples } from '../principles/report.js';

/** A labelled value shown as a line in the report (e.g. "Status: Enligt plan"). */
export interface ReportFact {
  label: string;
  value: string;
}

/** A sub-section under an initiative (summary, risks, next steps, effects so far). */
export interface ReportTextSection {
  heading: string;
  text: string;
}

/** A bar chart in the report, with the text alternative that describes all of it. */
export interface ReportChart {
  title: string;
  altText: string;
  /** The titles of the value axis (progress) and of the category axis (the initiatives' numbers). */
  valueAxis: string;
  categoryAxis: string;
  /** Progress 0–100 per initiative; null when it has no approved follow-up. */
  bars: { label: string; value: number | null }[];
}

/** One initiative of the report: a heading, its facts, its texts and its effects. */
export interface ReportInitiative {
  heading: string;
  facts: ReportFact[];
  sections: ReportTextSection[];
  /** Shown when the initiative has no approved follow-up for the period ('' otherwise). */
  missing: string;
  effectsHeading: string;
  effects: string[];
}

/** One focus area of the report. */
export interface ReportArea {
  heading: string;
  longTermShiftHeading: string;
  longTermShift: string;
  chart: ReportChart;
  initiatives: ReportInitiative[];
}

/**
 * Everything the committee report says, in one language, independent of the file format: the renderer
 * turns it into a Word document with real headings (areas level 1, initiatives level 2, their parts level 3).
 */
export interface ReportContent {
  /** Document language (BCP 47): `sv-SE` for Swedish. */
  language: 'sv-SE' | 'en-GB';
  title: string;
  subtitle: string;
  cover: { committee: string; caseNumber: string; closedLine: string; countLine: string };
  /** The contents' heading (the list itself is built from the headings when the document is rendered). */
  toc: { heading: string };
  about: { heading: string; text: string; decisionsHeading: string; decisions: string[] };
  overview: {
    heading: string;
    columns: [string, string, string];
    rows: { initiative: string; status: string; progress: string }[];
  };
  areas: ReportArea[];
  /** "Principerna i förvaltningarna": the latest round's matrix (absent for a snapshot made before it existed). */
  principles?: ReportPrinciples;
  footer: string;
  /** The document's properties (title, subject, keywords). */
  properties: { title: string; subject: string; keywords: string; creator: string };
}

/** A date of the report, written out in full as a committee document does: 4 december 2026, Stockholm's day. */
function dateText(locale: Locale, value: string | null): string {
  return formatDate(locale, value, 'long');
}

/** A point in time of the report (a close, an approval) in Stockholm time: 4 december 2026 kl. 00:27. */
function dateTimeText(locale: Locale, value: string): string {
  return formatDateTime(locale, value, 'long');
}

function numberText(locale: Locale, value: number | null, unit = ''): string {
  if (value === null) return t(locale, 'reports.doc.notGiven');
  const text = formatNumber(locale, value);
  return unit ? `${text} ${unit}` : text;
}

function effectLine(locale: Locale, e: SnapshotEffect): string {
  const latest = e.measurements[e.measurements.length - 1];
  const notGiven = t(locale, 'reports.doc.notGiven');
  return t(locale, 'reports.doc.effectLine', {
    title: e.title,
    indicator: e.indicator || notGiven,
    baseline: numberText(locale, e.baseline, e.unit),
    baselineDate: dateText(locale, e.baselineDate) || notGiven,
    target: numberText(locale, e.target, e.unit),
    targetDate: dateText(locale, e.targetDate) || notGiven,
    latest: latest
      ? `${numberText(locale, latest.value, e.unit)} (${dateText(locale, latest.measuredAt)})`
      : t(locale, 'reports.doc.notMeasured'),
  });
}

function initiativeContent(locale: Locale, i: SnapshotInitiative): ReportInitiative {
  const none = t(locale, 'reports.doc.none');
  const f = i.followUp;
  const facts: ReportFact[] = [
    {
      label: t(locale, 'reports.doc.status'),
      value: f ? t(locale, `followUpStatus.${f.status}`) : t(locale, `initiativeStatus.${i.status}`),
    },
  ];
  if (f) {
    facts.push(
      {
        label: t(locale, 'reports.doc.progress'),
        value: t(locale, 'reports.doc.progressValue', { progress: f.progress }),
      },
      { label: t(locale, 'reports.doc.approvedBy', { date: dateTimeText(locale, f.approvedAt) }), value: '' },
    );
  }
  if (i.goal) facts.push({ label: t(locale, 'reports.doc.goal'), value: i.goal });
  return {
    heading: i.title,
    facts,
    sections: f
      ? [
          { heading: t(locale, 'reports.doc.summary'), text: f.summary || none },
          { heading: t(locale, 'reports.doc.risks'), text: f.risks || none },
          { heading: t(locale, 'reports.doc.nextSteps'), text: f.nextSteps || none },
          { heading: t(locale, 'reports.doc.effectsSeen'), text: f.effectsSeen || none },
        ]
      : [],
    missing: f ? '' : t(locale, 'reports.doc.noFollowUp'),
    effectsHeading: t(locale, 'reports.doc.effects'),
    effects: i.effects.length
      ? i.effects.map((e) => effectLine(locale, e))
      : [t(locale, 'reports.doc.noEffects')],
  };
}

/**
 * The committee report of a closed period, from its snapshot, in one language: cover (plan, period, case
 * number), contents, about and decisions, an overview table, then per focus area a chart with its text
 * alternative and per initiative the status, progress, summary, risks, next steps and effects.
 */
export function buildReportContent(snapshot: PeriodSnapshot, locale: Locale): ReportContent {
  const tr = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t(locale, key, params);
  const period = periodLabel(locale, snapshot.period.period);
  const { plan } = snapshot;
  const title = tr('reports.doc.title', { plan: plan.title });
  const subtitle = tr('reports.doc.subtitle', { period, year: snapshot.period.year });
  const progressText = (i: SnapshotInitiative) =>
    i.followUp ? tr('reports.doc.progressValue', { progress: i.followUp.progress }) : '–';
  const statusText = (i: SnapshotInitiative) =>
    i.followUp ? tr(`followUpStatus.${i.followUp.status}`) : tr('reports.doc.noFollowUp');
  return {
    language: localeTag(locale),
    title,
    subtitle,
    cover: {
      committee: tr('reports.doc.committee'),
      caseNumber: tr('reports.doc.caseNumber', { caseNumber: plan.caseNumber }),
      closedLine: tr('reports.doc.closedAt', {
        date: dateTimeText(locale, snapshot.closedAt),
        name: snapshot.closedBy.name,
      }),
      countLine: tr('reports.doc.approvedCount', {
        count: snapshot.counts.approved,
        total: snapshot.counts.initiatives,
      }),
    },
    toc: { heading: tr('reports.doc.toc') },
    about: {
      heading: tr('reports.doc.about'),
      text: tr('reports.doc.aboutText'),
      decisionsHeading: tr('reports.doc.decisions'),
      decisions: snapshot.decisions.map((d) =>
        tr('reports.doc.decisionLine', {
          body: d.body,
          date: dateText(locale, d.date),
          paragraph: d.paragraph,
        }).trim(),
      ),
    },
    overview: {
      heading: tr('reports.doc.overview'),
      columns: [
        tr('reports.doc.tableInitiative'),
        tr('reports.doc.tableStatus'),
        tr('reports.doc.tableProgress'),
      ],
      rows: snapshot.focusAreas.flatMap((a) =>
        a.initiatives.map((i) => ({ initiative: i.title, status: statusText(i), progress: progressText(i) })),
      ),
    },
    areas: snapshot.focusAreas.map((area) => {
      const bars = area.initiatives.map((i) => ({ label: i.title, value: i.followUp?.progress ?? null }));
      return {
        heading: tr('reports.doc.focusArea', { title: area.title }),
        longTermShiftHeading: tr('reports.doc.longTermShift'),
        longTermShift: area.longTermShift,
        chart: {
          title: tr('reports.doc.chartTitle', { area: area.title }),
          valueAxis: tr('reports.doc.chartValueAxis'),
          categoryAxis: tr('reports.doc.chartCategoryAxis'),
          altText: tr('reports.doc.chartAlt', {
            area: area.title,
            bars: area.initiatives
              .map((i) =>
                i.followUp
                  ? tr('reports.doc.chartBar', { title: i.title, progress: i.followUp.progress })
                  : tr('reports.doc.chartBarMissing', { title: i.title }),
              )
              .join('; '),
          }),
          bars,
        },
        initiatives: area.initiatives.map((i) => initiativeContent(locale, i)),
      };
    }),
    ...(snapshot.principles === undefined
      ? {}
      : { principles: principlesReportSection(snapshot.principles, locale) }),
    footer: tr('reports.doc.footer', {
      plan: plan.title,
      period,
      year: snapshot.period.year,
      caseNumber: plan.caseNumber,
    }),
    properties: {
      title: `${title}, ${subtitle}`,
      subject: tr('reports.doc.committee'),
      keywords: [plan.caseNumber, `${snapshot.period.year}-${snapshot.period.period}`].join(', '),
      creator: tr('app.shortName'),
    },
  };
}
