import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CardData } from '@devplan/core';

/**
 * Signs and checks the data approval cards carry (`followUpId@version`) with an HMAC key only the app
 * holds, so a card whose data was altered on the way is recognised and changes nothing.
 */
export class CardSigner {
  constructor(private readonly secret: string) {
    if (secret.length < 16) throw new RangeError('The card signing secret must have at least 16 characters.');
  }

  /** The data for a card on a follow-up version. */
  sign(followUpId: number, version: number): CardData {
    return { followUpId, version, sig: this.mac(followUpId, version) };
  }

  /** The card data if it is intact (numbers and a matching signature), otherwise null. */
  verify(data: unknown): CardData | null {
    if (!data || typeof data !== 'object') return null;
    const { followUpId, version, sig } = data as Record<string, unknown>;
    if (!Number.isInteger(followUpId) || !Number.isInteger(version) || typeof sig !== 'string') return null;
    const expected = Buffer.from(this.mac(followUpId as number, version as number));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    return { followUpId: followUpId as number, version: version as number, sig };
  }

  private mac(followUpId: number, version: number): string {
    return createHmac('sha256', this.secret).update(`${followUpId}@${version}`).digest('base64url');
  }
}
