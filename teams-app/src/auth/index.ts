export { AuthenticationError, EntraTokenValidator } from './entra.js';
export type { EntraValidationSettings } from './entra.js';
