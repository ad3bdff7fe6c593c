// The guard's notice: a closed shadow root on an unmarked host that the page can neither read nor
// press nor restyle, the right role and buttons for each state, placed just below the editor,
// and gone without a trace on hide().
import { describe, expect, it } from 'vitest';
import { PageNotice } from '../../../src/content/page-notice';
import { mount } from '../dom';
import { noticeBox, noticeButton, pressNotice } from './strings';
import { guardStrings } from '../../../src/content/guard-strings';

function setup() {
  const box = mount('<textarea style="display:block; width: 300px; height: 80px; margin-top: 20px"></textarea>');
  const anchor = box.firstElementChild as HTMLElement;
  const calls: string[] = [];
  const notice = new PageNotice(
    anchor,
    guardStrings(),
    () => calls.push('restore'),
    () => calls.push('dismiss'),
  );
  return { anchor, notice, calls, strings: guardStrings() };
}

describe('PageNotice', () => {
  it('shows a broken link as an alert with Restore and Dismiss, wired to the callbacks', async () => {
    const { notice, calls, strings } = setup();
    notice.show({ mode: 'broken', message: strings.altered });
    const box = noticeBox()!;
    expect(notice.visible).toBe(true);
    expect(box.getAttribute('role')).toBe('alert');
    expect(box.querySelector('strong')!.textContent).toBe(strings.title);
    expect(box.textContent).toContain(strings.altered);
    // A script's click does nothing; the user's does.
    noticeButton(strings.restore)!.click();
    expect(calls).toEqual([]);
    await pressNotice(strings.restore);
    await pressNotice(strings.dismiss);
    expect(calls).toEqual(['restore', 'dismiss']);
    notice.hide();
  });

  it('gives the page nothing to find: a closed shadow root on a host with a random name and no attributes', () => {
    const { notice, strings } = setup();
    notice.show({ mode: 'broken', message: strings.altered });
    const host =
      noticeBox()!.getRootNode() instanceof ShadowRoot ? (noticeBox()!.getRootNode() as ShadowRoot).host : null;
    expect(host?.shadowRoot).toBeNull();
    expect(host?.attributes.length).toBe(0);
    expect(host?.tagName).toMatch(/^[A-Z]{6}-[A-Z]{6}$/);
    expect(document.documentElement.innerText).not.toContain(strings.altered);
    const first = host?.tagName;
    notice.hide();
    notice.show({ mode: 'broken', message: strings.altered });
    expect((noticeBox()!.getRootNode() as ShadowRoot).host.tagName).not.toBe(first);
    notice.hide();
  });

  it('says to reload when stale, and an info notice is a status: neither offers Restore', () => {
    const { notice, strings } = setup();
    notice.show({ mode: 'stale' });
    expect(noticeBox()!.getAttribute('role')).toBe('status');
    expect(noticeBox()!.textContent).toContain(strings.reload);
    expect(noticeButton(strings.restore)).toBeUndefined();
    notice.show({ mode: 'info', message: 'Click in the message first.' });
    expect(noticeBox()!.textContent).toContain('Click in the message first.');
    const host = (noticeBox()!.getRootNode() as ShadowRoot).host;
    notice.hide();
    expect(notice.visible).toBe(false);
    expect(host.isConnected).toBe(false);
    expect(noticeBox()).toBeNull();
  });

  it('sits just below the editor, and page CSS does not restyle it', () => {
    const style = document.createElement('style');
    style.textContent = 'button { display: none !important; } .box { background: red !important; }';
    document.head.append(style);
    const { anchor, notice, strings } = setup();
    notice.show({ mode: 'broken', message: strings.missing });
    const box = noticeBox()!;
    expect(getComputedStyle(noticeButton(strings.restore)!).display).not.toBe('none');
    expect(getComputedStyle(box).backgroundColor).not.toBe('rgb(255, 0, 0)');
    expect(getComputedStyle(box).position).toBe('fixed');
    const editor = anchor.getBoundingClientRect();
    expect(parseFloat(box.style.top)).toBeCloseTo(editor.bottom + 6, 0);
    expect(parseFloat(box.style.left)).toBeCloseTo(editor.left + 8, 0);
    notice.hide();
    style.remove();
  });
});
