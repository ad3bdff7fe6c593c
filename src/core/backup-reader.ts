// Reads a backup file piece by piece, however large: the top-level fields (format, version,
// exportedAt, settings) come out parsed, and each element of the `invitations` and
// `quarantine` arrays comes out as its own JSON text, so a 100,000-invitation file is never one
// string nor one JSON.parse. The text is fed in chunks of any size (split anywhere, even inside
// a string or an escape); one pass, linear in the file. Structure errors are reported, never
// thrown; an element's own JSON is checked when the caller parses it.

const BACKUP_ARRAYS = ['invitations', 'quarantine'] as const;
export type BackupArray = (typeof BACKUP_ARRAYS)[number];

export type ReaderEvent =
  | { type: 'field'; key: string; value: unknown }
  | { type: 'item'; array: BackupArray; index: number; text: string }
  | { type: 'error'; code: 'not-object' | 'damaged' | 'truncated'; at: number };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJ = 0x7b;
const CLOSE_OBJ = 0x7d;
const OPEN_ARR = 0x5b;
const CLOSE_ARR = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
/** An indexOf result, with "not found" as `end`. */
const found = (at: number, end: number) => (at === -1 ? end : at);
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

type Mode =
  | 'start' // before the top-level '{'
  | 'key' // in the top-level object, before a key (or its closing '}')
  | 'colon' // after a key
  | 'value' // after the colon, before the value
  | 'field' // inside a top-level field's value
  | 'items' // inside one of the arrays, between elements
  | 'item' // inside an element of one of the arrays
  | 'after' // after a top-level value, before ',' or '}'
  | 'end' // after the closing '}'
  | 'failed';

export class BackupReader {
  private mode: Mode = 'start';
  private inString = false;
  private escaped = false;
  /** Nesting inside the current field value or array element. */
  private depth = 0;
  /** Text of the key, field value or element being read, across chunks. */
  private parts: string[] = [];
  private key = '';
  private array: BackupArray | null = null;
  private index = 0;
  /** The arrays met so far, empty ones included (an empty array yields no item). */
  readonly opened = new Set<BackupArray>();
  /** Characters read before the current chunk (for error positions). */
  private offset = 0;

