import type { LocaleContent } from '../../content/types';
import type { ConversationState } from './conversation';

/** Every content key the conversation on screen shows: lines said, labels chosen, buttons offered. */
export function shownKeys(state: ConversationState): string[] {
  const keys = [...state.step.say, ...state.options.map((option) => option.label)];
  for (const entry of state.transcript) {
    if (entry.by === 'bot') keys.push(entry.key);
    else if (entry.by === 'user' && entry.label) keys.push(entry.label);
  }
  return keys;
}

/** Whether the content has the words of every key in `keys`, as an item or a label. */
export const hasWords = (content: LocaleContent, keys: readonly string[]): boolean => keys.every((key) => key in content.items || key in content.ui);
