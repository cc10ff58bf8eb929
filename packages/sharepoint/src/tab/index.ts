/** The tab's data over PnPjs: the `TabDataPort` the tab's views use. */
export { SpTabData } from './sp-tab-data.js';
