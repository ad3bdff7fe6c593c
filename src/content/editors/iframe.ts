// Finds the editable that has focus, walking into open shadow roots and same-origin
// iframes (a rich editor in an iframe, such as TinyMCE's, has focus inside the frame while
// the outer document only sees the <iframe> as active). Cross-origin frames are out of
// reach from here: the service worker injects into the clicked frame directly instead.

function frameDocument(frame: HTMLIFrameElement | HTMLFrameElement): Document | null {
  try {
    return frame.contentDocument; // null, or a SecurityError, when cross-origin
  } catch {
    return null;
  }
}

export function focusedElement(doc: Document): Element | null {
  let el: Element | null = doc.activeElement;
  for (let depth = 0; el && depth < 10; depth++) {
    const shadowActive = el.shadowRoot?.activeElement;
    if (shadowActive) {
      el = shadowActive;
      continue;
    }
    if (el.tagName === 'IFRAME' || el.tagName === 'FRAME') {
      const inner = frameDocument(el as HTMLIFrameElement);
      if (!inner) return null;
      el = inner.activeElement ?? inner.body;
      continue;
    }
    break;
  }
  return el;
}
