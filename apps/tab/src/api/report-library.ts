// The reports library's module on its own, so the tab loads it (and PnPjs' files and folders) only when the
// periods page lists or downloads reports.
export { ReportLibrary } from '@devplan/sharepoint';
