/** The tab's client of the app server's API, and the periods and reports port built on it. */
export { AppApiClient } from './app-api.js';
export { ReportsClient } from './reports-client.js';
export { PlansClient } from './plans-client.js';
export { PrinciplesClient } from './principles-client.js';
