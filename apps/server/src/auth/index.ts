export { AuthenticationError, EntraTokenValidator, JWKS_COOLDOWN_MS } from './entra.js';
export type { EntraValidationSettings } from './entra.js';
export { certificateTokenProvider, CertificateSignInError } from './certificate.js';
export type { CertificateCredentials, CertificateTestSeams } from './certificate.js';
export { mayEditList, listAccess, EDIT_LIST_ITEMS, VIEW_LIST_ITEMS, CLAIMS_PREFIX } from './roles.js';
export type { ListAccess } from './roles.js';
export { AdministratorCheck } from './administrators.js';
