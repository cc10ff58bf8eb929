import type { DecisionStep } from '@devplan/core';

/** A footnote of the source document. */
export interface SeedFootnote {
  marker: string;
  text: string;
  link?: { text?: string; url: string };
}

/** A planned initiative as transcribed from the plan document. */
export interface SeedInitiative {
  key: string;
  title: string;
  description: string;
  activities: string[];
  goal: string;
  footnotes: SeedFootnote[];
}

/** A focus area as transcribed. */
export interface SeedFocusArea {
  key: string;
  title: string;
  sortOrder: number;
  longTermShift: string;
  footnotes?: SeedFootnote[];
  initiatives: SeedInitiative[];
}

/** A plan document transcribed faithfully into data (see `plan-2026.json`). */
export interface PlanSeed {
  source: { document: string; file: string };
  plan: {
    title: string;
    planYear: number;
    caseNumber: string;
    status: 'draft' | 'adopted' | 'approved' | 'closed';
    summary: string;
    budgetRequested: number;
    budgetNote: string;
    principles: string[];
    introduction?: string;
    footnotes?: SeedFootnote[];
  };
  decisions: {
    /** Which step of the decision chain (service committee, KSAU, KS). */
    step: DecisionStep;
    body: string;
    date: string;
    paragraph: string;
    outcome: string;
    notes: string;
  }[];
  oppositionStatement?: { party: string; title: string; text: string };
  focusAreas: SeedFocusArea[];
}
