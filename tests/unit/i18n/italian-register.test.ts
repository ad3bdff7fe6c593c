// The Italian UI speaks to the partner as Microsoft's Italian UI does: the second person singular,
// with imperatives such as "Incolla", "Copia", "Salva" (not "Incollate"). Only the customer email
// (src/core/languages/it.ts) uses the formal "voi" of business letters. docs/languages.md.
import { describe, expect, it } from 'vitest';
import itMessages from '../../../public/_locales/it/messages.json';

type Table = Record<string, { message: string }>;

// Unambiguous marks of "voi": pronouns, possessives, verbs, and imperatives with a pronoun attached.
const VOI = [
  /\b(?:voi|vostr[aeio])\b/i,
  /\b(?:avete|siete|potete|dovete|volete|fate|premete|scegliete|correggete|mettete)\b/i,
  /\b\w+(?:ate|ete|ite)(?:lo|la|li|le|ne|celo)\b/i,
  // Sentence-initial imperatives of the verbs the instructions use.
  /(?:^|[.:!?]\s+)(?:Inserite|Incollate|Copiate|Controllate|Selezionate|Salvate|Usate|Esportate|Ripristinate|Caricate|Lasciate|Aggiornate|Ricaricate|Scoprite|Verificate|Completate)\b/,
];

describe('Italian UI register', () => {
  it('addresses the partner with "tu", never "voi"', () => {
    const offending = Object.entries(itMessages as Table)
      .filter(([, { message }]) => VOI.some((re) => re.test(message)))
      .map(([key, { message }]) => `${key}: ${message}`);
    expect(offending).toEqual([]);
  });

  it('the check itself catches the forms it is meant to', () => {
    const caught = (s: string) => VOI.some((re) => re.test(s));
    for (const s of [
      'Incollate il collegamento.',
      'Copiatelo di nuovo.',
      'il vostro account',
      'Avete modificato',
      'Prima. Scegliete un cloud.',
    ])
      expect(caught(s), s).toBe(true);
    for (const s of [
      'Incolla il collegamento.',
      'Copialo di nuovo.',
      'il tuo account',
      'Disattivate per impostazione predefinita.',
      'Inviti eliminati: 3.',
    ])
      expect(caught(s), s).toBe(false);
  });

  it("uses the Partner Center guide's terms", () => {
    const all = Object.values(itMessages as Table)
      .map((m) => m.message)
      .join('\n');
    expect(all).toContain('relazione come rivenditore');
    expect(all).toContain('Richiedi una relazione come rivenditore');
    expect(all).toContain('collegamento personalizzato');
    expect(all).toContain('Copia negli Appunti');
    expect(all).not.toMatch(/relazion[ei] di rivenditore/);
  });
});
