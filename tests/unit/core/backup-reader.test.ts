// The streaming backup reader against JSON.parse: any backup-shaped JSON, in any formatting,
// cut into chunks anywhere, gives back the same fields and the same array elements.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BackupReader, type ReaderEvent } from '../../../src/core/backup-reader';

function read(chunks: string[]): ReaderEvent[] {
  const reader = new BackupReader();
  return [...chunks.flatMap((c) => reader.push(c)), ...reader.end()];
}

/** Cut `text` at the given fractions. */
function cut(text: string, points: number[]): string[] {
  const at = [...new Set(points.map((p) => Math.floor(p * text.length)))].sort((a, b) => a - b);
  const out: string[] = [];
  let last = 0;
  for (const p of at) {
    out.push(text.slice(last, p));
    last = p;
  }
  out.push(text.slice(last));
  return out;
}

const backupArb = fc.record({
  format: fc.constant('partner-invite-backup'),
  version: fc.integer({ min: 1, max: 3 }),
  settings: fc.jsonValue({ maxDepth: 3 }),
  invitations: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 8 }),
  quarantine: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
  'odd "key" \\ [with] {brackets}': fc.string(),
});

describe('BackupReader', () => {
  it('gives the same fields and elements as JSON.parse, whatever the formatting and chunking', () => {
    fc.assert(
      fc.property(
        backupArb,
        fc.constantFrom(undefined, 1, 2, '\t'),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 }),
        (backup, indent, points) => {
          const text = JSON.stringify(backup, null, indent);
          const events = read(cut(text, points));
          expect(events.filter((e) => e.type === 'error')).toEqual([]);
          const fields = Object.fromEntries(
            events.flatMap((e) => (e.type === 'field' ? [[e.key, e.value] as const] : [])),
          );
          const expected = JSON.parse(text) as Record<string, unknown>;
          const { invitations, quarantine, ...rest } = expected;
          expect(fields).toEqual(rest);
          const items = (array: string) =>
            events.flatMap((e) => (e.type === 'item' && e.array === array ? [JSON.parse(e.text) as unknown] : []));
          expect(items('invitations')).toEqual(invitations);
          expect(items('quarantine')).toEqual(quarantine);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reports a file cut short, broken structure, and a file that is not an object', () => {
    const text = JSON.stringify({ format: 'x', invitations: [{ a: 1 }, { b: 2 }] });
    expect(read([text.slice(0, -5)]).at(-1)).toMatchObject({ type: 'error', code: 'truncated' });
    expect(read(['{"format":"x" "version":1}']).at(-1)).toMatchObject({ type: 'error', code: 'damaged' });
    expect(read(['{"invitations":[{"a":1}}']).at(-1)).toMatchObject({ type: 'error', code: 'damaged' });
    expect(read(['[1,2]']).at(-1)).toMatchObject({ type: 'error', code: 'not-object' });
    expect(read(['']).at(-1)).toMatchObject({ type: 'error', code: 'not-object' });
    expect(read(['\uFEFF{"a":1}'])).toEqual([{ type: 'field', key: 'a', value: 1 }]);
  });

  it('says which arrays it met, an empty one too (a backup of no invitations has an empty list, not none)', () => {
    const reader = new BackupReader();
    expect([...reader.push('{"format":"x","invitations":[],"quarantine":[]}'), ...reader.end()]).toEqual([
      { type: 'field', key: 'format', value: 'x' },
    ]);
    expect([...reader.opened].sort()).toEqual(['invitations', 'quarantine']);
    const none = new BackupReader();
    none.push('{"format":"x"}');
    expect(none.opened.size).toBe(0);
  });
});
