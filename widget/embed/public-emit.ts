import { stageOf } from '../../flows/stage';
import type { Host, WidgetEvents, WidgetEventType } from './host';

/**
 * What the page hears of the conversation (README, "Events"): the `step` event carries the stage
 * of the conversation (flows/stage.ts) unless the site asked for the exact step with
 * data-events="detailed"; the safety steps (emergency, urgent, crisis, fear, distress) report no stage, so
 * by default they send no `step` event (the `emergency` event stays what it was). Every event
 * also reaches `track` (the opt-in analytics, widget/app/analytics.ts), which keeps only its own
 * allow-list.
 */
export function publicEmit(emit: Host['emit'], detailed: boolean, track: (type: WidgetEventType, detail: unknown) => void): Host['emit'] {
  return <T extends WidgetEventType>(type: T, detail: WidgetEvents[T]) => {
    track(type, detail);
    if (type !== 'step') return emit(type, detail);
    const { state } = detail as WidgetEvents['step'];
    const stage = stageOf(state);
    if (detailed) return emit('step', stage ? { state, stage } : { state });
    return stage ? emit('step', { state: stage, stage }) : true;
  };
}
