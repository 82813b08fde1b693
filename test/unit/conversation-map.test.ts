import { readFileSync } from 'node:fs';
import { WHOLE } from '../../content';
import { STEP_IDS } from '../../flows/machine';
import { stepRoutes, TYPED_ROUTES } from '../fixtures/step-routes';
import { conversationMap, whereSaid } from '../../widget/toolkit/conversation-map';
import { conversationMapFile } from '../../widget/toolkit/conversation-map-file';

/**
 * The conversation map (docs/conversation-map.svg) is generated from the machine by `npm run map`
 * (widget/toolkit/write-conversation-map.mjs): it fails here when the machine changed and the file was not
 * written again, or when a step a visitor can reach is not on it.
 */
const file = readFileSync(new URL('../../docs/conversation-map.svg', import.meta.url), 'utf8');
const drawn = new Set([...file.matchAll(/data-step="([^"]*)"/g)].flatMap(([, ids]) => ids!.split(' ')));

describe('the conversation map', () => {
  it('is what `npm run map` writes from the machine today', () => {
    expect(file === conversationMapFile(), 'docs/conversation-map.svg is stale: run `npm run map`').toBe(true);
  });

  it('draws every step of the machine', () => {
    expect(
      conversationMap()
        .steps.map((s) => s.id)
        .sort(),
    ).toEqual([...STEP_IDS].sort());
    expect(STEP_IDS.filter((id) => !drawn.has(id))).toEqual([]);
  });

  it('draws every step a visitor reaches, by buttons or by typing', () => {
    const reached = [...stepRoutes().keys(), ...Object.keys(TYPED_ROUTES)];
    expect(reached.length).toBeGreaterThan(30);
    expect(reached.filter((id) => !drawn.has(id))).toEqual([]);
  }, 60_000);

  it('follows the machine’s transitions, through its route states', () => {
    const { edges, everywhere } = conversationMap();
    const has = (from: string, to: string) => edges.some((e) => e.from === from && e.to === to);
    expect(has('audience', 'knowsGroup')).toBe(true);
    expect(has('welcome', 'audience')).toBe(true);
    expect(has('knowsGroup', 'intake.stage')).toBe(true);
    expect(has('treatment.high.overview', 'treatment.high.induction')).toBe(true);
    expect(has('recurrence.where', 'recurrence.cns')).toBe(true);
    expect(has('treatment.low', 'trials')).toBe(true);
    expect(has('welcome', 'treatment.low')).toBe(false);
    expect(everywhere.map((e) => e.event)).toEqual(expect.arrayContaining(['HANDOFF', 'EMERGENCY', 'CRISIS', 'URGENT']));
  });

  it('knows which steps say each content key, including every glossary definition', () => {
    const where = whereSaid(conversationMap(), Object.keys(WHOLE.en.items));
    expect(where.get('treatment.low')).toEqual(['treatment.low']);
    expect(where.get('risk.notDiagnosis')).toEqual(['risk.low', 'risk.intermediate', 'risk.high', 'risk.undetermined']);
    expect(where.get('glossary.mycn')).toEqual(['glossary']);
    expect(where.get('opt.dontKnow')).toContain('intake.stage');
    // Every key a step says is content the widget has.
    // Every key a step says is content the widget has (the topic families' words included).
    expect([...where.keys()].filter((key) => !(key in WHOLE.en.items) && !(key in WHOLE.en.ui))).toEqual([]);
  });
});
