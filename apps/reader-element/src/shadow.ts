import { createDOMRenderer, type GriffelRenderer } from '@fluentui/react-components';

/**
 * The element's own styles inside its shadow root. `all: initial` on the host and on the frame stops what the
 * host page's CSS could still pass in by inheritance (colour, font, line height, letter spacing, text
 * transform …): selectors of the page never reach into a shadow root, inherited values do.
 */
export const ELEMENT_CSS = `
:host { all: initial; display: block; min-width: 0; max-width: 100%; }
:host([hidden]) { display: none; }
.frame { all: initial; display: block; min-width: 0; max-width: 100%; overflow-wrap: anywhere; }
.styles { display: none; }
`;

/** Where the element renders: its shadow root and the parts React, Griffel and Fluent UI need in it. */
export interface ShadowMount {
  root: ShadowRoot;
  /** React renders here. */
  container: HTMLElement;
  /** Fluent UI's portals (pop-ups) mount here, inside the shadow root, so they keep the styles. */
  portal: HTMLElement;
  /** Griffel's and the theme's `<style>` elements go here. */
  styles: HTMLElement;
  /** The document Fluent UI and Griffel write to: the page's, but with `head` and id look-ups in the shadow root. */
  targetDocument: Document;
  /** Griffel's renderer for this shadow root (each element its own: styles never reach the page). */
  renderer: GriffelRenderer;
}

/**
 * The page's document as Fluent UI and Griffel see it: `head` is the shadow root's style container, so the
 * theme's CSS variables and every class rule are written into the shadow root and never into the page;
 * `getElementById` and `querySelector(All)` look in the shadow root (the theme's style tag, deep links).
 * Everything else (`defaultView`, `body`, `createElement`, events) is the page's own document.
 */
export function shadowDocument(root: ShadowRoot, styles: HTMLElement): Document {
  const page = root.ownerDocument;
  const own: Record<PropertyKey, unknown> = {
    head: styles,
    getElementById: (id: string) => root.getElementById(id),
    querySelector: (selectors: string) => root.querySelector(selectors),
    querySelectorAll: (selectors: string) => root.querySelectorAll(selectors),
  };
  return new Proxy(page, {
    get(target, property) {
      if (property in own) return own[property];
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Attaches the element's open shadow root (axe-core and the tests read into it) with its parts. */
export function createShadowMount(host: HTMLElement): ShadowMount {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const page = host.ownerDocument;
  const own = page.createElement('style');
  own.textContent = ELEMENT_CSS;
  const styles = page.createElement('div');
  styles.className = 'styles';
  const frame = page.createElement('div');
  frame.className = 'frame';
  const container = page.createElement('div');
  const portal = page.createElement('div');
  frame.append(container, portal);
  root.replaceChildren(own, styles, frame);
  const targetDocument = shadowDocument(root, styles);
  return { root, container, portal, styles, targetDocument, renderer: createDOMRenderer(targetDocument) };
}
