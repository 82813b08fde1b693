/**
 * The visitor's browser asks for less data: Save-Data on, or a 2G connection (Network Information
 * API, https://wicg.github.io/netinfo/). Then nothing is fetched at idle: the loader waits for the
 * visitor's intent to fetch the conversation (boot.ts), and the app for the panel to open to
 * fetch the rest of the content (widget/app/visitor-mode.tsx).
 */
export const saveData = (win: Window) => {
  const net = (win.navigator as Navigator & { connection?: { saveData?: boolean; effectiveType?: string } }).connection;
  return !!net && (net.saveData === true || /2g/.test(net.effectiveType ?? ''));
};
