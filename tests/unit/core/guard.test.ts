import { describe, expect, it } from 'vitest';
import { checkLink, linkPlace, restoreLink, type LinkCheck } from '../../../src/core/guard';
import * as L from '../../fixtures/links';

const E = L.DIRECT_DAP;
const esc = L.HTML_ESCAPE;
const anchor = (href: string, text = href) => `<a href="${esc(href)}">${esc(text)}</a>`;
const text = (link: string) =>
  `Dear Contoso,\n\nplease accept our invitation:\n\n${link}\n\nYou must be a Global Admin.\nThanks`;
const html = (inner: string) =>
  `<html><head><style>a { color: red }</style></head><body><p>Dear Contoso,</p><p>please accept:</p><p>${inner}</p><p>Billing: ${anchor(L.BILLING_PROFILE, 'billing profile')}</p></body></html>`;

function parts(r: LinkCheck): (string | undefined)[] {
  return r.problems.map((p) => p.part);
}

describe('checkLink: intact', () => {
  it.each([
    ['text', text(E)],
    ['text with the billing-profile link too', text(`${E}\n\n${L.BILLING_PROFILE}`)],
    ['text in angle brackets', text(`<${E}>`)],
    ['text followed by a full stop', `Accept here: ${E}.`],
    [
      'text with DAP=True and parameters in another order',
      text(
        L.DIRECT_DAP_TITLE_CASE.replace(
          `partnerId=${L.PARTNER_TENANT}&msppId=0`,
          `msppId=0&partnerId=${L.PARTNER_TENANT.toUpperCase()}`,
        ),
      ),
    ],
    ['text wrapped by Defender Safe Links', text(L.SAFELINKS_DIRECT)],
    ['text wrapped by Google redirect', text(L.GOOGLE_REDIRECT_DIRECT)],
  ])('%s', (_name, body) => {
    expect(checkLink(body, E, 'text')).toEqual({ status: 'intact', problems: [] });
  });

  it.each([
    ['anchor with the link as text', html(anchor(E))],
    ['anchor with words as text', html(anchor(E, 'Accept the invitation'))],
    ['link as bare text in HTML', html(esc(E))],
    ['anchor wrapped by Safe Links showing the real link', html(`<a href="${esc(L.SAFELINKS_DIRECT)}">${esc(E)}</a>`)],
    [
      'upper-case tag, single quotes, &#38; entity',
      html(`<A title='x > y' HREF='${E.replace(/&/g, '&#38;')}'>Accept</A>`),
    ],
    ['unquoted href', html(`<a href=${esc(E)}>Accept</a>`)],
    [
      'href with a newline inside (URL parsers drop it)',
      html(`<a href="${esc(E).replace('&amp;msppId', '\n&amp;msppId')}">Accept</a>`),
    ],
  ])('%s', (_name, body) => {
    expect(checkLink(body, E, 'html')).toEqual({ status: 'intact', problems: [] });
  });

  it('reads every link form of docs/domain.md as its own expected link', () => {
    for (const link of [
      L.DIRECT_NO_DAP,
      L.INDIRECT,
      L.LEGACY_DIRECT,
      L.LEGACY_INDIRECT,
      L.GDAP_ADMIN,
      L.GDAP_CLOUD,
      L.USGOV_DAP,
      L.GERMANY_DAP,
    ]) {
      expect(checkLink(text(link), link, 'text').status, link).toBe('intact');
      expect(checkLink(html(anchor(link)), link, 'html').status, link).toBe('intact');
    }
  });
  it('accepts an HTML-escaped expected link', () => {
    expect(checkLink(text(E), esc(E), 'text').status).toBe('intact');
  });
});

