import { Spinner } from '@fluentui/react-components';
import type { ComponentType } from 'react';
import { tabPageTexts } from '@devplan/core/i18n';
import { useTexts } from '../common/texts.js';
import { useLocale, useT } from './i18n.js';

/**
 * `Page` shown once the texts of the tab's pages loaded on demand (`tabPageTexts`) are there in the current
 * language, a spinner meanwhile (nothing when `quiet`, for a control in the header). The lazy pages
 * (`lazyPage`) load this module with their own, so the tab's first chunk carries neither these texts nor the
 * pages.
 */
export function withPageTexts<P extends object>(Page: ComponentType<P>, quiet = false): ComponentType<P> {
  function WithPageTexts(props: P) {
    const tr = useT();
    const ready = useTexts(tabPageTexts, useLocale());
    if (ready) return <Page {...props} />;
    return quiet ? null : <Spinner label={tr('loading.page')} />;
  }
  WithPageTexts.displayName = `WithPageTexts(${Page.displayName ?? Page.name})`;
  return WithPageTexts;
}
