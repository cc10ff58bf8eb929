import { publicationSealPayload, type PublishedFollowUp } from '@devplan/core';
import type { SealSigner } from './seals.js';

/** A publication of plan 1 in 2026 (T1 unless `period` says otherwise), sealed by `signer` as the app does. */
export async function sealedPublication(
  signer: SealSigner,
  id: number,
  { period = 'T1', summary = `Läget ${id}` }: { period?: string; summary?: string } = {},
): Promise<PublishedFollowUp> {
  const content = {
    planId: 1,
    initiativeId: id,
    followUpId: 100 + id,
    periodYear: 2026,
    period,
    status: 'onTrack' as const,
    progress: 40,
    summary,
    risks: '',
    nextSteps: '',
    effectsSeen: '',
    approvedById: 9,
    approvedAt: '2026-05-04T08:00:00Z',
    decisionComment: '',
  };
  return { id, ...content, seal: await signer.seal(publicationSealPayload(content)) };
}