describe('checkLink: missing', () => {
  it('finds no link, and ignores the billing-profile link and other URLs', () => {
    const r = checkLink(`Hello, see ${L.BILLING_PROFILE} and https://contoso.example/`, E, 'text');
    expect(r.status).toBe('missing');
    expect(r.problems[0]?.code).toBe('missing');
  });
  it('ignores a bare admin center address', () => {
    expect(checkLink('Sign in at https://admin.microsoft.com/Adminportal/Home first.', E, 'text').status).toBe(
      'missing',
    );
  });
  it('ignores links in HTML comments, scripts and attributes other than href', () => {
    const body = `<!-- ${E} --><script>var x = "${E}";</script><p title="${esc(E)}">Hello</p>`;
    expect(checkLink(body, E, 'html').status).toBe('missing');
  });
  it('reports an invalid expected link instead of throwing', () => {
    expect(checkLink(text(E), 'not a link', 'text')).toMatchObject({
      status: 'missing',
      problems: [{ code: 'invalid-link' }],
    });
  });
});

describe('checkLink: altered names the part', () => {
  it.each([
    ['partnerId', E.replace(L.PARTNER_TENANT, L.PARTNER_TENANT.replace('3f25', '3f26'))],
    ['msppId', E.replace('msppId=0', 'msppId=10')],
    ['dap', L.DIRECT_NO_DAP],
    ['invType', E.replace('invType=ResellerRelationship', 'invType=IndirectResellerRelationship')],
    ['host', E.replace('admin.microsoft.com', 'admin.microsoft.com.example.net')],
    ['host', E.replace('admin.microsoft.com', 'xn--dmin-43d.microsoft.com')],
    ['fragment', E.replace('partner-invitation', 'billing-accounts')],
    ['scheme', E.replace('https:', 'http:')],
  ])('%s', (part, changed) => {
    const t = checkLink(text(changed), E, 'text');
    expect(t.status).toBe('altered');
    expect(parts(t)).toEqual([part]);
    expect(t.problems[0]?.code).toBe('altered');
    const h = checkLink(html(anchor(changed)), E, 'html');
    expect(h.status).toBe('altered');
    expect(parts(h)).toContain(part);
  });
  it('host, for a look-alike written with a Cyrillic letter in plain text', () => {
    expect(checkLink(text(E.replace('admin.microsoft.com', '\u0430dmin.microsoft.com')), E, 'text')).toMatchObject({
      status: 'altered',
      problems: [{ part: 'host' }],
    });
  });
  it('indirectCspId', () => {
    const changed = L.INDIRECT.replace(L.PROVIDER_TENANT, L.PARTNER_TENANT);
    expect(parts(checkLink(text(changed), L.INDIRECT, 'text'))).toEqual(['indirectCspId']);
  });
  it('the GDAP relationship id', () => {
    const changed = L.GDAP_CLOUD.replace(/.$/, '0');
    expect(checkLink(text(changed), L.GDAP_CLOUD, 'text')).toMatchObject({
      status: 'altered',
      problems: [{ part: 'relationshipId' }],
    });
  });
  it('judges the link inside Safe Links', () => {
    const wrapped = `https://nam02.safelinks.protection.outlook.com/?url=${encodeURIComponent(L.DIRECT_NO_DAP)}&data=x`;
    expect(checkLink(text(wrapped), E, 'text')).toMatchObject({ status: 'altered', problems: [{ part: 'dap' }] });
  });
  it('text glued to the end of the link', () => {
    expect(checkLink(`Accept: ${E}Thanks`, E, 'text')).toMatchObject({
      status: 'altered',
      problems: [{ part: 'fragment' }],
    });
  });
});

describe('checkLink: anchors whose visible URL differs from their target', () => {
  it('flags a correct-looking link that opens elsewhere', () => {
    const r = checkLink(html(anchor('https://evil.example/login', E)), E, 'html');
    expect(r.status).toBe('altered');
    expect(r.problems.map((p) => p.code)).toContain('anchor-text-differs');
  });
  it('flags a right target shown as another address', () => {
    const r = checkLink(html(anchor(E, 'https://contoso.example/')), E, 'html');
    expect(r).toMatchObject({ status: 'altered', problems: [{ code: 'anchor-text-differs' }] });
  });
  it('flags a right target showing a changed invitation link, naming the part', () => {
    const r = checkLink(html(anchor(E, L.DIRECT_NO_DAP)), E, 'html');
    expect(r).toMatchObject({ status: 'altered', problems: [{ code: 'anchor-text-differs', part: 'dap' }] });
  });
  it('leaves other anchors alone', () => {
    expect(
      checkLink(html(`${anchor(E)} ${anchor('https://contoso.example/', 'https://www.contoso.example/')}`), E, 'html')
        .status,
    ).toBe('intact');
  });
});

