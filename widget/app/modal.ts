/** Where the floating panel covers the whole screen (panel.css, "Phones"). */
const FULL_SCREEN = '(max-width: 480px)';

/**
 * While the floating panel covers a phone's screen it is a modal dialog (WAI-ARIA APG, "Dialog
 * (Modal)"): the page behind is inert, so neither Tab nor a screen reader's swipe reaches what
 * cannot be seen, and it comes back as it was when the panel closes or the screen widens. An
 * inline embed (data-target) is part of its page and never is. Returns the undo.
 */
export function modalWhileFullScreen(dialog: HTMLElement, win: Window): () => void {
  const host = (dialog.getRootNode() as ShadowRoot).host;
  // Without matchMedia (jsdom, very old browsers) the size cannot be told: never modal there.
  if (!host || host.hasAttribute('data-inline') || !win.matchMedia) return () => {};
  const query = win.matchMedia(FULL_SCREEN);
  let made: Element[] = [];
  const undo = () => {
    for (const el of made) el.removeAttribute('inert');
    made = [];
    dialog.removeAttribute('aria-modal');
  };
  const apply = () => {
    undo();
    if (!query.matches) return;
    dialog.setAttribute('aria-modal', 'true');
    // Every sibling of the host and of its ancestors inside <body>: only the widget stays live.
    for (let at: Element = host; at.parentElement && at.tagName !== 'BODY'; at = at.parentElement) {
      for (const sibling of at.parentElement.children) {
        if (sibling !== at && !sibling.hasAttribute('inert')) {
          sibling.setAttribute('inert', '');
          made.push(sibling);
        }
      }
    }
  };
  apply();
  query.addEventListener('change', apply);
  return () => {
    query.removeEventListener('change', apply);
    undo();
  };
}
