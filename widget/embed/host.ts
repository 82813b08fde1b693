import type { HandoffDetail } from '../handoff/shared';
import type { Stage } from '../../flows/stage';
import type { LauncherConfig, LocaleSetting, WidgetConfig } from './config';

/**
 * Events of the embedding contract (docs/product.md, "Events"). They carry no personal data, except
 * the summary a visitor chose to share at the hand-off, and only then.
 */
export interface WidgetEvents {
  ready: { version: string };
  open: Record<string, never>;
  close: Record<string, never>;
  /** The stage (flows/stage.ts) in both fields, or with data-events="detailed" the exact step in `state`. */
  step: { state: string; stage?: Stage };
  handoff: HandoffDetail;
  emergency: Record<string, never>;
  error: { code: string; message: string };
}
export type WidgetEventType = keyof WidgetEvents;

/** What the loader hands the lazily loaded app: the shadow root it owns and the ways back out. */
export interface Host {
  element: HTMLElement;
  root: ShadowRoot;
  launcher: HTMLButtonElement;
  config: WidgetConfig;
  /** Returns false when a page listener called preventDefault() on the helpline:<type> event. */
  emit<T extends WidgetEventType>(type: T, detail: WidgetEvents[T]): boolean;
  warn(message: string): void;
  /**
   * Opens the loader's own panel (phone, emergency, 988, "Try again") when the visitor asked for
   * the conversation and it cannot draw: its content or staff files failed or never answered.
   * Optional: an app mounted without the loader (component tests) has none.
   */
  fallback?(): void;
}

/** What the app gives back to the loader, which forwards the public API to it. */
export interface AppHandle {
  open(): void;
  close(): void;
  toggle(): void;
  reset(): void;
  setLocale(locale: LocaleSetting): void;
  destroy(): void;
}

/**
 * What the loader hands the app's entry (widget/embed/start-app.ts): its own part of the settings and
 * the script's data-* values, from which the app reads the rest (config.ts, readAppConfig).
 */
export interface LoaderHost extends Omit<Host, 'config'> {
  config: LauncherConfig;
  data: DOMStringMap;
  base: string;
}

/**
 * The app's entry: mounts the view and hands its handle to `ready`, at once or, in staff mode,
 * once the staff guide's file has come (the promise then settles, rejected if it did not).
 */
export type StartApp = (host: LoaderHost, ready: (app: AppHandle) => void) => void | Promise<void>;
