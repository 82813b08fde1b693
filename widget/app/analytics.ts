import { stageOf, type Stage } from '../../flows/stage';
import type { WidgetEventType } from '../embed/host';

/**
 * Opt-in analytics (data-analytics="datalayer" | "plausible"; README, "Analytics"): a chunk of its
 * own, loaded only where a site asks for it. It sends a fixed allow-list of coarse events and
 * nothing else: the widget opened or closed, the stage of the conversation (flows/stage.ts) when
 * it changes, the hand-off channel a visitor chose (phone or chat), each with the language shown.
 * Never an answer, typed text, a risk group, a step id, an error message, or anything about the
 * emergency, urgent, crisis, fear or distress answers. Names follow GA4's rules for event and parameter
 * names (letters, digits, underscores, starting with a letter, at most 40 characters, none of
 * the reserved prefixes: https://support.google.com/analytics/answer/13316687).
 */
export const ANALYTICS_EVENTS = {
  open: 'helpline_open',
  close: 'helpline_close',
  stage: 'helpline_stage',
  handoff: 'helpline_handoff',
} as const;

type Params = { helpline_language: string; helpline_stage?: Stage; helpline_channel?: 'phone' | 'chat' };
export type AnalyticsSink = 'datalayer' | 'plausible';

interface AnalyticsWindow {
  dataLayer?: unknown[];
  plausible?: ((event: string, options?: { props: Record<string, string> }) => void) & { q?: unknown[] };
}

/** The language on show: en or es, nothing a page could have put there. */
const language = (value: string | null | undefined) => (value === 'es' ? 'es' : 'en');

export function analyticsTracker(sink: AnalyticsSink, win: Window, lang: () => string | null | undefined) {
  const w = win as unknown as AnalyticsWindow;
  let lastStage: Stage | undefined;
  /** The step on show is a safety answer: its call taps (the emergency card's helpline link) are not sent. */
  let atSafety = false;
  const send = (event: string, params: Params) => {
    try {
      if (sink === 'datalayer') {
        // Google Tag Manager reads the array whenever it arrives; a page without it gets one.
        if (!Array.isArray(w.dataLayer)) w.dataLayer = [];
        w.dataLayer.push({ event, ...params });
      } else {
        // Plausible's own queue, as its snippet defines it, when its script has not loaded yet.
        w.plausible ??= Object.assign((...args: unknown[]) => void (w.plausible!.q ??= []).push(args), { q: [] as unknown[] });
        const props = Object.fromEntries(Object.entries(params).map(([k, v]) => [k.replace(/^helpline_/, ''), String(v)]));
        w.plausible(event, { props });
      }
    } catch {
      // A page's broken dataLayer or plausible must not stop the widget.
    }
  };
  return (type: WidgetEventType, detail: unknown) => {
    const helpline_language = language(lang());
    if (type === 'open' || type === 'close') send(ANALYTICS_EVENTS[type], { helpline_language });
    else if (type === 'step') {
      const state = (detail as { state?: unknown } | undefined)?.state;
      const stage = typeof state === 'string' ? stageOf(state) : undefined;
      atSafety = stage === undefined;
      if (stage && stage !== lastStage) send(ANALYTICS_EVENTS.stage, { helpline_stage: stage, helpline_language });
      // A safety step leaves the stage as it was: the next step in that stage is not sent again.
      if (stage) lastStage = stage;
    } else if (type === 'handoff') {
      const channel = (detail as { channel?: unknown } | undefined)?.channel;
      if (!atSafety && (channel === 'phone' || channel === 'chat')) send(ANALYTICS_EVENTS.handoff, { helpline_channel: channel, helpline_language });
    }
  };
}