  /** Feed the next piece of text; returns what it completed. */
  push(chunk: string): ReaderEvent[] {
    const out: ReaderEvent[] = [];
    // Where the current capture starts in this chunk: at 0 when one continues from the last chunk.
    let start = this.mode === 'field' || this.mode === 'item' || (this.mode === 'key' && this.inString) ? 0 : -1;
    // Inside a string only a quote or a backslash matters: jump to the next one (most of a
    // backup is string contents). Each position is searched for once per chunk, so this stays linear.
    let nextQuote = -1;
    let nextSlash = -1;
    for (let i = 0; i < chunk.length && this.mode !== 'failed'; i++) {
      if (this.inString && !this.escaped) {
        if (nextQuote < i) nextQuote = found(chunk.indexOf('"', i), chunk.length);
        if (nextSlash < i) nextSlash = found(chunk.indexOf('\\', i), chunk.length);
        i = Math.min(nextQuote, nextSlash);
        if (i === chunk.length) break;
      }
      const c = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) {
          this.inString = false;
          if (this.mode === 'key') {
            this.parts.push(chunk.slice(start, i + 1));
            start = -1;
            this.key = this.take();
            this.mode = 'colon';
          }
        }
        continue;
      }
      switch (this.mode) {
        case 'start':
          if (isSpace(c) || (c === 0xfeff && this.offset + i === 0)) break;
          if (c !== OPEN_OBJ) return this.fail(out, 'not-object', i);
          this.mode = 'key';
          break;
        case 'key':
          if (isSpace(c)) break;
          if (c === CLOSE_OBJ && this.key === '') {
            this.mode = 'end';
            break;
          }
          if (c !== QUOTE) return this.fail(out, 'damaged', i);
          this.inString = true;
          start = i;
          break;
        case 'colon':
          if (isSpace(c)) break;
          if (c !== COLON) return this.fail(out, 'damaged', i);
          this.mode = 'value';
          break;
        case 'value':
          if (isSpace(c)) break;
          if (c === OPEN_ARR && (BACKUP_ARRAYS as readonly string[]).includes(this.keyName())) {
            this.array = this.keyName() as BackupArray;
            this.opened.add(this.array);
            this.index = 0;
            this.mode = 'items';
            break;
          }
          this.mode = 'field';
          this.depth = 0;
          start = i;
          i -= 1; // read this character again as part of the value
          break;
        case 'field':
        case 'item': {
          if (c === QUOTE) this.inString = true;
          else if (c === OPEN_OBJ || c === OPEN_ARR) this.depth++;
          else if (c === CLOSE_OBJ || c === CLOSE_ARR) {
            if (this.depth === 0) {
              // The container around this value closes: the value ended just before.
              if (start !== -1) this.parts.push(chunk.slice(start, i));
              start = -1;
              if (!this.finishValue(out, c)) return this.fail(out, 'damaged', i);
              break;
            }
            this.depth--;
          } else if (c === COMMA && this.depth === 0) {
            if (start !== -1) this.parts.push(chunk.slice(start, i));
            start = -1;
            if (!this.finishValue(out, c)) return this.fail(out, 'damaged', i);
          }
          break;
        }
        case 'items':
          if (isSpace(c)) break;
          if (c === CLOSE_ARR && this.index === 0) {
            this.array = null;
            this.mode = 'after';
            break;
          }
          if (c === COMMA || c === CLOSE_ARR || c === CLOSE_OBJ) return this.fail(out, 'damaged', i);
          this.mode = 'item';
          this.depth = 0;
          start = i;
          i -= 1;
          break;
        case 'after':
          if (isSpace(c)) break;
          if (c === COMMA) {
            this.mode = 'key';
            this.key = '';
          } else if (c === CLOSE_OBJ) this.mode = 'end';
          else return this.fail(out, 'damaged', i);
          break;
        default: // 'end'
          if (!isSpace(c)) return this.fail(out, 'damaged', i);
          break;
      }
    }
    if (start !== -1 && this.mode !== 'failed') this.parts.push(chunk.slice(start));
    this.offset += chunk.length;
    return out;
  }

  /** The input has ended: a file cut short is reported. */
  end(): ReaderEvent[] {
    if (this.mode === 'end' || this.mode === 'failed') return [];
    const code = this.mode === 'start' ? 'not-object' : 'truncated';
    this.mode = 'failed';
    return [{ type: 'error', code, at: this.offset }];
  }

  private keyName(): string {
    try {
      const k: unknown = JSON.parse(this.key);
      return typeof k === 'string' ? k : '';
    } catch {
      return '';
    }
  }

  private take(): string {
    const text = this.parts.join('');
    this.parts = [];
    return text;
  }

  /** A field value or element ended at `c` (',' or a closing bracket); false when `c` does not fit. */
  private finishValue(out: ReaderEvent[], c: number): boolean {
    const text = this.take().trim();
    if (this.mode === 'item') {
      if (c === CLOSE_OBJ || text === '') return false;
      out.push({ type: 'item', array: this.array!, index: this.index++, text });
      if (c === CLOSE_ARR) {
        this.array = null;
        this.mode = 'after';
      } else this.mode = 'items';
      return true;
    }
    if (c === CLOSE_ARR || text === '') return false;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return false;
    }
    out.push({ type: 'field', key: this.keyName(), value });
    this.key = '';
    this.mode = c === CLOSE_OBJ ? 'end' : 'key';
    return true;
  }

  private fail(out: ReaderEvent[], code: 'not-object' | 'damaged', i: number): ReaderEvent[] {
    this.mode = 'failed';
    out.push({ type: 'error', code, at: this.offset + i });
    return out;
  }
}