describe('checkLink: broken', () => {
  it('a link wrapped at 76 characters in plain text', () => {
    const body = text(`${E.slice(0, 76)}\n${E.slice(76)}`);
    expect(checkLink(body, E, 'text')).toMatchObject({ status: 'broken', problems: [{ code: 'split' }] });
  });
  it('a link split by spaces and quoted line breaks', () => {
    expect(
      checkLink(text(`${E.slice(0, 60)} ${E.slice(60, 130)}\n> ${E.slice(130)}`), E, 'text').problems[0]?.code,
    ).toBe('split');
  });
  it('a link split by <br> in HTML', () => {
    const body = html(`${esc(E.slice(0, 90))}<br>${esc(E.slice(90))}`);
    expect(checkLink(body, E, 'html')).toMatchObject({ status: 'broken', problems: [{ code: 'split' }] });
  });
  it('a link missing its last letter, then a word starting with that letter, is cut, not split', () => {
    // "…partner-invitatio" + "Next steps": the "N" is the next word's, not the link's end.
    const cut = E.slice(0, -1);
    expect(E.endsWith('n')).toBe(true);
    expect(checkLink(`${cut}\nNext steps`, E, 'text').problems[0]?.code).toBe('truncated');
    expect(checkLink(`${cut} N`, E, 'text').problems[0]?.code).toBe('truncated');
    expect(checkLink(`${cut}\nnext steps`, E, 'text').problems[0]?.code).toBe('truncated');
    // The link's own last letter on the next line is still a split.
    expect(checkLink(`${cut}\nn\nNext steps`, E, 'text').problems[0]?.code).toBe('split');
    expect(checkLink(`${cut}\nn.`, E, 'text').problems[0]?.code).toBe('split');
  });
  it('a truncated link names the part that is cut', () => {
    const cut = E.indexOf('msppId') + 3;
    expect(checkLink(text(E.slice(0, cut)), E, 'text')).toMatchObject({
      status: 'broken',
      problems: [{ code: 'truncated', part: 'msppId' }],
    });
  });
  it('the fragment cut off', () => {
    expect(checkLink(text(E.split('#')[0] ?? ''), E, 'text')).toMatchObject({
      status: 'broken',
      problems: [{ code: 'truncated', part: 'fragment' }],
    });
  });
  it('a truncated GDAP link names the relationship id', () => {
    expect(checkLink(text(L.GDAP_ADMIN.slice(0, -20)), L.GDAP_ADMIN, 'text')).toMatchObject({
      status: 'broken',
      problems: [{ code: 'truncated', part: 'relationshipId' }],
    });
  });
  it('a truncated href', () => {
    expect(checkLink(html(anchor(E.slice(0, 120), 'Accept')), E, 'html')).toMatchObject({
      status: 'broken',
      problems: [{ code: 'truncated' }],
    });
  });
  it('# re-encoded as %23', () => {
    expect(checkLink(text(E.replace('#', '%23')), E, 'text')).toMatchObject({
      status: 'broken',
      problems: [{ code: 'encoded-hash', part: 'fragment' }],
    });
    expect(checkLink(html(anchor(E.replace('#', '%23'), 'Accept')), E, 'html').status).toBe('broken');
  });
  it('&amp; leaking into a plain-text body', () => {
    expect(checkLink(text(esc(E)), E, 'text')).toMatchObject({
      status: 'broken',
      problems: [{ code: 'html-escaped' }],
    });
  });
  it('a zero-width space inside the link', () => {
    expect(checkLink(text(`${E.slice(0, 100)}\u200b${E.slice(100)}`), E, 'text').status).toBe('broken');
  });
});

