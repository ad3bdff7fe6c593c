// errorText() picks the UI language's message for a refusal code and otherwise keeps the
// error's own words. chrome.i18n is the shared fake browser's, over the real _locales files.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from '../support/fake-browser';
import { errorText } from '../../src/ui/error-text';

function browserIn(lang: 'en' | 'it') {
  fakeBrowser.i18n.uiLanguage = lang === 'it' ? 'it-IT' : 'en-US';
}

const refusal = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('errorText', () => {
  it('shows the Italian message for a refusal code in the Italian UI', () => {
    browserIn('it');
    expect(errorText(refusal('Cannot snooze: the reminder date must be in the future.', 'past-date'))).toBe(
      'La data del promemoria deve essere nel futuro.',
    );
    expect(errorText(refusal('The extension did not answer. Reload the page and try again.', 'no-answer'))).toMatch(
      /^L'estensione non ha risposto/,
    );
  });

  it("keeps the error's own, more precise, English sentence in the English UI", () => {
    browserIn('en');
    const precise = 'Cannot snooze: the invitation is already accepted, not pending. Reopen it first.';
    expect(errorText(refusal(precise, 'not-pending'))).toBe(precise);
  });

  it('falls back to the message for an unknown code, an error without one, or a non-error', () => {
    browserIn('it');
    expect(errorText(refusal('Something new', 'brand-new-code'))).toBe('Something new');
    expect(errorText(new Error('Quota exceeded'))).toBe('Quota exceeded');
    expect(errorText('plain')).toBe('plain');
  });
});
