// The guard on real editors: it reports the link's state as the partner edits, shows the
// notice when the link is damaged, Restore repairs it in place (as one undo step in a text
// field), and it stops when the editor leaves or the extension goes away.
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { LinkGuard, canGuard, type GuardStatus } from '../../../src/content/link-guard';
import { contentEditableAdapter } from '../../../src/content/editors/contenteditable';
import { textFieldAdapter } from '../../../src/content/editors/textarea';
import { BILLING_PROFILE, DIRECT_NO_DAP, OTHER_TENANT, PARTNER_TENANT } from '../../fixtures/links';
import { mount } from '../dom';
import { noticeBox, noticeButton, pressNotice } from './strings';
import { guardStrings } from '../../../src/content/guard-strings';

const LINK = DIRECT_NO_DAP;
const ALTERED = LINK.replace(PARTNER_TENANT, OTHER_TENANT);
const strings = guardStrings();

function watch(adapter: ConstructorParameters<typeof LinkGuard>[0]) {
  const reports: GuardStatus[] = [];
  let fail: Error | null = null;
  const guard = new LinkGuard(adapter, [LINK], strings, async (_editor, status) => {
    if (fail) throw fail;
    reports.push(status);
  });
  return {
    guard,
    reports,
    last: () => reports.at(-1),
    failWith: (error: Error) => (fail = error),
  };
}

async function until(check: () => void): Promise<void> {
  const { vi } = await import('vitest');
  await vi.waitFor(check, { timeout: 3_000, interval: 20 });
}

describe('canGuard', () => {
  it('guards invitation links only', () => {
    expect(canGuard(LINK)).toBe(true);
    expect(canGuard(BILLING_PROFILE)).toBe(false);
    expect(canGuard('https://example.com/')).toBe(false);
  });
});

describe('LinkGuard on a contenteditable', () => {
  function editor() {
    const root = mount(
      `<div contenteditable="true"><p>Dear Contoso,</p><p><a href="${LINK}">${LINK}</a></p><blockquote>old</blockquote></div>`,
    ).firstElementChild as HTMLElement;
    return contentEditableAdapter(root);
  }

  it('reports intact first, then a damaged link with the notice; Restore puts the link back', async () => {
    const adapter = editor();
    const g = watch(adapter);
    await until(() => expect(g.reports).toEqual(['intact']));
    expect(noticeBox()).toBeNull();

    // Another tenant in both the text and the href: an altered link.
    const a = adapter.root.querySelector('a')!;
    a.setAttribute('href', ALTERED);
    a.textContent = ALTERED;
    await until(() => expect(g.last()).toBe('altered'));
    expect(noticeBox()!.textContent).toContain(strings.altered);
    await pressNotice(strings.restore);
    // Replaced through the editor's input (execCommand here): one anchor, the link as its text.
    await until(() => expect(g.last()).toBe('intact'));
    const anchors = () => Array.from(adapter.root.querySelectorAll('a'));
    expect(anchors().map((x) => [x.getAttribute('href'), x.textContent])).toEqual([[LINK, LINK]]);
    expect(noticeBox()).toBeNull();

    // The link's text still shows the link but the anchor opens something else: a conflict.
    anchors()[0]!.setAttribute('href', ALTERED);
    await until(() => expect(g.last()).toBe('conflict'));
    expect(noticeBox()!.textContent).toContain(strings.conflict);
    await pressNotice(strings.restore);
    await until(() => expect(g.last()).toBe('intact'));
    expect(anchors().map((x) => x.getAttribute('href'))).toEqual([LINK]);
    expect(g.reports).toEqual(['intact', 'altered', 'intact', 'conflict', 'intact']);
    g.guard.stop();
  });

  it('a link removed altogether comes back at its former place, under the line before it, above the quote', async () => {
    const adapter = editor();
    const g = watch(adapter);
    await until(() => expect(g.last()).toBe('intact'));
    adapter.root.querySelector('a')!.parentElement!.remove();
    await until(() => expect(g.last()).toBe('missing'));
    await pressNotice(strings.restore);
    await until(() => expect(g.last()).toBe('intact'));
    expect(adapter.root.querySelector('blockquote')!.textContent).toBe('old');
    const lines = adapter.root.innerText.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toEqual(['Dear Contoso,', LINK, 'old']);
    expect(Array.from(adapter.root.querySelectorAll('a'), (a) => a.getAttribute('href'))).toEqual([LINK]);
    g.guard.stop();
  });

  it('Dismiss hides the notice until the state changes again', async () => {
    const adapter = editor();
    const g = watch(adapter);
    await until(() => expect(g.last()).toBe('intact'));
    const a = adapter.root.querySelector('a')!;
    a.setAttribute('href', ALTERED);
    await until(() => expect(noticeBox()).not.toBeNull());
    await pressNotice(strings.dismiss);
    expect(noticeBox()).toBeNull();
    a.append(' '); // another edit, same state: stays dismissed
    await new Promise((r) => setTimeout(r, 400));
    expect(noticeBox()).toBeNull();
    a.parentElement!.remove();
    await until(() => expect(g.last()).toBe('missing'));
    expect(noticeBox()).not.toBeNull();
    g.guard.stop();
  });

  it('stops and reports gone when the editor leaves the page', async () => {
    const adapter = editor();
    const g = watch(adapter);
    await until(() => expect(g.last()).toBe('intact'));
    adapter.root.remove();
    await until(() => expect(g.last()).toBe('gone'));
    expect(g.guard.current).toBe('gone');
  });

  it('after an extension update it stops watching and asks for a reload', async () => {
    const adapter = editor();
    const g = watch(adapter);
    await until(() => expect(g.last()).toBe('intact'));
    g.failWith(new Error('Extension context invalidated.'));
    adapter.root.querySelector('a')!.setAttribute('href', ALTERED);
    await until(() => expect(noticeBox()?.textContent).toContain(strings.reload));
    expect(noticeButton(strings.restore)).toBeUndefined();
    g.guard.stop();
  });
});

describe('LinkGuard on a textarea', () => {
  it('follows typing; Restore repairs only the damaged part, as one undoable edit', async () => {
    const ta = mount(`<textarea>Dear Contoso,\n\n${LINK}\n\nRegards</textarea>`)
      .firstElementChild as HTMLTextAreaElement;
    const g = watch(textFieldAdapter(ta));
    await until(() => expect(g.last()).toBe('intact'));

    // The partner cuts the last character of the tenant GUID from the link.
    const at = ta.value.indexOf(PARTNER_TENANT) + PARTNER_TENANT.length;
    ta.focus();
    ta.setSelectionRange(at, at);
    await userEvent.keyboard('{Backspace}');
    await until(() => expect(['broken', 'altered']).toContain(g.last()));
    const damaged = ta.value;

    await pressNotice(strings.restore);
    await until(() => expect(g.last()).toBe('intact'));
    expect(ta.value).toBe(`Dear Contoso,\n\n${LINK}\n\nRegards`);
    ta.focus();
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(ta.value).toBe(damaged);
    g.guard.stop();
  });
});
