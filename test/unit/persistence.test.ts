import fc from 'fast-check';
import { createActor } from 'xstate';
import { PERSISTENCE_VERSION, currentStep, helplineMachine, restoreConversation, saveConversation, type HelplineEvent } from '../../flows';
import { runs } from '../fixtures/property-runs';

const answer = (value: string | number): HelplineEvent => ({ type: 'ANSWER', value });

function walked(...events: HelplineEvent[]) {
  const actor = createActor(helplineMachine, { input: { locale: 'es' } }).start();
  for (const event of events) actor.send(event);
  return actor;
}

interface Line {
  by: 'bot' | 'user';
  key: string;
}
const isLine = (value: unknown): value is Line =>
  typeof value === 'object' && value !== null && ['bot', 'user'].includes((value as Line).by) && typeof (value as Line).key === 'string';

const transcript: Line[] = [
  { by: 'bot', key: 'welcome.greeting' },
  { by: 'user', key: 'opt.learn' },
];

/** A saved conversation halfway through the intake, as JSON we can tamper with. */
function savedMidIntake() {
  const actor = walked({ type: 'LEARN' }, answer('parent'), answer('no'), answer('L1'), answer('amplified'));
  return JSON.parse(saveConversation(actor.getPersistedSnapshot(), transcript)) as {
    version: string;
    snapshot: { value: unknown; status: string; context: Record<string, unknown> };
    transcript: unknown[];
  };
}

describe('saving and restoring a conversation', () => {
  it('restores the step, the answers, the language and the way back', () => {
    const actor = walked({ type: 'LEARN' }, answer('parent'), answer('no'), answer('L1'), answer('amplified'));
    const restored = restoreConversation(saveConversation(actor.getPersistedSnapshot(), transcript), isLine);
    expect(restored?.transcript).toEqual(transcript);
    const again = createActor(helplineMachine, { input: { locale: 'en' }, snapshot: restored!.snapshot as never }).start();
    expect(currentStep(again.getSnapshot()).id).toBe('intake.resection');
    expect(again.getSnapshot().context).toEqual(actor.getSnapshot().context);
    expect(again.getSnapshot().context.locale).toBe('es');
    again.send(answer('complete'));
    expect(currentStep(again.getSnapshot())).toMatchObject({ id: 'risk.low', risk: { rule: 'L2' } });
    again.send({ type: 'BACK' });
    again.send({ type: 'BACK' });
    expect(currentStep(again.getSnapshot()).id).toBe('intake.mycn');
    expect(again.getSnapshot().context.facts).toEqual({ inrgStage: 'L1' });
  });

  it('also takes the value already parsed by the store', () => {
    expect(restoreConversation(savedMidIntake(), isLine)).not.toBeNull();
  });

  it.each<[string, unknown]>([
    ['nothing stored', null],
    ['an empty string', ''],
    ['text that is not JSON', '{"version":'],
    ['a JSON number', '42'],
    ['a string far too long', `"${'x'.repeat(1_000_001)}"`],
  ])('starts fresh, without an error, from %s', (_, stored) => {
    expect(restoreConversation(stored)).toBeNull();
  });

  type Saved = ReturnType<typeof savedMidIntake>;
  it.each<[string, (saved: Saved) => void]>([
    ['another version', (s) => void (s.version = '0.old')],
    ['a step this release does not have', (s) => void (s.snapshot.value = { intake: 'weight' })],
    ['a router state, never a resting place', (s) => void (s.snapshot.value = { intake: 'route' })],
    ['a finished machine', (s) => void (s.snapshot.status = 'done')],
    ['an unknown language', (s) => void (s.snapshot.context.locale = 'fr')],
    ['a trail that is not a list', (s) => void (s.snapshot.context.trail = 'welcome')],
    ['a trail longer than the machine keeps', (s) => void (s.snapshot.context.trail = Array(101).fill((s.snapshot.context.trail as unknown[])[0]))],
    ['a trail step that does not exist', (s) => void ((s.snapshot.context.trail as { step: string }[])[0]!.step = 'nowhere')],
    ['a fact outside its domain', (s) => void (s.snapshot.context.facts = { inrgStage: 'L9' })],
    ['an age that is not a number', (s) => void (s.snapshot.context.facts = { ageMonths: '12' })],
    ['a field that is not a risk fact', (s) => void (s.snapshot.context.facts = { weight: 'heavy' })],
    ['a glossary word we do not have', (s) => void (s.snapshot.context.term = '__proto__')],
    ['a transcript entry of the wrong shape', (s) => void s.transcript.push({ by: 'bot', key: 7 })],
  ])('starts fresh from a save with %s', (_, tamper) => {
    const saved = savedMidIntake();
    expect(restoreConversation(saved, isLine)).not.toBeNull();
    tamper(saved);
    expect(restoreConversation(JSON.stringify(saved), isLine)).toBeNull();
  });

  it('recomputes the estimate from the facts instead of trusting the stored one', () => {
    const saved = savedMidIntake();
    saved.snapshot.context.result = { group: 'low', rule: 'L1', possibleGroups: ['low'] };
    const restored = restoreConversation(saved, isLine);
    expect(restored?.snapshot.context.result).toMatchObject({ group: 'undetermined', decidingFactors: ['resection'] });
  });

  it('names its version so that a save from another release is recognised', () => {
    expect(PERSISTENCE_VERSION).toMatch(/^\d+\.[0-9a-z]+$/);
    expect(JSON.parse(saveConversation({}, []))).toMatchObject({ version: PERSISTENCE_VERSION });
  });

  it('never throws on anything stored', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue(), fc.anything()), (stored) => {
        expect(restoreConversation(stored)).toBeNull();
        expect(restoreConversation(JSON.stringify({ version: PERSISTENCE_VERSION, snapshot: stored, transcript: [] }))).toBeNull();
      }),
      { numRuns: runs(2000) },
    );
  });
});
