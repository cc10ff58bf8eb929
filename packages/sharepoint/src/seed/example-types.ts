import type { Effect, FollowUp, InitiativeStatus, IsoDate, IsoDateTime, NewEntity } from '@devplan/core';

/** A demo person of the local sign-in who acts in the example data (keys of the emulator's demo users). */
export type ExamplePerson = 'admin' | 'staff' | 'staff2' | 'approver' | 'deputy';

/** A measured value of an example effect. */
export interface ExampleMeasurement {
  /** Short code, unique within its effect (part of the create key). */
  code: string;
  measuredAt: IsoDate;
  value: number;
  comment: string;
}

/** An expected effect (benefit-realisation plan) invented for an initiative, with its measurements. */
export type ExampleEffect = Omit<NewEntity<Effect>, 'planId' | 'initiativeId' | 'carriedFromId'> & {
  /** Short code, unique within its initiative (part of the create key). */
  code: string;
  measurements: ExampleMeasurement[];
};

/** An invented follow-up of one period, and how far it went: approved, still submitted, or sent back. */
export type ExampleFollowUp = Pick<
  FollowUp,
  'status' | 'progress' | 'summary' | 'risks' | 'nextSteps' | 'effectsSeen'
> & {
  period: 'T1' | 'T2' | 'FY';
  outcome: 'approved' | 'submitted' | 'sentBack';
  /** When the owner submitted it (never later than the moment the data is written). */
  submittedAt: IsoDateTime;
  /** When the approver decided (approved and sent back only). */
  decidedAt?: IsoDateTime;
  /** The approver's comment (required when sent back). */
  comment?: string;
};

/** What the example data invents for one initiative of the plan. */
export interface ExampleInitiative {
  /** The initiative's key in the plan seed (`SeedInitiative.key`), matched by its title in the lists. */
  initiative: string;
  /** Short code of the initiative in create keys (`ex2026.i01.t1`). */
  code: string;
  /** Who owns it (and writes its follow-ups, effects and measurements). */
  owner: Extract<ExamplePerson, 'staff' | 'staff2'>;
  start: IsoDate;
  end: IsoDate;
  status: InitiativeStatus;
  effects: ExampleEffect[];
  followUps: ExampleFollowUp[];
}

/** An example data set for one plan year. */
export interface ExampleDataSet {
  planYear: number;
  /** Prefix of every create key (8–64 characters in all, letters, digits and `.`). */
  keyPrefix: string;
  /** Who approves every initiative, and who is named their deputy. */
  approver: Extract<ExamplePerson, 'approver'>;
  deputy: Extract<ExamplePerson, 'deputy'>;
  /** Who names the approvers (a plan administrator) and sets owners and timelines. */
  administrator: Extract<ExamplePerson, 'admin'>;
  /** How many days the deputy stands in, from the day the data is written. */
  deputyDays: number;
  initiatives: ExampleInitiative[];
}
