import { render } from 'preact';
import readability from 'text-readability';
import { ALL_SOURCES, LOCALES, WHOLE, type ContentItem, type Locale, type LocaleContent, type SourceId } from '../../../content';
import { validateOverrides, type ContentProblem } from '../../app/content-overrides';
import { readMarkup } from '../../sanitize/markup';
import { conversationMap, whereSaid } from '../conversation-map';
import { MAX_GRADE, linkProblems, nextReviewDue, reviewState, type ReviewState } from '../content-rules';
import { readableText } from '../readable-text';

/**
 * The content review page (demo/review.html, `npm run demo`): every content item in English and
 * Spanish side by side, for a clinical reviewer and a content editor, read through the same public
 * index the widget uses (content/index.ts), so a key added there appears here without a change.
 * For each: the steps that say it (from the machine, widget/toolkit/conversation-map.ts), its sources,
 * reviewed date, next review due (12 months on) and English reading grade. `?overrides=/file.json`
 * applies an overrides file on top, checked by the widget's own validator; `?today=yyyy-mm-dd`
 * reviews as of another day. Filters: stale, due within 90 days, changed by the overrides.
 */
interface Row {
  key: string;
  items: Partial<Record<Locale, ContentItem>>;
  steps: string[];
  grade?: number;
  state: ReviewState;
  changed: boolean;
  links: string[];
}

/** A label or button text (ui.*): plain text, no sources or review date. */
interface LabelRow {
  key: string;
  text: Partial<Record<Locale, string>>;
  steps: string[];
  changed: boolean;
}

type Filter = 'stale' | 'due-soon' | 'changed';

const params = new URLSearchParams(location.search);
const todayParam = params.get('today');
const today = todayParam && /^\d{4}-\d{2}-\d{2}$/.test(todayParam) ? new Date(`${todayParam}T00:00:00Z`) : new Date();
const LANGUAGE: Record<Locale, string> = { en: 'English', es: 'Español' };
const STATE_TEXT: Record<ReviewState, string> = {
  stale: 'Overdue',
  'due-soon': 'Due within 90 days',
  current: 'Current',
  future: 'Date not reached',
};

/** The oldest review of the two languages decides when the item is due. */
const oldest = (items: Partial<Record<Locale, ContentItem>>) =>
  LOCALES.map((l) => items[l]?.reviewed)
    .filter((d): d is string => !!d)
    .sort()[0] ?? '';

function rowsOf(content: Record<Locale, LocaleContent>, changedKeys: Set<string>): Row[] {
  const keys = [...new Set(LOCALES.flatMap((l) => Object.keys(content[l].items)))];
  const where = whereSaid(conversationMap(), keys);
  return keys.map((key) => {
    const items = Object.fromEntries(LOCALES.filter((l) => content[l].items[key]).map((l) => [l, content[l].items[key]!])) as Row['items'];
    const english = items.en;
    return {
      key,
      items,
      steps: where.get(key) ?? [],
      ...(english ? { grade: readability.fleschKincaidGrade(readableText(english.body)) } : {}),
      state: reviewState(oldest(items), today),
      changed: changedKeys.has(key),
      links: LOCALES.flatMap((l) => (items[l] ? linkProblems(items[l]!.body) : [])),
    };
  });
}

function labelsOf(content: Record<Locale, LocaleContent>, changedKeys: Set<string>): LabelRow[] {
  const keys = [...new Set(LOCALES.flatMap((l) => Object.keys(content[l].ui)))];
  const where = whereSaid(conversationMap(), []);
  return keys.map((key) => ({
    key,
    text: Object.fromEntries(LOCALES.filter((l) => content[l].ui[key] !== undefined).map((l) => [l, content[l].ui[key]!])),
    steps: where.get(key) ?? [],
    changed: changedKeys.has(key),
  }));
}

