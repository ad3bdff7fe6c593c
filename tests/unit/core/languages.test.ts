// The language table drives every list of languages: schemas, settings (full and light
// readers), the popup's draft check and the UI language. Each test iterates the table, so a new
// language is covered without touching this file.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDraft } from '../../../src/core/compose-draft';
import { languageSchema } from '../../../src/core/ids';
import { emailLanguage, isLanguage, LANGUAGE_CODES, LANGUAGES, languageEntry } from '../../../src/core/languages';
import { settingsSchema, type Settings } from '../../../src/core/settings';
import { zodFieldChecks } from '../../../src/core/settings-checks';
import { DEFAULT_SETTINGS, itemsToSettings as readItems, type SyncItems } from '../../../src/core/settings-layout';
import { changeToWrite, replaceAll } from '../../../src/core/settings-write';
import { defaultTemplate } from '../../../src/core/template';
import { readSettingsItems } from '../../../src/platform/settings-fast';

const itemsToSettings = (items: SyncItems) => readItems(items, zodFieldChecks);
/** The items a whole `settings` is stored as, in empty storage. */
const settingsToItems = (settings: Settings) => changeToWrite({}, replaceAll(settings)).set;
import { CLOUD_IDS } from '../../../src/core/cloud-ids';

const scope = globalThis as { chrome?: unknown; browser?: unknown };

afterEach(() => {
  delete scope.chrome;
  delete scope.browser;
  vi.resetModules();
});

describe('the language table', () => {
  it('is the only list: the zod schema and the helpers follow it', () => {
    expect(languageSchema.options).toEqual([...LANGUAGE_CODES]);
    for (const code of LANGUAGE_CODES) {
      expect(isLanguage(code)).toBe(true);
      expect(languageEntry(code).code).toBe(code);
    }
    for (const other of ['EN', 'it-IT', 'fr-XX', '', null, 3]) expect(isLanguage(other)).toBe(false);
  });

  it('every entry has a template with {{link}} and {{gdapLink}}, its notes and a phrase for every cloud', () => {
    for (const l of LANGUAGES) {
      expect(l.template.body, l.code).toContain('{{link}}');
      expect(l.template.body, l.code).toContain('{{gdapLink}}');
      expect(l.label.trim(), l.code).not.toBe('');
      for (const note of [
        l.notes.globalAdminNote,
        l.notes.mcaNote,
        l.notes.linkNote(false),
        l.notes.linkNote(true),
        l.notes.dapNote('X', true),
        l.notes.dapNote('X', false),
        l.notes.gdapNote,
      ])
        expect(note.trim(), l.code).not.toBe('');
      for (const cloud of CLOUD_IDS) expect(l.acceptPortal[cloud].trim(), `${l.code} ${cloud}`).not.toBe('');
    }
  });

  it('a custom template in every language survives validation, storage and both readers', () => {
    const templates: Settings['templates'] = {};
    for (const code of LANGUAGE_CODES) {
      templates[code] = { subject: `Subject ${code}`, body: `${defaultTemplate(code).body}\n\nP.S. ${code}` };
    }
    const settings: Settings = { ...DEFAULT_SETTINGS, templates };
    // Before the table, zod stripped a language it did not list: the template vanished on save.
    expect(settingsSchema.parse(settings).templates).toEqual(templates);
    const items = settingsToItems(settings);
    expect(itemsToSettings(items).settings.templates).toEqual(templates);
    expect(readSettingsItems(items).templates).toEqual(templates);
  });

  it('a chosen email language of the table is kept by both readers, an unknown one is ignored', () => {
    for (const code of LANGUAGE_CODES) {
      const items = settingsToItems({
        ...DEFAULT_SETTINGS,
        defaults: { ...DEFAULT_SETTINGS.defaults, language: code },
      });
      expect(itemsToSettings(items).settings.defaults.language).toBe(code);
      expect(readSettingsItems(items).defaults.language).toBe(code);
    }
    const foreign = { settingsVersion: 1, defaults: { language: 'xx' } };
    expect(itemsToSettings(foreign).settings.defaults.language).toBeNull();
    expect(readSettingsItems(foreign).defaults.language).toBeNull();
  });
});

describe('email language follows the browser until the partner chooses one', () => {
  it('never chosen: nothing is stored and the email takes the UI language', () => {
    expect(DEFAULT_SETTINGS.defaults.language).toBeNull();
    expect(settingsToItems(DEFAULT_SETTINGS)).toEqual({ settingsVersion: 1 });
    for (const ui of LANGUAGE_CODES) expect(emailLanguage(null, ui)).toBe(ui);
  });

  it('a choice (English included) is stored, and wins over any browser language', () => {
    // Before, English was the default and so never stored: "chose English" and "never chose"
    // could not be told apart, and an Italian browser would have turned a chosen English into Italian.
    const items = settingsToItems({ ...DEFAULT_SETTINGS, defaults: { ...DEFAULT_SETTINGS.defaults, language: 'en' } });
    expect(items.defaults).toEqual({ language: 'en' });
    const synced = itemsToSettings(items).settings.defaults.language;
    for (const ui of LANGUAGE_CODES) expect(emailLanguage(synced, ui)).toBe('en');
  });

  it('saving another default does not write the browser language', () => {
    const s: Settings = { ...DEFAULT_SETTINGS, defaults: { ...DEFAULT_SETTINGS.defaults, dap: true } };
    expect(settingsToItems(s).defaults).toEqual({ dap: true });
  });
});

describe('uiLanguage', () => {
  const browserWith = (messages: Record<string, string>) => {
    scope.chrome = {
      i18n: { getMessage: (key: string) => messages[key] ?? '', getUILanguage: () => 'xx-YY' },
    };
  };

  it("is the table language of the locale the browser picked (its messages.json's languageCode)", async () => {
    for (const code of LANGUAGE_CODES) {
      browserWith({ languageCode: code });
      const { uiLanguage } = await import('../../../src/platform/i18n');
      expect(uiLanguage()).toBe(code);
    }
  });

  it('is English with no extension API or an unknown code', async () => {
    const { uiLanguage } = await import('../../../src/platform/i18n');
    expect(uiLanguage()).toBe('en');
    browserWith({ languageCode: 'xx' });
    expect(uiLanguage()).toBe('en');
  });
});

describe("the popup's stored draft", () => {
  const draft = (language: unknown) => ({
    customerName: 'Contoso',
    customerEmail: 'a@contoso.com',
    customerDomain: 'contoso.com',
    domainTouched: false,
    customerCountry: '',
    dap: false,
    language,
    subject: 's',
    text: 't',
    renderedSubject: 's',
    renderedText: 't',
    link: '',
    gdapInput: '',
    gdapLink: '',
    override: false,
    resendOf: null,
  });

  // core/compose-draft.ts readDraft reads what platform/popup-draft.ts loads from storage.session.
  const read = (value: unknown) => readDraft(value, () => 'new-id');

  it('keeps a draft in any language of the table, or following the default', () => {
    for (const language of [...LANGUAGE_CODES, null]) {
      expect(read(draft(language))?.language, String(language)).toBe(language);
    }
  });

  it('reads a draft saved before the GDAP field as one with that field empty', () => {
    const { gdapInput: _input, gdapLink: _link, ...older } = draft('en');
    const got = read(older);
    expect(got).toMatchObject({ gdapInput: '', gdapLink: '', customerName: 'Contoso' });
    expect(read(draft('en'))).toEqual(got);
  });

  it('drops a draft whose language is not in the table', () => {
    expect(read(draft('xx'))).toBeNull();
  });
});
