import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { spfi, SPFx, type SPFI } from '@pnp/sp';
import { localeFrom, t, type Locale } from '@devplan/shared';

import { DevelopmentPlan, type IDevelopmentPlanProps } from './components/DevelopmentPlan';

/** The web part's properties. */
export interface IDevelopmentPlanWebPartProps {
  title: string;
}

/** The intranet web part "Utvecklingsplan": the adopted plan, read-only. */
export default class DevelopmentPlanWebPart extends BaseClientSideWebPart<IDevelopmentPlanWebPartProps> {
  private _sp: SPFI | undefined;

  private get locale(): Locale {
    return localeFrom(this.context.pageContext.cultureInfo.currentUICultureName);
  }

  protected onInit(): Promise<void> {
    // One PnPjs instance per host, built where the host starts and handed down.
    this._sp = spfi().using(SPFx(this.context));
    return super.onInit();
  }

  public render(): void {
    if (!this._sp) return;
    const element: React.ReactElement<IDevelopmentPlanProps> = React.createElement(DevelopmentPlan, {
      title: this.properties.title,
      locale: this.locale,
      sp: this._sp,
      siteUrl: this.context.pageContext.web.absoluteUrl,
    });
    ReactDom.render(element, this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: t(this.locale, 'webpart.paneDescription') },
          groups: [
            {
              groupName: t(this.locale, 'webpart.paneGroup'),
              groupFields: [PropertyPaneTextField('title', { label: t(this.locale, 'webpart.titleLabel') })],
            },
          ],
        },
      ],
    };
  }
}
