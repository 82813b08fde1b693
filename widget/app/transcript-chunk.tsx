import type { Entry } from './entry';
import { memo, sameProps } from './memo';
import type { TextVars } from './text';
import { TranscriptLine, type HandoffLineProps } from './transcript-line';
import type { LocaleContent } from '../../content/types';

/**
 * How many lines a group holds. The browser lays out a turn's own group and steps over the others
 * as whole boxes (panel.css, .chunk): a turn costs about the same at line 1,000 as at line 50,
 * where one list of 1,000 lines was laid out again on every turn (test/bench/bench.mjs, the
 * 300-turn conversation).
 */
export const CHUNK = 32;

/** The transcript in groups of CHUNK lines, the last one partly filled. */
export function chunksOf(transcript: readonly Entry[]): Entry[][] {
  const chunks: Entry[][] = [];
  for (let at = 0; at < transcript.length; at += CHUNK) chunks.push(transcript.slice(at, at + CHUNK));
  return chunks;
}

export interface TranscriptChunkProps extends Omit<HandoffLineProps, 'latest'> {
  entries: readonly Entry[];
  t: (key: string) => string;
  content: LocaleContent;
  vars: TextVars;
  /** The prefix of the lines' ids (panel.tsx: a question names the group of its answers by its line's id). */
  ids: string;
  /** The latest hand-off card, wherever it is: only it draws from the conversation as it is now. */
  latest: Entry | undefined;
}

const holdsLatest = ({ entries, latest }: TranscriptChunkProps) => latest !== undefined && entries.includes(latest);

/**
 * A group is drawn again when its lines or the language changed, or when it holds the latest
 * hand-off card (before or after): the others' cards do not read the conversation (transcript-line.tsx).
 */
function sameChunk(prev: TranscriptChunkProps, next: TranscriptChunkProps): boolean {
  if (prev.entries.length !== next.entries.length || prev.entries.some((entry, index) => entry !== next.entries[index])) return false;
  return sameProps(prev, next, holdsLatest(prev) || holdsLatest(next) ? ['entries'] : ['entries', 'latest', 'session', 'transcript']);
}

/** One group of lines; a generic element between the log and its lines, so the log's lines are still its articles. */
export const TranscriptChunk = memo(function TranscriptChunk({ entries, ids, latest, t, content, vars, ...handoff }: TranscriptChunkProps) {
  return (
    <div class="chunk">
      {entries.map((entry) => (
        <TranscriptLine
          key={entry.id}
          entry={entry}
          t={t}
          content={content}
          vars={vars}
          id={`${ids}-${entry.id}`}
          {...(entry.by === 'card' && entry.kind === 'handoff' ? { ...handoff, latest: entry === latest } : {})}
        />
      ))}
    </div>
  );
}, sameChunk);
