/**
 * Ports: what the views need from data and from the app server, as interfaces. The SharePoint package and the
 * hosts implement them; the views only know these.
 */
export * from './tab.js';
export * from './periods.js';
export * from './reader.js';
export * from './app-api.js';
export * from './plans.js';
export * from './principles.js';
