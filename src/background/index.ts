// Service worker entry. Every listener is registered synchronously at top level so a
// worker woken by an event finds its handler (MV3 drops events registered later).
import browser from '../platform/browser';

browser.runtime.onInstalled.addListener(() => {
  // Placeholder until the tracker and context-menu issues wire in their listeners.
});
