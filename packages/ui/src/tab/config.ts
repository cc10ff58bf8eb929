/** What a channel tab is configured to show. */
export interface TabConfig {
  planYear: number;
  focusAreaId: number | null;
}

/** The URL query of a configured channel tab: `?plan=2026&area=3`. */
export function configQuery(config: TabConfig): string {
  return `?plan=${config.planYear}${config.focusAreaId ? `&area=${config.focusAreaId}` : ''}`;
}
