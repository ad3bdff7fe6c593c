// Customers.csv as spreadsheets save it: each fixture in tests/fixtures/csv/encodings is the same
// list written by iconv in the encoding its name says (Excel's "CSV UTF-8", plain "CSV" with an
// Italian list separator, "Unicode Text", and UTF-16 without BOM), read back byte for byte.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCustomersCsv } from '../../../src/core/customers-csv';
import { decodeText, type TextEncodingName } from '../../../src/core/text-decode';

const bytes = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/csv/encodings/${name}`, import.meta.url)));

const COMPANIES = [
  'Società Agricola Rossi S.r.l.',
  'Müller Bäckerei GmbH',
  'Peña & Núñez, S.L.',
  'Café Crème € Services SARL',
];

const CASES: [file: string, encoding: TextEncodingName, bom: boolean][] = [
  ['utf-8.csv', 'utf-8', false],
  ['utf-8-bom.csv', 'utf-8', true],
  ['windows-1252-semicolon.csv', 'windows-1252', false],
  ['utf-16le-bom-tab.txt', 'utf-16le', true],
  ['utf-16be-bom.csv', 'utf-16be', true],
  ['utf-16le-no-bom.csv', 'utf-16le', false],
  ['utf-16be-no-bom.csv', 'utf-16be', false],
];

describe('decodeText on files saved in each encoding', () => {
  it.each(CASES)('%s is read as %s (BOM: %s) and parses to the same customers', (file, encoding, bom) => {
    const decoded = decodeText(bytes(file));
    expect({ encoding: decoded.encoding, bom: decoded.bom }).toEqual({ encoding, bom });
    expect(decoded.text.startsWith('Microsoft ID')).toBe(true); // the BOM is gone
    // No replacement character, no NUL (UTF-16 read as bytes), no UTF-8 read as Windows-1252.
    expect(decoded.text).not.toMatch(/\uFFFD|Ã|Â/);
    expect(decoded.text).not.toContain(String.fromCharCode(0));
    const parsed = parseCustomersCsv(decoded.text);
    expect(parsed.ok && parsed.rows.map((r) => r.companyName)).toEqual(COMPANIES);
    expect(parsed.ok && parsed.rows.map((r) => r.primaryDomain)).toEqual([
      'rossi-agricola.it',
      'mueller-baeckerei.de',
      'penanunez.es',
      'cafe-creme.fr',
    ]);
  });

  it('reads Windows-1252 0x80 as the euro sign, not a control character (it is not Latin-1)', () => {
    expect(decodeText(new Uint8Array([0x80, 0x20, 0x31])).text).toBe('€ 1');
  });

  it('reading the Windows-1252 file as UTF-8 would have shown replacement characters', () => {
    const naive = new TextDecoder('utf-8').decode(bytes('windows-1252-semicolon.csv'));
    expect(naive).toContain('Societ\uFFFD');
  });
});

describe('decodeText on any input', () => {
  it('plain ASCII is UTF-8, an empty file too', () => {
    expect(decodeText(new TextEncoder().encode('a,b\r\n1,2'))).toEqual({
      text: 'a,b\r\n1,2',
      encoding: 'utf-8',
      bom: false,
    });
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', bom: false });
  });

  it('property: any text saved as UTF-8 (BOM or not) or UTF-16 with a BOM reads back exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const utf8 = new TextEncoder().encode(text);
        expect(decodeText(utf8).text).toBe(text);
        expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])).text).toBe(text);
        const le = new Uint8Array(2 + text.length * 2);
        le.set([0xff, 0xfe]);
        for (let i = 0; i < text.length; i++) {
          le[2 + 2 * i] = text.charCodeAt(i) & 0xff;
          le[3 + 2 * i] = text.charCodeAt(i) >> 8;
        }
        expect(decodeText(le).text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('property: random bytes never decode to replacement characters (Windows-1252 takes what UTF-8 refuses)', () => {
    // Without the bytes that could spell U+FFFD itself (EF BF BD in UTF-8, FD FF in UTF-16) or a BOM.
    const noFffd = fc
      .uint8Array({ maxLength: 300 })
      .map((a) => a.filter((b) => ![0xef, 0xbf, 0xbd, 0xfd, 0xfe, 0xff].includes(b)));
    fc.assert(
      fc.property(noFffd, (raw) => {
        expect(decodeText(raw).text).not.toContain('\uFFFD');
      }),
      { numRuns: 1000 },
    );
  });
});
