// "Did it work" for editors that paste on their own schedule: an anchor to exactly the link.
import { describe, expect, it } from 'vitest';
import { hasLinkAnchor, waitForLinkAnchor } from '../../../../src/content/editors/verify';
import { DIRECT_DAP, DIRECT_DAP_TITLE_CASE } from '../../../fixtures/links';
import { mount } from '../../dom';

function anchor(href: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.setAttribute('href', href);
  return a;
}

describe('hasLinkAnchor', () => {
  it('needs an anchor whose href is exactly the link, not its text nor a variant', () => {
    const root = mount();
    root.append(DIRECT_DAP, anchor(DIRECT_DAP_TITLE_CASE));
    expect(hasLinkAnchor(root, DIRECT_DAP)).toBe(false);
    root.append(anchor(DIRECT_DAP));
    expect(hasLinkAnchor(root, DIRECT_DAP)).toBe(true);
  });
});

describe('waitForLinkAnchor', () => {
  it('resolves true as soon as the editor adds the anchor, or when the href is set later', async () => {
    const root = mount();
    const waiting = waitForLinkAnchor(root, DIRECT_DAP, 5_000);
    const a = anchor('about:blank');
    setTimeout(() => root.append(a), 20);
    setTimeout(() => a.setAttribute('href', DIRECT_DAP), 40);
    const started = performance.now();
    expect(await waiting).toBe(true);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('resolves false when no anchor shows up in time', async () => {
    const root = mount();
    root.append(anchor(DIRECT_DAP_TITLE_CASE));
    expect(await waitForLinkAnchor(root, DIRECT_DAP, 50)).toBe(false);
  });
});
