/**
 * Puts text on the clipboard with the async Clipboard API. Returns false when the page may not
 * (insecure context, denied permission, an old browser): the caller then shows the text
 * selected for Ctrl+C. document.execCommand('copy') is deprecated, so it is not tried.
 */
export async function copyText(text: string, nav: Navigator | undefined = globalThis.navigator): Promise<boolean> {
  try {
    if (!nav?.clipboard?.writeText) return false;
    await nav.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
