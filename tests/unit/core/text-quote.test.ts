import { describe, expect, it } from 'vitest';
import { textQuote } from '../../../src/core/text-quote';

const start = (body: string) => textQuote(body).start;

describe('plain-text quotes', () => {
  it('finds a "> " thread with its attribution line, in any language', () => {
    const it_ = 'Grazie\n\nIl giorno lun 2 nov 2026, Anna ha scritto:\n> Ciao\n';
    expect(start(it_)).toBe(it_.indexOf('Il giorno'));
    const ja = 'ありがとう\n2026年11月2日 アンナ：\n\n> こんにちは';
    expect(start(ja)).toBe(ja.indexOf('2026'));
  });
  it('without an attribution line the thread starts at its first quoted line', () => {
    const body = 'Thanks\n\n  > earlier\n> message';
    expect(start(body)).toBe(body.indexOf('  >'));
    expect(start('> only a quote')).toBe(0);
  });
  it("finds Outlook's reply header in any language, and everything below it is quoted", () => {
    const web = `Grazie\r\n\r\n${'_'.repeat(32)}\r\nDa: Anna Rossi <anna@contoso.it>\r\nInviato: lunedì\r\n\r\nCiao https://x.example/`;
    const q = textQuote(web);
    expect(q.start).toBe(web.indexOf('___'));
    expect(q.has(web.indexOf('https'))).toBe(true);
    expect(q.has(web.indexOf('Grazie'))).toBe(false);
    const desktop = 'Danke\n\n-----Ursprüngliche Nachricht-----\nVon: Anna\nGesendet: Montag\n\nHallo';
    expect(start(desktop)).toBe(desktop.indexOf('-----'));
    const forward =
      'FYI\n\n---------- Forwarded message ---------\nFrom: Anna <anna@contoso.it>\nDate: Mon, 2 Nov 2026\n\nHello';
    expect(start(forward)).toBe(forward.indexOf('---'));
  });
  it("a rule not followed by a header line is the partner's own (a signature separator, say)", () => {
    expect(start(`Best regards\n${'_'.repeat(30)}\nAnna Rossi\nContoso`)).toBe(-1);
    expect(start('Intro\n-----\nmore')).toBe(-1);
    // A heading of the partner's own, then one "Label:" line, is not a header.
    expect(start('Please accept.\n\n----- How to accept -----\nLink: https://x.example/\n\nKind regards')).toBe(-1);
    // A signature's contact lines are not a header either when they carry more than a label.
    expect(start(`Regards\n${'_'.repeat(30)}\nMario Rossi | Tel: +39 02 1234\nhttps://fabrikam.example`)).toBe(-1);
  });
  it('a reply written below the quote: a link with no known place goes at the end', () => {
    const body = 'On Monday, Anna wrote:\n> Could you send the link again?\n\nDear Anna,\nhere it is.';
    const q = textQuote(body);
    expect(q.start).toBe(0);
    expect(q.fallback).toBe(body.length);
    expect(q.own()).toBe(body.replace(/^(On Monday.*|> .*)$/gm, (line) => ' '.repeat(line.length)));
  });
  it('has no quote when no line starts with ">"', () => {
    expect(start('')).toBe(-1);
    expect(start('Price > 10\nsee https://example.com/?a>b')).toBe(-1);
  });
  it('tells quoted lines apart', () => {
    const body = 'mine\n> theirs\nmine again';
    const q = textQuote(body);
    expect(q.has(0)).toBe(false);
    expect(q.has(body.indexOf('theirs'))).toBe(true);
    expect(q.has(body.indexOf('again'))).toBe(false);
    expect(q.has(body.indexOf('> theirs'))).toBe(true);
  });
});
