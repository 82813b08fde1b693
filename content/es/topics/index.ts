import type { TopicContent } from '../../types';
import { everyday } from './everyday';
import { lateEffects } from './late-effects';
import { notWorking } from './not-working';
import { outlook } from './outlook';
import { sideEffects } from './side-effects';

/**
 * Every topic family of this language, for tests and tools (content/README.md). The widget never
 * imports this file: it loads one family at a time (widget/app/load-topics.ts).
 */
export const topics: Record<string, TopicContent> = { sideEffects, lateEffects, notWorking, everyday, outlook };
