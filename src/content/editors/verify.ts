// Editors that handle a paste do so on their own schedule (RoosterJS reads the clipboard
// items asynchronously), so "did it work" means "does an anchor to the link show up soon".

export function hasLinkAnchor(root: ParentNode, link: string): boolean {
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    if (a.getAttribute('href') === link) return true;
  }
  return false;
}

/** Resolves true as soon as `root` holds an anchor to `link`, false after `timeoutMs`. */
export function waitForLinkAnchor(root: HTMLElement, link: string, timeoutMs = 1500): Promise<boolean> {
  if (hasLinkAnchor(root, link)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!hasLinkAnchor(root, link)) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(true);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(hasLinkAnchor(root, link));
    }, timeoutMs);
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['href'] });
  });
}
