export { BearerTokenFrom, TokenAuthenticated, WithoutMetadata } from './behaviors.js';
export type { TokenProvider } from './behaviors.js';
export {
  SharePointError,
  DuplicateValueError,
  NetworkError,
  toProductError,
  spCall,
  parseSharePointError,
} from './errors.js';
export type { ErrorContext } from './errors.js';
export { PlanSite } from './site.js';
export { hasPermission } from './permissions.js';
export { onDemand } from './on-demand.js';
