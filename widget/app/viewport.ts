/**
 * Keeps the full-screen panel (under 480 px) inside the visible part of the page: when the
 * on-screen keyboard opens, the visual viewport shrinks while the layout viewport does not, and
 * the text box would sit under the keyboard (docs/product.md, "Mobile"). CSS reads the two properties,
 * falling back to 100dvh where there is no visualViewport.
 */
export function followViewport(win: Window, el: HTMLElement): () => void {
  const vv = win.visualViewport;
  if (!vv) return () => {};
  const update = () => {
    el.style.setProperty('--hw-viewport-height', `${Math.round(vv.height)}px`);
    el.style.setProperty('--hw-viewport-top', `${Math.round(vv.offsetTop)}px`);
  };
  update();
  vv.addEventListener('resize', update);
  vv.addEventListener('scroll', update);
  return () => {
    vv.removeEventListener('resize', update);
    vv.removeEventListener('scroll', update);
  };
}
