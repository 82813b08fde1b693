import type { ChatFields } from '../chat-settings';
import { fitLines } from '../fit';
import type { SharedSummary } from '../shared';

/** The page's window, where a vendor's script puts its global. */
export type VendorWindow = Window & Record<string, unknown>;

/** The summary the visitor chose to share, with its lines in runs for fields with a limit (shared.ts, summaryUnits). */
export interface Consented {
  shared: SharedSummary;
  units: string[][];
}

export interface OpenRequest {
  win: VendorWindow;
  /** Null when the visitor chose not to share: the chat opens with nothing from the widget. */
  summary: Consented | null;
  /** data-chat-fields: the site's names for our fields, over the vendor's defaults. */
  fields: ChatFields;
  warn(message: string): void;
  /** How long a vendor script that has not arrived yet is waited for, in ms. */
  wait?: number;
}

export interface Opened {
  /** A field value was cut to the vendor's limit (it ends with an ellipsis). */
  cut: boolean;
}

/** Each adapter (one chunk each, loaded only where data-chat-provider names it): opens the site's own chat. */
export type OpenChat = (request: OpenRequest) => Promise<Opened>;

/** How long a vendor script still loading is waited for: long enough for a slow network, short for a visitor. */
export const WAIT_MS = 3000;

/**
 * The vendor's API once its script is there: at once, or after a brief wait (checked every 100 ms
 * and on the vendor's own ready event), with one warning that the call is waiting. Rejects when
 * the script never arrives, and the hand-off shows the chat link and the phone instead.
 */
export function whenPresent<T>(request: OpenRequest, vendor: string, find: () => T | undefined, readyEvent?: string): Promise<T> {
  const found = find();
  if (found) return Promise.resolve(found);
  const { win, wait = WAIT_MS } = request;
  request.warn(`${vendor} is not ready yet; the chat waits up to ${wait / 1000} s for it.`);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const check = () => {
      const api = find();
      if (api) {
        if (readyEvent) win.removeEventListener(readyEvent, check);
        return resolve(api);
      }
      if (Date.now() - started >= wait) {
        if (readyEvent) win.removeEventListener(readyEvent, check);
        return reject(new Error(`${vendor} is not on this page (its script did not load in ${wait / 1000} s)`));
      }
      win.setTimeout(check, 100);
    };
    if (readyEvent) win.addEventListener(readyEvent, check);
    win.setTimeout(check, 100);
  });
}

/** A function the vendor's global has at `path` ("prechatAPI.setHiddenPrechatFields"), or undefined. */
export function method(owner: unknown, path: string): ((...args: unknown[]) => unknown) | undefined {
  let at: unknown = owner;
  let parent: unknown;
  for (const key of path.split('.')) {
    parent = at;
    at = (at && typeof at === 'object') || typeof at === 'function' ? (at as Record<string, unknown>)[key] : undefined;
  }
  return typeof at === 'function' ? (at as (...args: unknown[]) => unknown).bind(parent) : undefined;
}

/**
 * The values for the site's fields: the summary fitted to `limit` characters (whole lines, an
 * ellipsis when cut, with one warning saying so) and the language. Our field names map to the
 * site's through data-chat-fields, over the vendor's defaults.
 */
export function fieldValues(
  request: OpenRequest,
  vendor: string,
  defaults: ChatFields,
  limit: number,
): { values: Record<string, string>; cut: boolean } {
  const names = { ...defaults, ...request.fields };
  const values: Record<string, string> = {};
  let cut = false;
  if (!request.summary) return { values, cut };
  if (names.summary) {
    const fitted = fitLines(request.summary.units, limit);
    values[names.summary] = fitted.text;
    if (fitted.cut) {
      cut = true;
      request.warn(
        `the summary is longer than ${vendor}'s ${limit} characters for "${names.summary}": it was cut after a whole line and ends with "…".`,
      );
    }
  }
  if (names.language) values[names.language] = request.summary.shared.lang;
  if (Object.keys(values).length === 0) request.warn(`data-chat-fields names no ${vendor} field for the summary; the chat opens without it.`);
  return { values, cut };
}
