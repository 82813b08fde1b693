import type { AnyStateNode } from 'xstate';
import { helplineMachine } from '../../flows/machine';
import type { StepMeta } from '../../flows/step';

/**
 * The conversation as a graph, read from the machine itself (flows/machine.ts): every step (a
 * state with meta), the content keys it says, and where each of its events leads. Transient
 * "route" states (`always` transitions, e.g. intake.route picking the next question) are followed
 * to every step they can lead to, so an edge goes from a step to each step a visitor can land on.
 * Transitions on the machine's root (Back, Start over, talk to a person, emergency, topics typed
 * from anywhere) are listed once as `everywhere`, not drawn from every step.
 * Read by the conversation map (widget/toolkit/map-svg.ts, docs/conversation-map.svg) and the content
 * review page (widget/toolkit/review/review-page.ts).
 */
export interface MapStep {
  /** The id currentStep reports: the state's path, e.g. `treatment.high.overview`. */
  id: string;
  kind: string;
  /** items.* keys said on entering, in order (`glossary.{term}`: a glossary definition). */
  say: readonly string[];
  /** items.* key said for "What does this mean?" without leaving the step. */
  explain?: string;
  /** ui.* keys of the options' labels. */
  labels: readonly string[];
}

export interface MapEdge {
  from: string;
  to: string;
  event: string;
}

export interface ConversationMap {
  steps: MapStep[];
  edges: MapEdge[];
  /** Transitions that work from every step: event type to the steps they lead to. */
  everywhere: MapEdge[];
}

const ROOT = 'helpline';
const EVERYWHERE_ONLY = new Set(['HANDOFF', 'EMERGENCY', 'RESTART']);

const idOf = (node: AnyStateNode) => node.path.join('.');
/** A step's own meta-less children: a topic family's menu is the family's step (flows/machine.ts, topicFamily). */
const ownStates = (node: AnyStateNode) => Object.values(node.states).filter((child) => (child as AnyStateNode).meta === undefined) as AnyStateNode[];
/** A state with meta that shows itself: a leaf, or a compound whose meta-less child is where it starts (flows/step.ts, currentStep). */
const isStep = (node: AnyStateNode) => node.meta !== undefined && (Object.keys(node.states).length === 0 || ownStates(node).length > 0);

function allNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap((child) => allNodes(child as AnyStateNode))];
}

/** The steps a target resolves to: a step, the initial child of a compound state, a route's targets. */
function landings(node: AnyStateNode, seen = new Set<AnyStateNode>()): AnyStateNode[] {
  if (seen.has(node)) return [];
  seen.add(node);
  if (isStep(node)) return [node];
  if (node.always?.length) return node.always.flatMap((t) => (t.target ?? []).flatMap((n) => landings(n as AnyStateNode, seen)));
  const initial = node.initial?.target ?? [];
  return initial.flatMap((n) => landings(n as AnyStateNode, seen));
}

function edgesOf(node: AnyStateNode, from: string): MapEdge[] {
  const out: MapEdge[] = [];
  for (const [event, defs] of node.transitions) {
    // BACK returns to the step before (any step): drawn as the legend's "Back", not as edges.
    if (event === 'BACK') continue;
    for (const def of defs) {
      for (const target of def.target ?? []) {
        for (const step of landings(target as AnyStateNode)) {
          const to = idOf(step);
          if (!out.some((e) => e.to === to && e.event === event)) out.push({ from, to, event });
        }
      }
    }
  }
  return out;
}

export function conversationMap(machine = helplineMachine): ConversationMap {
  const nodes = allNodes(machine.root as AnyStateNode);
  const steps = nodes.filter(isStep).map((node): MapStep => {
    const meta = node.meta as StepMeta;
    return {
      id: idOf(node),
      kind: meta.kind ?? 'info',
      say: meta.say,
      ...(meta.explain ? { explain: meta.explain } : {}),
      labels: (meta.options ?? []).map((o) => o.label),
    };
  });
  const edges: MapEdge[] = [];
  // A step's own transitions and those of the compound states around it (e.g. the high-risk phases).
  for (const node of nodes.filter(isStep)) {
    const from = idOf(node);
    const around: AnyStateNode[] = [...ownStates(node)];
    for (let n: AnyStateNode | undefined = node; n?.parent; n = n.parent as AnyStateNode | undefined) around.push(n);
    for (const n of around) {
      for (const edge of edgesOf(n, from)) if (!edges.some((e) => e.from === from && e.to === edge.to && e.event === edge.event)) edges.push(edge);
    }
  }
  const everywhere = edgesOf(machine.root as AnyStateNode, ROOT);
  // An option whose event the machine's root handles (the welcome's "Learn about treatment", a
  // treatment's "Questions to ask") leads from that step too, unless the step handles it itself.
  // Talk to a person, emergency and start over are offered everywhere: drawn once, as `everywhere`.
  for (const node of nodes.filter(isStep)) {
    const from = idOf(node);
    const handled = (event: string) => {
      if (ownStates(node).some((n) => n.transitions.has(event))) return true;
      for (let n: AnyStateNode | undefined = node; n?.parent; n = n.parent as AnyStateNode | undefined) if (n.transitions.has(event)) return true;
      return false;
    };
    for (const option of (node.meta as StepMeta).options ?? []) {
      const event = option.event.type;
      if (EVERYWHERE_ONLY.has(event) || handled(event)) continue;
      for (const edge of everywhere.filter((e) => e.event === event)) {
        if (!edges.some((e) => e.from === from && e.to === edge.to && e.event === event)) edges.push({ ...edge, from });
      }
    }
  }
  return { steps, edges, everywhere };
}

/** Item keys a step says; `glossary.{term}` stands for every glossary definition the content has. */
export function saidKeys(step: MapStep, itemKeys: readonly string[]): string[] {
  const keys = [...step.say, ...(step.explain ? [step.explain] : [])];
  return keys.flatMap((key) => (key.includes('{term}') ? itemKeys.filter((k) => k.startsWith(key.replace('{term}', ''))) : [key]));
}

/** For each content key (items and ui labels), the steps that say or offer it. */
export function whereSaid(map: ConversationMap, itemKeys: readonly string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const add = (key: string, id: string) => {
    const list = found.get(key) ?? [];
    if (!list.includes(id)) list.push(id);
    found.set(key, list);
  };
  for (const step of map.steps) {
    for (const key of saidKeys(step, itemKeys)) add(key, step.id);
    for (const label of step.labels) add(label, step.id);
  }
  return found;
}
