// RoosterJS, the editor library behind Outlook on the web. It keeps a content model and
// its own undo snapshots, so a DOM edit would be invisible to its Ctrl+Z. A synthetic paste
// was the only route that gave a clean single undo step in a real RoosterJS 9 editor
// (docs/insertion.md); its paste handling is asynchronous, so we wait for the anchor to appear.
import { pasteAdapter } from './paste';
import type { EditorAdapter } from './types';

const OUTLOOK_HOSTS = /(^|\.)outlook\.(live|office|office365)\.com$|(^|\.)outlook\.cloud\.microsoft$/;

/**
 * RoosterJS leaves no class on its editing host, so we go by traces it does leave: the
 * inline `user-select: text` its LifecyclePlugin puts on the host it makes editable, the
 * `contentDiv_N` id it gives the host when it styles it, the `<style data-roosterjs-style-key>`
 * elements next to it, Outlook's `elementToProof` blocks, or simply Outlook's own hosts.
 */
export function isRoosterEditor(root: HTMLElement): boolean {
  if (root.style.userSelect === 'text') return true;
  if (/^contentDiv_\d+$/.test(root.id)) return true;
  const doc = root.ownerDocument;
  if (root.parentElement?.querySelector(':scope > style[data-roosterjs-style-key]')) return true;
  if (root.querySelector('.elementToProof')) return true;
  return OUTLOOK_HOSTS.test(doc.location.hostname);
}

export function roosterAdapter(root: HTMLElement): EditorAdapter {
  return pasteAdapter('roosterjs', root);
}
