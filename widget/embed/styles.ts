/**
 * Styles go into the shadow root as constructed style sheets: allowed under `style-src 'self'`
 * without 'unsafe-inline' and under Trusted Types (architecture.md). Where the platform lacks
 * them (old engines, jsdom) a <style> element is the fallback.
 */
export function adoptStyles(root: ShadowRoot, css: string): void {
  const doc = root.ownerDocument;
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (Sheet && 'adoptedStyleSheets' in root && 'replaceSync' in Sheet.prototype) {
    const sheet = new Sheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
}
