import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldText, legalFormOf, splitCompanyName } from '../../../src/core/company-name';

describe('splitCompanyName', () => {
  it.each([
    ['Contoso S.p.A.', ['contoso'], 'spa'],
    ['CONTOSO SPA', ['contoso'], 'spa'],
    ['Contoso, S. p. A.', ['contoso'], 'spa'],
    ['Rossi Srl', ['rossi'], 'srl'],
    ['Rossi S.r.l.', ['rossi'], 'srl'],
    ['Fabrikam GmbH & Co. KG', ['fabrikam'], 'gmbhcokg'],
    ['Müller und Co. KG', ['muller'], 'cokg'],
    ['Northwind Traders Ltd.', ['northwind', 'traders'], 'ltd'],
    ['Northwind Traders Limited', ['northwind', 'traders'], 'ltd'],
    ['Adatum Co., Ltd.', ['adatum'], 'coltd'],
    ['Litware B.V.', ['litware'], 'bv'],
    ['Tailspin S.A.', ['tailspin'], 'sa'],
    ['Rossi & Co', ['rossi'], 'co'],
    ['Società Cooperativa Esempio', ['societa', 'cooperativa', 'esempio'], ''],
    ['株式会社コントソ', ['コントソ'], 'kk'],
    ['コントソ株式会社', ['コントソ'], 'kk'],
    ['Ltd', ['ltd'], ''],
  ])('%s', (name, words, legalForm) => {
    expect(splitCompanyName(name)).toEqual({ words, legalForm });
  });

  it('never equates different legal forms, and always equates spellings of one', () => {
    expect(splitCompanyName('Rossi Srl').legalForm).not.toBe(splitCompanyName('Rossi SpA').legalForm);
    expect(splitCompanyName('Contoso Ltd').legalForm).toBe(splitCompanyName('Contoso Limited').legalForm);
  });

  it('keeps at least one word of the name, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (name) => {
        const { words } = splitCompanyName(name);
        const hasWord = /[\p{L}\p{N}]/u.test(foldText(name).replace(/['’.]/g, ''));
        if (hasWord && !/^\s*(株式会社|合同会社|有限会社|\(株\)|（株）)\s*$/.test(name))
          expect(words.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('legalFormOf', () => {
  it.each([
    ['S.p.A.', 'spa'],
    ['spa', 'spa'],
    ['S.r.l.', 'srl'],
    ['GmbH', 'gmbh'],
    ['Inc.', 'inc'],
    ['Contoso', ''],
  ])('%s -> %s', (text, form) => expect(legalFormOf(text)).toBe(form));
});