describe('checkLink: conflict', () => {
  it('two different invitation links', () => {
    const r = checkLink(text(`${E}\n\n${L.INDIRECT}`), E, 'text');
    expect(r.status).toBe('conflict');
    expect(r.problems[0]).toMatchObject({ code: 'conflict' });
  });
  it('the same link twice is fine', () => {
    expect(checkLink(text(`${E}\n\n${L.DIRECT_DAP_TITLE_CASE}`), E, 'text').status).toBe('intact');
  });
  it('a reseller and a GDAP link in HTML', () => {
    expect(checkLink(html(`${anchor(E)}<br>${anchor(L.GDAP_ADMIN)}`), E, 'html').status).toBe('conflict');
  });
});

describe('restoreLink', () => {
  it('leaves an intact body untouched', () => {
    const body = html(anchor(E));
    expect(restoreLink(body, E, 'html')).toBe(body);
  });
  it('repairs in place, keeping the rest of the text', () => {
    const body = text(`${E.slice(0, 76)}\n${E.slice(76)}`);
    expect(restoreLink(body, E, 'text')).toBe(text(E));
    expect(restoreLink(text(L.DIRECT_NO_DAP), E, 'text')).toBe(text(E));
    expect(restoreLink(text(E.replace('#', '%23')), E, 'text')).toBe(text(E));
  });
  it('repairs a cut link without eating the next word', () => {
    expect(restoreLink(`${E.slice(0, -1)}\nNext steps`, E, 'text')).toBe(`${E}\nNext steps`);
  });
  it('keeps text glued to the link, separated by a space', () => {
    expect(restoreLink(`Accept: ${E}Thanks`, E, 'text')).toBe(`Accept: ${E} Thanks`);
  });
  it('appends a missing link on its own line', () => {
    expect(restoreLink('Hello', E, 'text')).toBe(`Hello\n${E}\n`);
  });
  it('repairs an anchor target and keeps the billing link', () => {
    const fixed = restoreLink(html(anchor(L.DIRECT_NO_DAP, 'Accept')), E, 'html');
    expect(fixed).toBe(html(anchor(E, 'Accept')));
    expect(checkLink(fixed, E, 'html').status).toBe('intact');
  });
  it('fixes the visible text of an anchor that points right', () => {
    expect(restoreLink(html(anchor(E, 'https://contoso.example/')), E, 'html')).toBe(html(anchor(E)));
  });
  it('adds a paragraph with the link before </body> when missing', () => {
    const fixed = restoreLink(html('nothing here'), E, 'html');
    expect(fixed).toContain(`<p>${anchor(E)}</p></body>`);
    expect(checkLink(fixed, E, 'html').status).toBe('intact');
  });
  it('closes an unterminated comment or script so the appended link is visible', () => {
    for (const body of ['<p>Hi</p><!-- draft', '<p>Hi</p><script>var a', '<p title="x']) {
      const fixed = restoreLink(body, E, 'html');
      expect(fixed.startsWith(body)).toBe(true);
      expect(checkLink(fixed, E, 'html').status).toBe('intact');
    }
  });
  it('resolves a conflict', () => {
    expect(checkLink(restoreLink(text(`${E}\n${L.INDIRECT}`), E, 'text'), E, 'text').status).toBe('intact');
  });
});

