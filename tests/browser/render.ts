// Renders Preact into a fresh container in the test page, unmounted when the test ends.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { onTestFinished } from 'vitest';
import { mount } from './dom';

export function show(ui: ComponentChild): HTMLElement {
  const box = mount();
  // act() flushes effects at once; with a synchronous callback there is nothing to await.
  void act(() => render(ui, box));
  onTestFinished(() => render(null, box));
  return box;
}
