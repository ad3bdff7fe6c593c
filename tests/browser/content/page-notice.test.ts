// The guard's notice: an open shadow root the page's CSS cannot reach, the right role and
// buttons for each state, placed just below the editor, and gone without a trace on hide().
import { describe, expect, it } from 'vitest';
import { PageNotice } from '../../../src/content/page-notice';
import { mount } from '../dom';
import { guardStrings, noticeBox, noticeButton } from './strings';

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
  it('shows a broken link as an alert with Restore and Dismiss, wired to the callbacks', () => {
    const { notice, calls, strings } = setup();
    notice.show({ mode: 'broken', message: strings.altered });
    const box = noticeBox()!;
    expect(notice.visible).toBe(true);
    expect(box.getAttribute('role')).toBe('alert');
    expect(box.querySelector('strong')!.textContent).toBe(strings.title);
    expect(box.textContent).toContain(strings.altered);
    noticeButton(strings.restore)!.click();
    noticeButton(strings.dismiss)!.click();
    expect(calls).toEqual(['restore', 'dismiss']);
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
    expect(document.querySelectorAll('[data-partner-invite="link-notice"]')).toHaveLength(1);
    notice.hide();
    expect(notice.visible).toBe(false);
    expect(document.querySelector('[data-partner-invite]')).toBeNull();
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
