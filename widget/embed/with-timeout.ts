/**
 * How long a file of the widget may take before it counts as failed: a server that never answers
 * would otherwise leave the visitor with a button that does nothing. The next click tries again.
 */
export const LOAD_TIMEOUT_MS = 8000;

export function withTimeout<T>(loading: Promise<T>, ms = LOAD_TIMEOUT_MS): Promise<T> {
  return Promise.race([loading, new Promise<never>((_, reject) => setTimeout(reject, ms, new Error(`no answer in ${ms / 1000} s`)))]);
}
