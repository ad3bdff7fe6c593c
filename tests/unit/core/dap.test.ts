import { describe, expect, it } from 'vitest';
import { effectiveDap } from '../../../src/core/dap';
import { defaultTemplate, renderInvitation } from '../../../src/core/template';

describe('effectiveDap', () => {
  it("is the partner's choice in the public cloud, and always on in the national clouds", () => {
    expect(effectiveDap('public', false)).toBe(false);
    expect(effectiveDap('public', true)).toBe(true);
    for (const cloud of ['usgov', 'germany'] as const) {
      expect(effectiveDap(cloud, false)).toBe(true);
      expect(effectiveDap(cloud, true)).toBe(true);
    }
  });

  it('the template says what the link asks for, whatever a national cloud was given', () => {
    const render = (cloud: 'public' | 'usgov', dap: boolean) =>
      renderInvitation(defaultTemplate('en'), {
        customerName: 'Contoso',
        partnerName: 'Fabrikam',
        link: 'https://portal.office365.us/x',
        cloud,
        dap,
        language: 'en',
      }).text;
    expect(render('usgov', false)).toBe(render('usgov', true));
    expect(render('public', false)).not.toBe(render('public', true));
  });
});
