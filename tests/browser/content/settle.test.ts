// Reading an editor's result once it has gone quiet: true as soon as the wanted state holds and
// the DOM stops changing, false when it never holds within the time allowed.
import { describe, expect, it } from 'vitest';
import { settled } from '../../../src/content/settle';
import { mount } from '../dom';

describe('settled', () => {
  it('waits for the state and for the DOM to go quiet, even when the editor renders again after it', async () => {
    const box = mount();
    const has = () => box.querySelector('a') !== null;
    const done = settled(box, has, 40, 5_000);
    setTimeout(() => box.append(document.createElement('a')), 20);
    // A re-render after the link appeared, as CKEditor 5 does: still there afterwards.
    setTimeout(() => box.append(document.createElement('span')), 40);
    const start = performance.now();
    expect(await done).toBe(true);
    expect(performance.now() - start).toBeLessThan(2_000);
  });

  it('is false when the state goes away again (an editor dropping what was written into its DOM)', async () => {
    const box = mount();
    const a = document.createElement('a');
    box.append(a);
    const done = settled(box, () => box.contains(a), 40, 300);
    setTimeout(() => a.remove(), 10);
    expect(await done).toBe(false);
  });
});
