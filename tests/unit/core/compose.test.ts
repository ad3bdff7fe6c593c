import { describe, expect, it } from 'vitest';
import { htmlForText, isEdited, linkForProfile, reconcileDraft, type DraftText } from '../../../src/core/compose';
import type { TemplateData } from '../../../src/core/template';
import { DIRECT_DAP, DIRECT_NO_DAP, GDAP_ADMIN, GDAP_CLOUD, OTHER_TENANT, PARTNER_TENANT } from '../../fixtures/links';

const LINK = DIRECT_NO_DAP;
const LINK_DAP = DIRECT_DAP;

describe('reconcileDraft', () => {
  const base: DraftText = {
    subject: 'S',
    text: `Hello\n\n${LINK}\n\nBye`,
    renderedSubject: 'S',
    renderedText: `Hello\n\n${LINK}\n\nBye`,
    link: LINK,
  };

  it('an unedited draft takes the new rendering', () => {
    const { draft, stale } = reconcileDraft(base, { subject: 'S2', text: `Hi\n\n${LINK_DAP}`, link: LINK_DAP });
    expect(stale).toBe(false);
    expect(draft.text).toBe(`Hi\n\n${LINK_DAP}`);
    expect(isEdited(draft)).toBe(false);
  });

  it('an edited draft keeps the edits, swaps the link, and is marked stale', () => {
    const edited = { ...base, text: `Hello my friend\n\n${LINK}\n\nBye` };
    const { draft, stale } = reconcileDraft(edited, {
      subject: 'S',
      text: `Hello\n\n${LINK_DAP}\n\nBye (DAP)`,
      link: LINK_DAP,
    });
    expect(stale).toBe(true);
    expect(draft.text).toBe(`Hello my friend\n\n${LINK_DAP}\n\nBye`);
    expect(draft.link).toBe(LINK_DAP);
    expect(isEdited(draft)).toBe(true);
  });
});

describe('the GDAP link in the draft', () => {
  const G1 = GDAP_ADMIN;
  const G2 = GDAP_CLOUD;

  it('an edited draft swaps the GDAP link too when the partner changes it, and keeps the edits', () => {
    const edited: DraftText = {
      subject: 'S',
      text: `Dear Contoso, as agreed:\n\n${LINK}\n\nApprove: ${G1}`,
      renderedSubject: 'S',
      renderedText: `Hello\n\n${LINK}\n\n${G1}`,
      link: LINK,
      gdapLink: G1,
    };
    const { draft, stale } = reconcileDraft(edited, {
      subject: 'S',
      text: `Hello\n\n${LINK}\n\n${G2}`,
      link: LINK,
      gdapLink: G2,
    });
    expect(draft.text).toBe(`Dear Contoso, as agreed:\n\n${LINK}\n\nApprove: ${G2}`);
    expect(draft.gdapLink).toBe(G2);
    expect(stale).toBe(true);
  });

  it('the HTML twin of edited text makes both links anchors and nothing else', () => {
    const html = htmlForText(`See <b>this</b>: ${LINK}\n\nApprove: ${G1}`, {
      customerName: 'C',
      partnerName: 'P',
      link: LINK,
      gdapLink: G1,
      cloud: 'public',
      dap: false,
      language: 'en',
    });
    const hrefs = [...html.matchAll(/<a href="([^"]*)">/g)].map((m) => m[1]?.replace(/&amp;/g, '&'));
    expect(hrefs).toEqual([LINK, G1]);
    expect(html).toContain('&lt;b&gt;this&lt;/b&gt;');
  });
});

describe('htmlForText', () => {
  const data: TemplateData = {
    customerName: 'C',
    partnerName: 'P',
    link: LINK,
    cloud: 'public',
    dap: false,
    language: 'en',
  };

  it('makes the link the only anchor and escapes the rest, including typed braces and other URLs', () => {
    const html = htmlForText(`Hi <b>you</b> {{partnerName}}\nsee https://evil.example\n\n${LINK}`, data);
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain(`<a href="${LINK.replace(/&/g, '&amp;')}">`);
    expect(html).toContain('&lt;b&gt;you&lt;/b&gt; {{partnerName}}<br>see https://evil.example');
  });

  it('has no anchor when the link was cut from the text', () => {
    expect(htmlForText('no link here', data)).not.toContain('<a ');
  });
});

describe('linkForProfile', () => {
  const profile = {
    companyName: 'Fabrikam',
    partnerTenantId: PARTNER_TENANT,
    mpnId: '',
    country: 'IT',
    cloud: 'public' as const,
    indirectProviderTenantId: '',
    pastedLink: '',
  };

  it('builds the direct link with msppId=0 and the DAP flag', () => {
    expect(linkForProfile(profile, false)).toEqual({ ok: true, value: LINK });
    expect(linkForProfile(profile, true)).toEqual({ ok: true, value: LINK_DAP });
  });

  it('builds the indirect link with the reseller Partner ID and the provider tenant', () => {
    const provider = '11111111-2222-3333-4444-555555555555';
    const r = linkForProfile({ ...profile, mpnId: '7654321', indirectProviderTenantId: provider }, true);
    expect(r.ok && r.value).toContain(
      `invType=IndirectResellerRelationship&partnerId=${profile.partnerTenantId}&msppId=7654321&DAP=true&indirectCSPId=${provider}#`,
    );
  });

  it('refuses DAP off in US Government', () => {
    expect(linkForProfile({ ...profile, cloud: 'usgov' }, false)).toMatchObject({ ok: false, code: 'dap-required' });
  });

  it('uses the pasted Partner Center link verbatim when it says the same, else the built one', () => {
    const pasted = LINK_DAP.replace('DAP=true', 'DAP=True');
    expect(linkForProfile({ ...profile, pastedLink: pasted }, true)).toEqual({ ok: true, value: pasted });
    // Unticking DAP: the pasted link no longer matches, so the built one is used.
    expect(linkForProfile({ ...profile, pastedLink: pasted }, false)).toEqual({ ok: true, value: LINK });
    // A pasted link for another tenant is never sent.
    const other = pasted.replace(PARTNER_TENANT, OTHER_TENANT);
    expect(linkForProfile({ ...profile, pastedLink: other }, true)).toEqual({ ok: true, value: LINK_DAP });
  });
});
