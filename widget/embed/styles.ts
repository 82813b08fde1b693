import { create, insert } from './dom';

/**
 * Styles go into the shadow root as constructed style sheets: allowed under `style-src 'self'`
 * without 'unsafe-inline' and under Trusted Types (docs/architecture.md). Where the platform lacks
 * them (Safari before 16.4, jsdom) constructing or adopting throws, and a <style> element is the
 * fallback.
 */
export function adoptStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    insert(root, Object.assign(create(root.ownerDocument, 'style'), { textContent: css }));
  }
}
