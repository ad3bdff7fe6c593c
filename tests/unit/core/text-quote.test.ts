import { describe, expect, it } from 'vitest';
import { onQuotedLine, textQuoteStart } from '../../../src/core/text-quote';

describe('plain-text quotes', () => {
  it('finds the quoted thread with its attribution line, in any language', () => {
    const it_ = 'Grazie\n\nIl giorno lun 2 nov 2026, Anna ha scritto:\n> Ciao\n';
    expect(textQuoteStart(it_)).toBe(it_.indexOf('Il giorno'));
    const ja = 'ありがとう\n2026年11月2日 アンナ：\n\n> こんにちは';
    expect(textQuoteStart(ja)).toBe(ja.indexOf('2026'));
  });
  it('without an attribution line the thread starts at its first quoted line', () => {
    const body = 'Thanks\n\n  > earlier\n> message';
    expect(textQuoteStart(body)).toBe(body.indexOf('  >'));
    expect(textQuoteStart('> only a quote')).toBe(0);
  });
  it('has no quote when no line starts with ">"', () => {
    expect(textQuoteStart('')).toBe(-1);
    expect(textQuoteStart('Price > 10\nsee https://example.com/?a>b')).toBe(-1);
  });
  it('tells quoted lines apart', () => {
    const body = 'mine\n> theirs\nmine again';
    expect(onQuotedLine(body, 0)).toBe(false);
    expect(onQuotedLine(body, body.indexOf('theirs'))).toBe(true);
    expect(onQuotedLine(body, body.indexOf('again'))).toBe(false);
    expect(onQuotedLine(body, body.indexOf('> theirs'))).toBe(true);
  });
});
