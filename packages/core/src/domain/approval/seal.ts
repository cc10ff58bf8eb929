import type { ApprovalDecision, PublishedFollowUp } from './approval.js';

/**
 * The tenant property (a storage entity in the tenant app catalog, which only SharePoint administrators
 * write) that holds the public keys seals are checked with: JSON `{ "keys": [JWK, …] }`, each key an ECDSA
 * P-256 public JWK with its `kid`. Readers' browsers, the tab and the server all read the same keys.
 */
export const SEAL_KEYS_PROPERTY = 'UtvecklingsplanSealKeys';

/** The app's private seal key: an ECDSA P-256 JWK (`d` is the private part) with its key id. */
export interface SealPrivateKey {
  kid: string;
  kty: string;
  crv: string;
  x: string;
  y: string;
  d: string;
}

/** A seal: `<kid>.<signature>`, the signature ECDSA P-256 with SHA-256 (r‖s, base64url) over a payload. */
export interface ParsedSeal {
  kid: string;
  signature: string;
}

/** Splits a stored seal; null when it has no key id and signature. */
export function parseSeal(seal: string | null | undefined): ParsedSeal | null {
  const match = /^([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{40,200})$/.exec(seal ?? '');
  return match ? { kid: match[1]!, signature: match[2]! } : null;
}

/** What a decision's seal covers: every field that makes it what it is. */
export function decisionSealPayload(
  d: Pick<
    ApprovalDecision,
    'followUpId' | 'followUpVersion' | 'decision' | 'decidedById' | 'decidedAt' | 'comment'
  >,
): string {
  return JSON.stringify([
    'decision/1',
    d.followUpId,
    d.followUpVersion,
    d.decision,
    d.decidedById,
    instant(d.decidedAt),
    d.comment,
  ]);
}

/** What a publication's seal covers: the follow-up as approved, who approved it and when. */
export function publicationSealPayload(
  p: Omit<PublishedFollowUp, 'id' | 'etag' | 'created' | 'modified' | 'seal'>,
): string {
  return JSON.stringify([
    'publication/1',
    p.planId,
    p.initiativeId,
    p.followUpId,
    p.periodYear,
    p.period,
    p.status,
    p.progress,
    p.summary,
    p.risks,
    p.nextSteps,
    p.effectsSeen,
    p.approvedById,
    instant(p.approvedAt),
    p.decisionComment,
  ]);
}

/** A closed period's publications as one period seal covers them (`periodSealPayload`). */
export type SealedPeriodContent = Omit<PublishedFollowUp, 'id' | 'etag' | 'created' | 'modified' | 'seal'>;

/**
 * What a closed period's seal covers: the plan, the period, how many publications it froze and the content of
 * each (`publicationSealPayload`, in code-unit order, so the order they are read in does not matter). One check
 * of this seal stands for every publication's own: a publication added, removed, copied or changed after the
 * close makes it fail, and the publications are then checked one by one.
 */
export function periodSealPayload(
  planId: number,
  period: { year: number; period: string },
  publications: readonly SealedPeriodContent[],
): string {
  const contents = publications.map((p) => publicationSealPayload(p)).sort();
  return [
    JSON.stringify(['period/1', planId, period.year, period.period, contents.length]),
    ...contents,
  ].join('\n');
}

/** A time to the second, as SharePoint stores it (so a value read back seals like the value written). */
function instant(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Date(time).toISOString().slice(0, 19) + 'Z';
}
