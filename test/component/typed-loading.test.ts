import { createConversation, NOT_UNDERSTOOD } from '../../widget/app/conversation';
import { askWhenMatcherLoads, matchFreeText } from '../../widget/app/free-text';

describe('a message typed before the matcher has loaded', () => {
  it('is read once the matcher is there, never answered "not understood" for the wait', async () => {
    const conversation = askWhenMatcherLoads(createConversation({ locale: 'es', matchText: matchFreeText }));
    conversation.ask('quiero hablar con alguien');
    expect(conversation.getState().transcript.some((entry) => entry.by === 'bot' && entry.key === NOT_UNDERSTOOD)).toBe(false);
    await vi.waitFor(() => expect(conversation.getState().step.id).toBe('handoff'));
    expect(conversation.getState().transcript.some((entry) => entry.by === 'bot' && entry.key === NOT_UNDERSTOOD)).toBe(false);
  });

  it('would be answered "not understood" without the wait', () => {
    const conversation = createConversation({ locale: 'en', matchText: matchFreeText });
    conversation.ask('I want to talk to someone');
    expect(conversation.getState().step.id).toBe('welcome');
    expect(conversation.getState().transcript.at(-1)).toMatchObject({ by: 'bot', key: NOT_UNDERSTOOD });
  });
});
