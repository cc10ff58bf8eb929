export { readSealKeys, SealSigner, SealVerifier, sealKeysFromProperty, sealKeysQuery } from './seals.js';
export type { SealPublicKey } from './seals.js';
