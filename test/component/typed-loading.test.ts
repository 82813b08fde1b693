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

  it('is on screen at once, and gets one reply below it once the matcher is there', async () => {
    // Fresh modules: the matcher of an earlier test is not loaded here.
    vi.resetModules();
    const fresh = await import('../../widget/app/free-text');
    const { createConversation: create } = await import('../../widget/app/conversation');
    const conversation = fresh.askWhenMatcherLoads(create({ locale: 'en', matchText: fresh.matchFreeText }));
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
    vi.resetModules();
    const fresh = await import('../../widget/app/free-text');
    const { createConversation: create } = await import('../../widget/app/conversation');
    const conversation = fresh.askWhenMatcherLoads(create({ locale: 'en', matchText: fresh.matchFreeText }));
    conversation.ask('what is MYCN');
    conversation.setDraft('and what about surgery');
    await vi.waitFor(() => expect(conversation.getState().transcript.at(-1)).toMatchObject({ by: 'bot', key: 'glossary.mycn' }));
    expect(conversation.getState().draft).toBe('and what about surgery');
  });

  it('would be answered "not understood" without the wait', async () => {
    vi.resetModules();
    const fresh = await import('../../widget/app/free-text');
    const { createConversation: create, NOT_UNDERSTOOD: notUnderstood } = await import('../../widget/app/conversation');
    const conversation = create({ locale: 'en', matchText: fresh.matchFreeText });
    conversation.ask('I want to talk to someone');
    expect(conversation.getState().step.id).toBe('welcome');
    expect(conversation.getState().transcript.at(-1)).toMatchObject({ by: 'bot', key: notUnderstood });
  });
});
