/**
 * SharePoint access over PnPjs: the behaviours hosts compose, list provisioning, repositories and the
 * batched plan view. Hosts build their PnPjs instance and hand it in through `PlanSite`.
 */
export * from './client/index.js';
export * from './mapping/index.js';
export * from './repositories/index.js';
export * from './provisioning/index.js';
export * from './plan-view/index.js';
export * from './integrity/index.js';
export { ReaderSnapshotWriter, SNAPSHOT_PLANS, SNAPSHOT_SETTLE_MS } from './reader/snapshot-writer.js';
export type { SnapshotRefresh, SnapshotWriterOptions } from './reader/snapshot-writer.js';
export { readReaderSnapshot, readerSnapshotFileName } from './reader/snapshot.js';
export { OverviewLeadWriter, overviewLeadFileName } from './tab/overview-lead.js';
export type { SnapshotRead } from './reader/snapshot.js';
