import type { WidgetEvents, WidgetEventType } from './host';

type Handler = (detail: never) => void;

/**
 * One emitter feeds both ways sites listen: `HelplineWidget.on(type, handler)` and
 * `helpline:<type>` CustomEvents on the element. A throwing site handler must not break the
 * widget or the other handlers, so each runs in its own try.
 */
export function createEmitter(element: HTMLElement, warn: (message: string) => void) {
  const handlers = new Map<string, Set<Handler>>();
  return {
    on<T extends WidgetEventType>(type: T, handler: (detail: WidgetEvents[T]) => void): () => void {
      if (typeof handler !== 'function') {
        warn(`on("${String(type)}") needs a function; ignoring it.`);
        return () => {};
      }
      let set = handlers.get(type);
      if (!set) handlers.set(type, (set = new Set()));
      set.add(handler as Handler);
      return () => void set.delete(handler as Handler);
    },
    emit<T extends WidgetEventType>(type: T, detail: WidgetEvents[T]): void {
      for (const handler of handlers.get(type) ?? []) {
        try {
          (handler as (d: WidgetEvents[T]) => void)(detail);
        } catch (error) {
          warn(`a "${type}" event handler threw: ${String(error)}`);
        }
      }
      element.dispatchEvent(new CustomEvent(`helpline:${type}`, { detail, bubbles: true, composed: true }));
    },
    clear(): void {
      handlers.clear();
    },
  };
}