describe('quoted earlier messages', () => {
  const other = L.DIRECT_DAP.replace(L.PARTNER_TENANT, '11111111-2222-4333-8444-555555555555');
  const reply = (mine: string) =>
    `<p>Dear Contoso,</p><p>${mine}</p><p>Best regards</p><div class="gmail_quote"><div class="gmail_attr">On Monday Fabrikam wrote:</div><blockquote class="gmail_quote"><p>${anchor(other)}</p></blockquote></div>`;
  it('an older invitation in the quoted thread is no conflict', () => {
    expect(checkLink(reply(anchor(E)), E, 'html')).toEqual({ status: 'intact', problems: [] });
    expect(
      checkLink(`<p>${anchor(E)}</p><blockquote type="cite">${anchor(other)}</blockquote>`, E, 'html').status,
    ).toBe('intact');
    const owa = `<div>${anchor(E)}</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> x</div><div>${anchor(other)}</div>`;
    expect(checkLink(owa, E, 'html').status).toBe('intact');
  });
  it('restore never rewrites the quote, and a missing link goes above it', () => {
    const body = reply('Please open the link below.');
    expect(checkLink(body, E, 'html').status).toBe('missing');
    const fixed = restoreLink(body, E, 'html');
    expect(checkLink(fixed, E, 'html').status).toBe('intact');
    expect(fixed).toContain(anchor(other));
    expect(fixed.indexOf(esc(E))).toBeLessThan(fixed.indexOf('gmail_quote'));
  });
});

describe('quoted earlier messages in plain text ("> " lines)', () => {
  const other = L.DIRECT_DAP.replace(L.PARTNER_TENANT, '11111111-2222-4333-8444-555555555555');
  const quoted = (link: string) =>
    `On Monday, 2 November 2026, Anna Rossi wrote:\n> Dear Contoso,\n> please accept:\n> ${link}\n> Thanks`;
  const reply = (mine: string, link = other) => `Dear Contoso,\n\n${mine}\n\nThanks\n\n${quoted(link)}\n`;

  it('an older invitation in the quoted thread is no conflict', () => {
    expect(checkLink(reply(E), E, 'text')).toEqual({ status: 'intact', problems: [] });
  });
  it('a quoted copy re-wrapped with "> " is not a broken link of the partner', () => {
    const wrapped = `${E.slice(0, 70)}\n> ${E.slice(70)}`;
    const body = reply(E, wrapped);
    expect(checkLink(body, E, 'text').status).toBe('intact');
    expect(restoreLink(body, E, 'text')).toBe(body);
  });
  it('the link deleted from the reply is missing, though the quote still holds it', () => {
    const body = reply('Please open the link below.', E);
    expect(checkLink(body, E, 'text').status).toBe('missing');
    const fixed = restoreLink(body, E, 'text');
    expect(checkLink(fixed, E, 'text').status).toBe('intact');
    // Above the attribution line; the quote is left exactly as it was.
    expect(fixed.indexOf(E)).toBeLessThan(fixed.indexOf('On Monday'));
    expect(fixed.endsWith(`${quoted(E)}\n`)).toBe(true);
  });
  it("Outlook's plain-text reply header: the earlier message below it is not read or rewritten", () => {
    const header = `${'_'.repeat(32)}\nFrom: Anna Rossi <anna@contoso.it>\nSent: Monday, 2 November 2026 10:00\n\n`;
    const reply = (mine: string, theirs: string) =>
      `Dear Contoso,\n\n${mine}\n\nThanks\n\n${header}Please accept:\n${theirs}\n`;
    expect(checkLink(reply(E, other), E, 'text')).toEqual({ status: 'intact', problems: [] });
    const body = reply('Please open the link below.', E);
    expect(checkLink(body, E, 'text').status).toBe('missing');
    const fixed = restoreLink(body, E, 'text');
    expect(fixed.indexOf(E)).toBeLessThan(fixed.indexOf('____'));
    expect(fixed.slice(fixed.indexOf('____'))).toBe(body.slice(body.indexOf('____')));
  });
  it("the partner's own heading or signature rule is not a quote", () => {
    const heading = `Dear Contoso,\n\nplease accept.\n\n----- How to accept -----\nLink: ${E}\n\nKind regards`;
    expect(checkLink(heading, E, 'text').status).toBe('intact');
    expect(checkLink(heading.replace(E, other), E, 'text').status).toBe('altered');
    const signature = `Regards\n${'_'.repeat(30)}\nMario Rossi | Tel: +39 02 1234\nAccept: ${E}`;
    expect(checkLink(signature, E, 'text').status).toBe('intact');
  });
  it('a reply written below the quote gets its link back at its former place', () => {
    const own = `Dear Contoso,\n\nTo accept, open the link below and sign in.\n\n${E}\n\nKind regards`;
    const body = `On Monday, Anna wrote:\n> Could you send the link again?\n\n${own}`;
    const place = linkPlace(body, E, 'text');
    const deleted = body.replace(`${E}\n`, '');
    expect(checkLink(deleted, E, 'text').status).toBe('missing');
    const fixed = restoreLink(deleted, E, 'text', { place });
    expect(fixed.indexOf(E)).toBeGreaterThan(fixed.indexOf('sign in.'));
    expect(fixed.indexOf(E)).toBeLessThan(fixed.indexOf('Kind regards'));
    expect(fixed.startsWith('On Monday, Anna wrote:\n> Could you send the link again?\n\nDear Contoso,')).toBe(true);
  });
  it('a former place found only in the quote is not used', () => {
    const sent = text(E);
    const place = linkPlace(sent, E, 'text');
    // The partner deleted the link and the words around it; the same template is quoted below.
    const body = `Dear Contoso,\n\nA reminder.\n\nOn Monday you wrote:\n${sent.replace(/^/gm, '> ')}\n`;
    const fixed = restoreLink(body, E, 'text', { place });
    expect(fixed.indexOf(E)).toBeLessThan(fixed.indexOf('On Monday'));
    expect(fixed.slice(fixed.indexOf('On Monday'))).toBe(body.slice(body.indexOf('On Monday')));
  });
});