function Labels({ rows }: { rows: LabelRow[] }) {
  return (
    <section aria-labelledby="labels-heading">
      <h2 id="labels-heading">Labels and buttons</h2>
      <p>Plain text the widget shows around the answers; the steps listed offer it as a choice.</p>
      <div class="table-wrap" tabIndex={0} role="region" aria-label="Table of labels and buttons">
        <table class="labels">
          <caption>Labels and buttons, English and Spanish ({rows.length})</caption>
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">English</th>
              <th scope="col">Español</th>
              <th scope="col">Offered at steps</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} id={`label-${row.key}`} data-changed={row.changed ? 'true' : undefined}>
                <th scope="row">
                  <code>{row.key}</code>
                  {row.changed && <span class="badge">Changed by the overrides</span>}
                </th>
                {LOCALES.map((l) => (
                  <td key={l} lang={l} data-label={LANGUAGE[l]}>
                    {row.text[l] ?? <span class="missing">Missing in {LANGUAGE[l]}</span>}
                  </td>
                ))}
                <td data-label="Offered at steps">
                  {row.steps.map((s) => (
                    <code key={s}>{s} </code>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Body({ item, locale }: { item?: ContentItem; locale: Locale }) {
  if (!item) return <p class="missing">Missing in {LANGUAGE[locale]}</p>;
  // The widget's own reader of the allow-listed markup: what a visitor sees (widget/sanitize/markup.ts).
  return <div class="body">{readMarkup(item.body) ?? <p>{item.body}</p>}</div>;
}

function Sources({ row }: { row: Row }) {
  const ids = [...new Set(LOCALES.flatMap((l) => (row.items[l]?.sources ?? []) as SourceId[]))];
  return (
    <ul class="sources">
      {ids.map((id) => {
        const source = ALL_SOURCES[id];
        return (
          <li key={id}>
            {source ? <a href={source.url}>{source.title}</a> : <span class="problem">unknown source {id}</span>}{' '}
            <span class="muted">(revised {source?.revised})</span>
          </li>
        );
      })}
    </ul>
  );
}

function ItemRow({ row }: { row: Row }) {
  const reviewed = LOCALES.map((l) => row.items[l]?.reviewed).filter((d, i, a) => d && a.indexOf(d) === i);
  const due = oldest(row.items);
  return (
    <tr id={`item-${row.key}`} data-state={row.state} data-changed={row.changed ? 'true' : undefined}>
      <th scope="row">
        <code>{row.key}</code>
        {row.changed && <span class="badge">Changed by the overrides</span>}
      </th>
      <td lang="en" data-label="English">
        <Body item={row.items.en} locale="en" />
      </td>
      <td lang="es" data-label="Español">
        <Body item={row.items.es} locale="es" />
      </td>
      <td data-label="Said at steps">
        {row.steps.length ? (
          <ul class="steps">
            {row.steps.map((s) => (
              <li key={s}>
                <code>{s}</code>
              </li>
            ))}
          </ul>
        ) : (
          <span class="muted">No step says it (said by the widget itself, e.g. a reply)</span>
        )}
      </td>
      <td data-label="Sources">
        <Sources row={row} />
      </td>
      <td data-label="Reviewed">{reviewed.join(' / ')}</td>
      <td data-label="Next review due">
        {due ? nextReviewDue(due) : '—'}
        <span class={`state state-${row.state}`}>{STATE_TEXT[row.state]}</span>
      </td>
      <td data-label="Reading grade">
        {row.grade === undefined ? '—' : row.grade.toFixed(1)}
        {row.grade !== undefined && row.grade > MAX_GRADE && <span class="problem"> above grade {MAX_GRADE}</span>}
        {row.links.map((l) => (
          <span key={l} class="problem">
            {' '}
            {l}
          </span>
        ))}
      </td>
    </tr>
  );
}

function Page({ rows, labels, overrides, problems }: State) {
  const filters = new Set<Filter>(new URLSearchParams(location.search).getAll('filter') as Filter[]);
  const shown = rows.filter(
    (r) =>
      (!filters.has('stale') || r.state === 'stale') &&
      (!filters.has('due-soon') || r.state === 'due-soon') &&
      (!filters.has('changed') || r.changed),
  );
  const toggle = (filter: Filter, on: boolean) => {
    const next = new URLSearchParams(location.search);
    const all = next.getAll('filter').filter((f) => f !== filter);
    next.delete('filter');
    for (const f of on ? [...all, filter] : all) next.append('filter', f);
    history.replaceState(null, '', `?${next}`);
    draw();
  };
  const count = (f: (r: Row) => boolean) => rows.filter(f).length;
  // Labels have no review date: shown unless a review filter is on, and by the changed filter.
  const shownLabels = filters.has('stale') || filters.has('due-soon') ? [] : labels.filter((l) => !filters.has('changed') || l.changed);
  return (
    <>
      <header>
        <h1>Content review</h1>
        <p>
          Every item the helpline assistant says, in English and Spanish, with the steps that say it, its sources and its review dates, as of{' '}
          {today.toISOString().slice(0, 10)}. Reading grade: Flesch-Kincaid, English, {MAX_GRADE} or below.
        </p>
        {overrides && (
          <p class={problems ? 'problem-box' : 'note'} role={problems ? 'alert' : undefined}>
            {problems
              ? `The overrides file ${overrides} is not used by the widget: `
              : `Showing the overrides file ${overrides} applied on top of the built-in content.`}
            {typeof problems === 'string' && problems}
          </p>
        )}
        {Array.isArray(problems) && (
          <ul class="problem-box">
            {problems.map((p) => (
              <li key={p.path + p.message}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
        )}
      </header>
      <main>
        <fieldset class="filters">
          <legend>Show only</legend>
          <label>
            <input type="checkbox" checked={filters.has('stale')} onChange={(e) => toggle('stale', e.currentTarget.checked)} /> Overdue for review (
            {count((r) => r.state === 'stale')})
          </label>
          <label>
            <input type="checkbox" checked={filters.has('due-soon')} onChange={(e) => toggle('due-soon', e.currentTarget.checked)} /> Due within 90
            days ({count((r) => r.state === 'due-soon')})
          </label>
          <label>
            <input
              type="checkbox"
              checked={filters.has('changed')}
              disabled={!overrides}
              onChange={(e) => toggle('changed', e.currentTarget.checked)}
            />{' '}
            Changed by the overrides ({count((r) => r.changed) + labels.filter((l) => l.changed).length})
          </label>
        </fieldset>
        <p role="status" class="count">
          Showing {shown.length} of {rows.length} items and {shownLabels.length} of {labels.length} labels.
        </p>
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Content items">
          <table class="items">
            <caption>Content items, English and Spanish</caption>
            <thead>
              <tr>
                <th scope="col">Key</th>
                <th scope="col">English</th>
                <th scope="col">Español</th>
                <th scope="col">Said at steps</th>
                <th scope="col">Sources</th>
                <th scope="col">Reviewed</th>
                <th scope="col">Next review due</th>
                <th scope="col">Reading grade</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <ItemRow key={row.key} row={row} />
              ))}
              {shown.length === 0 && (
                <tr>
                  <td colSpan={8}>No item matches these filters.</td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
        {shownLabels.length > 0 && <Labels rows={shownLabels} />}
        <section aria-labelledby="map-heading">
          <h2 id="map-heading">Conversation map</h2>
          <p>
            Every step and where each choice leads, with the content keys each step says; generated from the machine (flows/machine.ts).{' '}
            <a href="build/conversation-map.svg">Open the map on its own</a>.
          </p>
          <img
            class="map"
            src="build/conversation-map.svg"
            alt="The conversation map: every step of the conversation and the content keys it says. Each step is listed with its items in the table above."
          />
        </section>
      </main>
    </>
  );
}

interface State {
  rows: Row[];
  labels: LabelRow[];
  overrides: string | null;
  problems: ContentProblem[] | string | null;
}
let state: State = { rows: [], labels: [], overrides: null, problems: null };
const root = document.getElementById('review')!;
// The page's "Loading" line goes when the content is drawn.
root.replaceChildren();
function draw() {
  render(<Page {...state} />, root);
}

async function load() {
  const base = { en: WHOLE.en, es: WHOLE.es };
  const url = params.get('overrides');
  if (!url) {
    state = { rows: rowsOf(base, new Set()), labels: labelsOf(base, new Set()), overrides: null, problems: null };
    return draw();
  }
  let problems: ContentProblem[] | string | null = null;
  let content = base;
  const changed = new Set<string>();
  try {
    const response = await fetch(new URL(url, location.href), { credentials: 'omit' });
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    const result = validateOverrides(await response.json(), base, window);
    if (result.problems.length) problems = result.problems;
    else {
      content = { en: result.content.en!, es: result.content.es! };
      for (const l of LOCALES)
        for (const key of [...Object.keys(result.overrides[l]?.items ?? {}), ...Object.keys(result.overrides[l]?.ui ?? {})]) changed.add(key);
    }
  } catch (error) {
    problems = error instanceof Error ? error.message : String(error);
  }
  state = { rows: rowsOf(content, changed), labels: labelsOf(content, changed), overrides: url, problems };
  draw();
}

void load();
