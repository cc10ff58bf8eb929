export { PrinciplesService } from './principles-service.js';
export { principlesApi } from './api.js';
export type { PrinciplesApiDeps } from './api.js';
export { principlesRoutes } from './routes.js';
export { principlesAtClose } from './at-close.js';
