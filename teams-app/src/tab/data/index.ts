export { SpTabData, hasPermission } from './sp-tab-data.js';
