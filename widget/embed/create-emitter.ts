import type { WidgetEvents, WidgetEventType } from './host';

/**
 * The element is the one event bus: `emit` dispatches `helpline:<type>` CustomEvents on it, and
 * `HelplineWidget.on(type, handler)` listens there too, so both ways sites listen see the same
 * events in the order they subscribed. A throwing site handler must not break the widget or the
 * other handlers: each runs in its own try and the error becomes a warning (that is also what
 * a site sees when it passes something that is not a function).
 */
export function createEmitter(element: HTMLElement, warn: (message: string) => void) {
  return {
    on<T extends WidgetEventType>(type: T, handler: (detail: WidgetEvents[T]) => void): () => void {
      const listener = (event: Event) => {
        try {
          handler((event as CustomEvent<WidgetEvents[T]>).detail);
        } catch (error) {
          warn(`a "${type}" event handler threw: ${String(error)}`);
        }
      };
      element.addEventListener(`helpline:${type}`, listener);
      return () => element.removeEventListener(`helpline:${type}`, listener);
    },
    /** False when a page listener called preventDefault(): the site handles it (e.g. its own chat). */
    emit<T extends WidgetEventType>(type: T, detail: WidgetEvents[T]): boolean {
      return element.dispatchEvent(new CustomEvent(`helpline:${type}`, { detail, bubbles: true, composed: true, cancelable: true }));
    },
  };
}
