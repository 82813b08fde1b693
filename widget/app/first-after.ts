/**
 * Where the lines newer than `id` begin in the transcript (its length when there are none). Line
 * ids grow in the order the lines are shown (conversation.ts; saved.ts drops a save out of order),
 * so the search runs back from the end and costs the new lines only, however long the
 * conversation has grown (test/bench/bench.mjs, the 300-turn conversation).
 */
export function firstAfter(transcript: readonly { id: number }[], id: number): number {
  let at = transcript.length;
  while (at > 0 && transcript[at - 1]!.id > id) at--;
  return at;
}
