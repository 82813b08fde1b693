/**
 * The component files share one jsdom page per worker (vite.config.ts, isolate: false): what a
 * test left in the page or in storage is taken away before the next one starts.
 */
afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('lang');
  localStorage.clear();
  sessionStorage.clear();
});
