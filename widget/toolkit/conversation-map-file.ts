import { conversationMap } from './conversation-map';
import { mapSvg } from './map-svg';

/** docs/conversation-map.svg's text: written by `npm run map`, compared by test/unit/conversation-map.test.ts. */
export function conversationMapFile(): string {
  return mapSvg(conversationMap());
}
