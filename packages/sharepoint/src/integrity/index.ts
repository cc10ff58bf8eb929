export { readSealKeys, SealSigner, SealVerifier, sealKeysFromProperty, sealKeysQuery } from './seals.js';
export type { PeriodSeal, SealPublicKey } from './seals.js';
export { browserSealMemory, processSealMemory, SEAL_MEMORY_LIMIT } from './seal-memory.js';
export type { SealCheckMemory } from './seal-memory.js';
