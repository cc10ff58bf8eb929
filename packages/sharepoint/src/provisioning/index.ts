export { provision, DEFAULT_GROUPS } from './provision.js';
export type { ProvisionStep, ProvisionOptions, SiteGroups } from './provision.js';
export { DraftPermissions } from './draft-permissions.js';
