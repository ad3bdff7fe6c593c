// Decodes a text file whatever encoding a spreadsheet saved it in (docs/domain.md#customerscsv):
// UTF-8 with or without a byte order mark (Excel's "CSV UTF-8"), UTF-16 (Excel's "Unicode Text";
// with a BOM, or without one when its zero bytes give it away), and Windows-1252 (Excel's plain
// "CSV" on Western-European Windows). Bytes that are not valid UTF-8 are read as Windows-1252
// rather than shown with replacement characters: "Società" must not become "Societ�".
// TextDecoder is a standard of the language runtime (browsers and Node alike), not a browser API.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type DecodedText = { text: string; encoding: TextEncodingName; bom: boolean };

/** How much of the file the UTF-16 guess looks at. */
const SNIFF_BYTES = 4096;

// Windows-1252 differs from Latin-1 only in 0x80-0x9F (the WHATWG Encoding Standard's
// index-windows-1252): curly quotes, dashes, the euro sign. Decoded here rather than through
// TextDecoder('windows-1252'), which Node (where the unit tests run) reads as Latin-1.
const CP1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  // Mapped to UTF-16 LE code units byte by byte, then decoded natively (fast on 20 MB).
  const le = new Uint8Array(bytes.length * 2);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    const unit = b >= 0x80 && b < 0xa0 ? (CP1252_80_9F[b - 0x80] ?? b) : b;
    le[2 * i] = unit & 0xff;
    le[2 * i + 1] = unit >> 8;
  }
  return new TextDecoder('utf-16le').decode(le);
}

function decode(encoding: TextEncodingName, bytes: Uint8Array, fatal = false): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  // The default (ignoreBOM: false) drops a leading BOM of the same encoding.
  return new TextDecoder(encoding, { fatal }).decode(bytes);
}

function tryDecode(encoding: TextEncodingName, bytes: Uint8Array): string | null {
  try {
    return decode(encoding, bytes, true);
  } catch {
    return null;
  }
}

/**
 * UTF-16 without a BOM, told by where its zero bytes are: text that is mostly ASCII (a CSV header
 * always is) has a zero in every other byte, on the odd side for little-endian, the even side for
 * big-endian, and none on the other side. UTF-8 and Windows-1252 text has no zero bytes at all.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, SNIFF_BYTES) / 2);
  if (pairs < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++;
    if (bytes[2 * i + 1] === 0) oddZeros++;
  }
  const many = pairs * 0.3;
  const few = pairs * 0.02;
  if (oddZeros >= many && evenZeros <= few) return 'utf-16le';
  if (evenZeros >= many && oddZeros <= few) return 'utf-16be';
  return null;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    // The BOM says UTF-8: a stray bad byte later becomes one replacement character (and a file of
    // many is refused as binary by the parser), rather than the whole file read as Windows-1252.
    return { text: decode('utf-8', bytes), encoding: 'utf-8', bom: true };
  }
  if (b0 === 0xff && b1 === 0xfe) return { text: decode('utf-16le', bytes), encoding: 'utf-16le', bom: true };
  if (b0 === 0xfe && b1 === 0xff) return { text: decode('utf-16be', bytes), encoding: 'utf-16be', bom: true };

  const utf16 = guessUtf16(bytes);
  const utf16Text = utf16 ? tryDecode(utf16, bytes) : null;
  if (utf16 && utf16Text !== null) return { text: utf16Text, encoding: utf16, bom: false };

  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', bom: false };
  return { text: decode('windows-1252', bytes), encoding: 'windows-1252', bom: false };
}
