/**
 * The core library of the development plan product: domain model and rules, validation, texts (sv/en)
 * and the list schema. Nothing here talks to SharePoint; `@devplan/sharepoint` does.
 */
export * from './domain/index.js';
export * from './validation/index.js';
export * from './i18n/index.js';
export * from './format/index.js';
export * from './schema/index.js';
export * from './cards/index.js';
export * from './ports/index.js';
