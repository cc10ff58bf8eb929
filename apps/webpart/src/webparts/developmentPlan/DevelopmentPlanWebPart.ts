import * as React from 'react';
import * as ReactDom from 'react-dom';
import { DisplayMode, Version } from '@microsoft/sp-core-library';
import {
  type IPropertyPaneConfiguration,
  type IPropertyPaneDropdownOption,
  PropertyPaneDropdown,
  PropertyPaneTextField,
  PropertyPaneToggle,
} from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { spfi, SPFx } from '@pnp/sp';
import type { FocusArea, Locale, ReaderPlanView } from '@devplan/core/domain';
import type { PlanSource } from '@devplan/core/ports';
// Only the reader's entry points: the view, the plan source over PnPjs and the texts, not the writing core.
import { loadTexts, localeFrom, readerTexts, t } from '@devplan/core/i18n';
import {
  browserSealMemory,
  browserViewHints,
  layeredViewHints,
  PlanSite,
  planSourceFrom,
  settingsViewHints,
  type ViewHint,
} from '@devplan/sharepoint/reader';
import {
  DevelopmentPlanReader,
  parsePlanChoice,
  READER_LAYOUTS,
  READER_SECTIONS,
  sectionsFromFlags,
  type DevelopmentPlanReaderProps,
  type ReaderLayout,
  type ReaderSection,
  type ReaderSettings,
} from '@devplan/ui/reader';

/** The web part's properties (what the page editor chose in the property pane). */
export interface IDevelopmentPlanWebPartProps {
  title: string;
  /** `latest` or a plan year such as `2026`. */
  plan: string;
  /** A focus area id, or `` for all. */
  areaId: string;
  layout: ReaderLayout;
  /**
   * Where the view was when an editor last had the page open (plan id and id windows per plan choice), saved
   * with the page: a reader's first visit starts from it and reads the view in one request. Never shown.
   */
  viewHints?: Record<string, ViewHint>;
  /** One flag per part shown: `show_followUp` etc. */
  [flag: `show_${string}`]: boolean | undefined;
}

const ALL_AREAS = '';
const flagOf = (section: ReaderSection): `show_${ReaderSection}` => `show_${section}`;

/** The intranet web part "Utvecklingsplan": the adopted plan and its approved follow-ups, read-only. */
export default class DevelopmentPlanWebPart extends BaseClientSideWebPart<IDevelopmentPlanWebPartProps> {
  private _source: PlanSource | undefined;
  private _areas: FocusArea[] = [];

  private get locale(): Locale {
    return localeFrom(this.context.pageContext.cultureInfo.currentUICultureName);
  }

  protected async onInit(): Promise<void> {
    // One PnPjs instance per host, built where the host starts and handed down.
    const sp = spfi().using(SPFx(this.context));
    const siteUrl = this.context.pageContext.web.absoluteUrl;
    // What the browser remembers from the last visit: the seal checks it passed (only what is new is checked
    // again) and where the view was (so it is read in one request at any size). A first visit starts from where
    // the view was when an editor last had the page open (kept in the properties, saved with the page).
    const pageHints = settingsViewHints(
      () => this.properties.viewHints,
      (hints) => {
        if (this.displayMode === DisplayMode.Edit) this.properties.viewHints = hints;
      },
    );
    this._source = planSourceFrom(new PlanSite(sp, siteUrl), {
      sealMemory: browserSealMemory(siteUrl),
      viewHints: layeredViewHints(browserViewHints(siteUrl), pageHints),
    });
    // The reader's texts in the page's language (English fetched only for an English page) before the first
    // render and the property pane; should English not come, the reader shows Swedish.
    await loadTexts(readerTexts, this.locale).catch((error: unknown) => {
      console.error('Utvecklingsplan: the English texts could not be loaded', error);
    });
    return super.onInit();
  }

  private get settings(): ReaderSettings {
    const p = this.properties;
    const flags: Partial<Record<ReaderSection, boolean | undefined>> = {};
    for (const section of READER_SECTIONS) flags[section] = p[flagOf(section)];
    return {
      plan: parsePlanChoice(p.plan),
      areaId: p.areaId ? Number(p.areaId) : null,
      layout: (READER_LAYOUTS as readonly string[]).indexOf(p.layout) >= 0 ? p.layout : 'overview',
      sections: sectionsFromFlags(flags),
    };
  }

  private readonly onViewLoaded = (view: ReaderPlanView): void => {
    this._areas = view.focusAreas;
    if (this.context.propertyPane.isPropertyPaneOpen()) this.context.propertyPane.refresh();
  };

  public render(): void {
    if (!this._source) return;
    const props: DevelopmentPlanReaderProps = {
      source: this._source,
      locale: this.locale,
      settings: this.settings,
      title: this.properties.title,
      onViewLoaded: this.onViewLoaded,
    };
    ReactDom.render(React.createElement(DevelopmentPlanReader, props), this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const locale = this.locale;
    const thisYear = new Date().getFullYear();
    const planOptions: IPropertyPaneDropdownOption[] = [
      { key: 'latest', text: t(locale, 'reader.pane.planLatest') },
    ];
    for (let year = thisYear + 1; year >= thisYear - 4; year--) {
      planOptions.push({ key: String(year), text: t(locale, 'reader.pane.planYear', { year }) });
    }
    const areaOptions: IPropertyPaneDropdownOption[] = [
      { key: ALL_AREAS, text: t(locale, 'reader.filter.allAreas') },
    ];
    for (const area of this._areas) areaOptions.push({ key: String(area.id), text: area.title });
    return {
      pages: [
        {
          header: { description: t(locale, 'reader.pane.description') },
          groups: [
            {
              groupName: t(locale, 'reader.pane.planGroup'),
              groupFields: [
                PropertyPaneTextField('title', { label: t(locale, 'reader.pane.title') }),
                PropertyPaneDropdown('plan', { label: t(locale, 'reader.pane.plan'), options: planOptions }),
                PropertyPaneDropdown('areaId', {
                  label: t(locale, 'reader.pane.area'),
                  options: areaOptions,
                }),
                PropertyPaneDropdown('layout', {
                  label: t(locale, 'reader.pane.layout'),
                  options: READER_LAYOUTS.map((l) => ({ key: l, text: t(locale, `reader.layout.${l}`) })),
                }),
              ],
            },
            {
              groupName: t(locale, 'reader.pane.sectionsGroup'),
              groupFields: READER_SECTIONS.map((section) =>
                PropertyPaneToggle(flagOf(section), {
                  label: t(locale, `reader.sections.${section}`),
                  checked: this.properties[flagOf(section)] !== false,
                }),
              ),
            },
          ],
        },
      ],
    };
  }
}
