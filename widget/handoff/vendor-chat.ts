import type { ChatVendor } from './chat-settings';
import type { Consented } from './adapters/vendor';
import { loadAdapter } from './load-adapter';

/** What the hand-off needs from the page to open a vendor's chat: the vendor, and the ways to report. */
export interface VendorHooks extends ChatVendor {
  warn(message: string): void;
  /** Reports a failure as the 'error' event (docs/product.md, "Events"). */
  error(message: string): void;
}

export type VendorState = 'idle' | 'opening' | 'opened' | 'cut' | 'failed';

/**
 * Opens the site's own chat with what the visitor agreed to share (null: nothing). The adapter's
 * chunk loads now, not before. A missing or throwing vendor ends in 'failed', with one warning and
 * an 'error' event: the card then offers the chat link and the phone, and nothing is lost.
 */
export async function openVendorChat(vendor: VendorHooks, summary: Consented | null, win: Window): Promise<VendorState> {
  try {
    const openChat = await loadAdapter(vendor.provider);
    const { cut } = await openChat({ win: win as Window & Record<string, unknown>, summary, fields: vendor.fields, warn: vendor.warn });
    return cut ? 'cut' : 'opened';
  } catch (error) {
    const message = `the ${vendor.provider} chat could not open (${String(error)}); offering the chat link and the phone.`;
    vendor.warn(message);
    vendor.error(message);
    return 'failed';
  }
}
