// The sentence the customer list import shows about how the file was read, so a partner whose
// Excel saved the list in a legacy encoding sees that it was recognised (core/text-decode.ts).
import type { DecodedText } from '../../core/text-decode';
import { t } from '../../platform/i18n';

export function encodingNote({ encoding, bom }: Pick<DecodedText, 'encoding' | 'bom'>): string {
  const name =
    encoding === 'windows-1252'
      ? t('options_csvEnc_windows1252')
      : encoding === 'utf-16le'
        ? t('options_csvEnc_utf16le')
        : encoding === 'utf-16be'
          ? t('options_csvEnc_utf16be')
          : bom
            ? t('options_csvEnc_utf8Bom')
            : t('options_csvEnc_utf8');
  return t('options_csvEncoding', name);
}
