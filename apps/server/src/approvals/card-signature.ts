import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CardData } from '@devplan/core';
import type { PlacementHint } from './decision-service.js';

/** Card data as signed here: a card may also say where its follow-up belongs (`at`, signed with the rest). */
export type SignedCardData = CardData & { at?: string };

/** Card data that checked, with where the card says its follow-up belongs (when it says so). */
export type VerifiedCardData = CardData & { at?: PlacementHint };

/** `<planId>.<initiativeId>.<year>.<period>`, as a card carries it. */
const PLACEMENT = /^([1-9]\d{0,9})\.([1-9]\d{0,9})\.(\d{4})\.([A-Za-z0-9]{1,8})$/;

/** A placement as a card carries it, or null when the follow-up's period is not one a card can carry. */
function placementText(at: PlacementHint): string | null {
  const text = `${at.planId}.${at.initiativeId}.${at.periodYear}.${at.period}`;
  return PLACEMENT.test(text) ? text : null;
}

/**
 * Signs and checks the data approval cards carry (`followUpId@version`, and where the follow-up belongs) with
 * an HMAC key only the app holds, so a card whose data was altered on the way is recognised and changes
 * nothing. Where the follow-up belongs is only a hint of what to read (the decision checks the follow-up as
 * read), signed all the same.
 */
export class CardSigner {
  constructor(private readonly secret: string) {
    if (secret.length < 16) throw new RangeError('The card signing secret must have at least 16 characters.');
  }

  /** The data for a card on a follow-up version; with `at`, where the follow-up belongs. */
  sign(followUpId: number, version: number, at?: PlacementHint): SignedCardData {
    const placement = at ? placementText(at) : null;
    return {
      followUpId,
      version,
      ...(placement ? { at: placement } : {}),
      sig: this.mac(followUpId, version, placement),
    };
  }

  /** The card data if it is intact (numbers, a well-formed placement if any, a matching signature), else null. */
  verify(data: unknown): VerifiedCardData | null {
    if (!data || typeof data !== 'object') return null;
    const { followUpId, version, sig, at } = data as Record<string, unknown>;
    if (!Number.isInteger(followUpId) || !Number.isInteger(version) || typeof sig !== 'string') return null;
    if (at !== undefined && typeof at !== 'string') return null;
    const placement = at === undefined ? null : PLACEMENT.exec(at);
    if (at !== undefined && !placement) return null;
    const expected = Buffer.from(this.mac(followUpId as number, version as number, at ?? null));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    return {
      followUpId: followUpId as number,
      version: version as number,
      sig,
      ...(placement
        ? {
            at: {
              planId: Number(placement[1]),
              initiativeId: Number(placement[2]),
              periodYear: Number(placement[3]),
              period: placement[4]!,
            },
          }
        : {}),
    };
  }

  private mac(followUpId: number, version: number, placement: string | null): string {
    const signed = placement ? `${followUpId}@${version}#${placement}` : `${followUpId}@${version}`;
    return createHmac('sha256', this.secret).update(signed).digest('base64url');
  }
}