describe('several expected links', () => {
  it('a copy of another expected link is neither a conflict nor restored over', () => {
    const body = html(`${anchor(E)}<br>${anchor(L.GDAP_ADMIN)}`);
    expect(checkLink(body, E, 'html').status).toBe('conflict');
    expect(checkLink(body, E, 'html', { others: [L.GDAP_ADMIN] })).toEqual({ status: 'intact', problems: [] });
    expect(checkLink(body, L.GDAP_ADMIN, 'html', { others: [E] })).toEqual({ status: 'intact', problems: [] });
  });
  it('a damaged copy of the other link is that link’s problem, and each is restored on its own', () => {
    const damagedGdap = L.GDAP_ADMIN.replace(L.GDAP_ID.slice(0, 8), '00000000');
    const body = text(`${E}\n${damagedGdap}`);
    expect(checkLink(body, E, 'text', { others: [L.GDAP_ADMIN] }).status).toBe('intact');
    expect(checkLink(body, L.GDAP_ADMIN, 'text', { others: [E] }).status).toBe('altered');
    const fixed = restoreLink(body, L.GDAP_ADMIN, 'text', { others: [E] });
    expect(fixed).toBe(text(`${E}\n${L.GDAP_ADMIN}`));
  });
});

describe('restoring a deleted link at its former place', () => {
  it('text: back on its own line under the sentence that announces it', () => {
    const before = text(E);
    const place = linkPlace(before, E, 'text');
    expect(place).not.toBeNull();
    const deleted = before.replace(E, '');
    expect(restoreLink(deleted, E, 'text', { place })).toBe(before);
    // Without a place it goes to the end, as before.
    expect(restoreLink(deleted, E, 'text').endsWith(`${E}\n`)).toBe(true);
  });
  it('html: back inside the paragraph, after the line break that preceded it', () => {
    const before = `<p>Dear Contoso,</p><p>Open this link as a Global Administrator:<br>${anchor(E)}</p><p>Kind regards,<br>Fabrikam</p>`;
    const place = linkPlace(before, E, 'html');
    const deleted = before.replace(anchor(E), '');
    expect(restoreLink(deleted, E, 'html', { place })).toBe(before);
  });
});
