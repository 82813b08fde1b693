import type { ConversationMap, MapEdge, MapStep } from './conversation-map';

/**
 * The conversation map as an SVG (docs/conversation-map.svg, the review page), drawn from
 * conversationMap() with a simple layered layout: rows by the fewest steps from the welcome, each
 * row ordered by where its steps come from, the intake questions as one box (they are asked in
 * the order that can still change the group, flows/intake.ts), and the steps reached from any
 * step (talk to a person, emergency, typed topics) in a row of their own. No layout library: the
 * graph is small and a plain layout keeps the file stable between runs (the staleness test).
 */

const BOX_W = 250;
const GAP_X = 20;
const GAP_Y = 56;
const LINE = 14;
const PAD = 8;
const MARGIN = 24;
const PER_ROW = 6;

/** Steps whose ids start with a prefix drawn as one box. */
const GROUPS = [{ prefix: 'intake.', title: 'intake questions' }];

interface Box {
  id: string;
  title: string;
  kind: string;
  lines: string[];
  steps: string[];
  x: number;
  y: number;
  h: number;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function boxOf(steps: MapStep[], group?: { prefix: string; title: string }): Omit<Box, 'x' | 'y' | 'h'> {
  if (!group) {
    const s = steps[0]!;
    return { id: s.id, title: s.id, kind: s.kind, lines: [...s.say, ...(s.explain ? [s.explain] : [])], steps: [s.id] };
  }
  return {
    id: group.prefix.slice(0, -1),
    title: group.title,
    kind: 'question',
    lines: steps.map((s) => `${s.id}: ${s.say.join(', ')}`.replace(`${s.id}: ${s.id}.`, `${s.id}: …`)),
    steps: steps.map((s) => s.id),
  };
}

export function mapSvg(map: ConversationMap, title = 'The helpline conversation'): string {
  const groupOf = (id: string) => GROUPS.find((g) => id.startsWith(g.prefix));
  const boxIdOf = (id: string) => groupOf(id)?.prefix.slice(0, -1) ?? id;
  const boxes = new Map<string, Omit<Box, 'x' | 'y' | 'h'>>();
  for (const step of map.steps) {
    const group = groupOf(step.id);
    if (group)
      boxes.set(
        boxIdOf(step.id),
        boxOf(
          map.steps.filter((s) => s.id.startsWith(group.prefix)),
          group,
        ),
      );
    else boxes.set(step.id, boxOf([step]));
  }
  const reached = new Set(map.edges.filter((e) => e.from !== e.to).map((e) => boxIdOf(e.to)));
  const anywhere = new Set(map.everywhere.map((e) => boxIdOf(e.to)).filter((id) => !reached.has(id)));
  anywhere.delete('welcome');
  const edges: MapEdge[] = [];
  for (const e of map.edges) {
    const from = boxIdOf(e.from);
    const to = boxIdOf(e.to);
    if (from === to || anywhere.has(to)) continue;
    if (!edges.some((x) => x.from === from && x.to === to)) edges.push({ from, to, event: e.event });
  }

  // Rows: breadth first from the welcome. Lanes: the welcome's choices (learn, it came back), each
  // with the steps first reached through it, side by side. The steps reached from anywhere form
  // the last row, in a lane of their own.
  const depth = new Map<string, number>([['welcome', 0]]);
  const lane = new Map<string, string>([['welcome', 'welcome']]);
  const queue = ['welcome'];
  while (queue.length) {
    const id = queue.shift()!;
    for (const e of edges.filter((x) => x.from === id)) {
      if (!depth.has(e.to)) {
        depth.set(e.to, depth.get(id)! + 1);
        lane.set(e.to, id === 'welcome' ? e.to : lane.get(id)!);
        queue.push(e.to);
      }
    }
  }
  const lastMain = Math.max(...depth.values());
  for (const id of boxes.keys()) {
    if (depth.has(id)) continue;
    depth.set(id, anywhere.has(id) ? lastMain + 1 : lastMain + 2);
    lane.set(id, 'anywhere');
  }
  const lanes = [...new Set([...boxes.keys()].map((id) => lane.get(id)!))];
  const cell = (d: number, l: string) => [...boxes.keys()].filter((id) => depth.get(id) === d && lane.get(id) === l);
  const perRow = (l: string) => (l === 'welcome' ? 1 : l === 'anywhere' ? PER_ROW : Math.max(2, Math.round(PER_ROW / 2)));
  const laneWidth = new Map(
    lanes.map((l) => {
      let most = 0;
      for (let d = 0; d <= lastMain + 2; d++) most = Math.max(most, Math.min(cell(d, l).length, perRow(l)));
      return [l, most * (BOX_W + GAP_X) - GAP_X];
    }),
  );
  const main = lanes.filter((l) => l !== 'welcome' && l !== 'anywhere');
  const mainWidth = main.reduce((sum, l) => sum + laneWidth.get(l)! + 2 * GAP_X, -2 * GAP_X);
  const width = Math.max(mainWidth, laneWidth.get('anywhere') ?? 0, BOX_W) + 2 * MARGIN;
  const laneX = new Map<string, number>([
    ['welcome', (width - BOX_W) / 2],
    ['anywhere', (width - (laneWidth.get('anywhere') ?? 0)) / 2],
  ]);
  let x = (width - mainWidth) / 2;
  for (const l of main) {
    laneX.set(l, x);
    x += laneWidth.get(l)! + 2 * GAP_X;
  }
  const height0 = (id: string) => 2 * PAD + LINE * (1.4 + boxes.get(id)!.lines.length);
  const placed = new Map<string, Box>();
  let y = MARGIN + 40;
  let anyTop: number | undefined;
  for (let d = 0; d <= lastMain + 2; d++) {
    if (d === lastMain + 1) {
      y += 40;
      anyTop = y;
    }
    let bottom = y;
    for (const l of lanes) {
      const ids = cell(d, l);
      let rowTop = y;
      for (let first = 0; first < ids.length; first += perRow(l)) {
        const row = ids.slice(first, first + perRow(l));
        const rowW = row.length * (BOX_W + GAP_X) - GAP_X;
        const left = laneX.get(l)! + (laneWidth.get(l)! - rowW) / 2;
        row.forEach((id, i) => placed.set(id, { ...boxes.get(id)!, x: left + i * (BOX_W + GAP_X), y: rowTop, h: height0(id) }));
        rowTop += Math.max(...row.map(height0)) + GAP_Y / 2;
      }
      bottom = Math.max(bottom, rowTop - GAP_Y / 2);
    }
    if (bottom > y) y = bottom + GAP_Y;
  }
  const height = y - GAP_Y + MARGIN;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="map-title map-desc" font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif">`,
    `<title id="map-title">${esc(title)}</title>`,
    `<desc id="map-desc">Every step of the conversation (flows/machine.ts) with the content keys it says, and where each choice leads. Generated by npm run map; do not edit.</desc>`,
    `<defs><marker id="arrow" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L8,4 L0,8 z" fill="#555"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${MARGIN}" y="${MARGIN + 12}" font-size="18" font-weight="700" fill="#111">${esc(title)}</text>`,
    `<text x="${MARGIN}" y="${MARGIN + 30}" font-size="12" fill="#333">From every step: Back, Start over, talk to a person (handoff), emergency, English / Español, and the text box. Dashed: back to an earlier row.</text>`,
  );
  if (anyTop !== undefined) {
    out.push(
      `<text x="${MARGIN}" y="${anyTop - 12}" font-size="13" font-weight="700" fill="#111">Reached from any step (a button or typed words): ${esc(
        map.everywhere
          .map((e) => e.event)
          .filter((v, i, a) => a.indexOf(v) === i)
          .join(', '),
      )}</text>`,
    );
  }
  for (const e of edges) {
    const a = placed.get(e.from);
    const b = placed.get(e.to);
    if (!a || !b) continue;
    const x1 = a.x + BOX_W / 2;
    const x2 = b.x + BOX_W / 2;
    const down = b.y > a.y + a.h;
    const y1 = down ? a.y + a.h : a.y;
    const y2 = down ? b.y : b.y + b.h;
    const bend = down ? Math.min(40, (y2 - y1) / 2) : -40;
    const d = `M${x1.toFixed(1)},${y1.toFixed(1)} C${x1.toFixed(1)},${(y1 + bend).toFixed(1)} ${x2.toFixed(1)},${(y2 - bend).toFixed(1)} ${x2.toFixed(1)},${y2.toFixed(1)}`;
    out.push(
      `<path d="${d}" fill="none" stroke="#555" stroke-width="1.2"${down ? '' : ' stroke-dasharray="5 4"'} marker-end="url(#arrow)"><title>${esc(`${e.from} → ${e.to} (${e.event})`)}</title></path>`,
    );
  }
  const FILL: Record<string, string> = {
    menu: '#e8f0fe',
    question: '#fff4e0',
    result: '#f3e8fd',
    info: '#e6f4ea',
    glossary: '#e6f4ea',
    handoff: '#e0f2f1',
    emergency: '#fde7e7',
  };
  for (const box of placed.values()) {
    out.push(`<g data-step="${esc(box.steps.join(' '))}">`);
    out.push(`<rect x="${box.x}" y="${box.y}" width="${BOX_W}" height="${box.h}" rx="6" fill="${FILL[box.kind] ?? '#f5f5f5'}" stroke="#444"/>`);
    out.push(
      `<text x="${box.x + PAD}" y="${box.y + PAD + 12}" font-size="13" font-weight="700" fill="#111">${esc(box.title)} <tspan font-weight="400" fill="#444">(${esc(box.kind)})</tspan></text>`,
    );
    box.lines.forEach((line, i) => {
      const shown = line.length > 40 ? `${line.slice(0, 39)}…` : line;
      out.push(
        `<text x="${box.x + PAD}" y="${box.y + PAD + 12 + LINE * (1.3 + i)}" font-size="11" fill="#222">${esc(shown)}${shown === line ? '' : `<title>${esc(line)}</title>`}</text>`,
      );
    });
    out.push('</g>');
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
