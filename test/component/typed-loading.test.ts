import { NOT_UNDERSTOOD } from '../../widget/app/conversation';

/**
 * The widget's conversation from modules of its own, so no matcher an earlier test loaded is
 * there yet (a worker's test files share their modules: vite.config.ts). With `waits`, a message
 * typed before the matcher arrives waits for it, as in the widget.
 */
async function freshConversation(locale: 'en' | 'es', waits = true) {
  vi.resetModules();
  const { askWhenMatcherLoads, matchFreeText } = await import('../../widget/app/free-text');
  const { createConversation } = await import('../../widget/app/conversation');
  const conversation = createConversation({ locale, matchText: matchFreeText });
  return waits ? askWhenMatcherLoads(conversation) : conversation;
}

describe('a message typed before the matcher has loaded', () => {
  it('is read once the matcher is there, never answered "not understood" for the wait', async () => {
    const conversation = await freshConversation('es');
    conversation.ask('quiero hablar con alguien');
    expect(conversation.getState().transcript.some((entry) => entry.by === 'bot' && entry.key === NOT_UNDERSTOOD)).toBe(false);
    await vi.waitFor(() => expect(conversation.getState().step.id).toBe('handoff'));
    expect(conversation.getState().transcript.some((entry) => entry.by === 'bot' && entry.key === NOT_UNDERSTOOD)).toBe(false);
  });

  it('is on screen at once, and gets one reply below it once the matcher is there', async () => {
    const conversation = await freshConversation('en');
    conversation.ask('  what is MYCN ');
    const users = () => conversation.getState().transcript.filter((entry) => entry.by === 'user');
    expect(users()).toEqual([expect.objectContaining({ text: 'what is MYCN' })]);
    expect(conversation.getState().transcript.at(-1)).toMatchObject({ by: 'user' });
    await vi.waitFor(() => expect(conversation.getState().transcript.at(-1)).toMatchObject({ by: 'bot', key: 'glossary.mycn' }));
    expect(users()).toHaveLength(1);
    const ids = conversation.getState().transcript.map((entry) => entry.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('keeps what the visitor types next while the first message waits for its answer', async () => {
    const conversation = await freshConversation('en');
    conversation.ask('what is MYCN');
    conversation.setDraft('and what about surgery');
    await vi.waitFor(() => expect(conversation.getState().transcript.at(-1)).toMatchObject({ by: 'bot', key: 'glossary.mycn' }));
    expect(conversation.getState().draft).toBe('and what about surgery');
  });

  it('would be answered "not understood" without the wait', async () => {
    const conversation = await freshConversation('en', false);
    conversation.ask('I want to talk to someone');
    expect(conversation.getState().step.id).toBe('welcome');
    expect(conversation.getState().transcript.at(-1)).toMatchObject({ by: 'bot', key: NOT_UNDERSTOOD });
  });
});
