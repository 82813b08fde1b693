import type { Host, WidgetEventType } from '../embed/host';
import type { AnalyticsSink, analyticsTracker } from './analytics';

type LoadTracker = () => Promise<{ analyticsTracker: typeof analyticsTracker }>;

/**
 * data-analytics: the tracker's chunk loads only where a site asks for it (widget/app/analytics.ts);
 * events meanwhile wait for it. The language is the one the panel or call guide shows when the
 * event happens: an event that waited for the file keeps that language, even if the visitor has
 * switched before the file arrived.
 */
export function queuedAnalytics(
  host: Pick<Host, 'root' | 'warn'>,
  sink: AnalyticsSink | 'none' = 'none',
  load: LoadTracker = () => import('./analytics'),
) {
  if (sink === 'none') return () => {};
  let asked: string | null | undefined;
  const shown = () => asked ?? host.root.querySelector('.panel, .staff')?.getAttribute('lang');
  const waiting: [WidgetEventType, unknown, string | null | undefined][] = [];
  let track = (type: WidgetEventType, detail: unknown): void => void waiting.push([type, detail, shown()]);
  load().then(
    ({ analyticsTracker }) => {
      const tracker = analyticsTracker(sink, window, shown);
      for (const [type, detail, lang] of waiting.splice(0)) {
        asked = lang;
        tracker(type, detail);
      }
      asked = undefined;
      track = tracker;
    },
    () => host.warn('data-analytics: its file did not load; no events are sent.'),
  );
  return (type: WidgetEventType, detail: unknown) => track(type, detail);
}
