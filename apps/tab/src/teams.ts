import type { TabConfig } from '@devplan/ui/tab';

/** What the tab needs from Teams once initialised. */
export interface TeamsHost {
  theme: string | undefined;
  locale: string | undefined;
  /** What a deep link asked to open (`subEntityId`), e.g. `initiative/7`. */
  subPageId: string | undefined;
  onThemeChange(handler: (theme: string) => void): void;
  /** Registers the configuration page's save: Teams stores the tab's content URL. */
  saveConfigOnRequest(current: () => TabConfig, contentUrl: (config: TabConfig) => string): void;
}

/**
 * Initialises teams-js (call only when framed; the caller races it against a timeout) and reads the
 * context. teams-js is imported here only, so a plain browser never loads it.
 */
export async function initialiseTeams(): Promise<TeamsHost> {
  const { app, pages } = await import('@microsoft/teams-js');
  await app.initialize();
  const context = await app.getContext();
  return {
    theme: context.app.theme,
    locale: context.app.locale,
    subPageId: context.page.subPageId,
    onThemeChange: (handler) => app.registerOnThemeChangeHandler(handler),
    saveConfigOnRequest: (current, contentUrl) => {
      pages.config.registerOnSaveHandler((event) => {
        const config = current();
        pages.config
          .setConfig({
            contentUrl: contentUrl(config),
            websiteUrl: contentUrl(config),
            entityId: `plan-${config.planYear}${config.focusAreaId ? `-area-${config.focusAreaId}` : ''}`,
            suggestedDisplayName: `Utvecklingsplan ${config.planYear}`,
          })
          .then(
            () => event.notifySuccess(),
            (error: unknown) => event.notifyFailure(error instanceof Error ? error.message : String(error)),
          );
      });
      pages.config.setValidityState(true);
    },
  };
}
