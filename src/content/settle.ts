// Editors apply a paste on their own schedule (RoosterJS reads clipboard items asynchronously)
// and some re-render right after a change (CKEditor 5 replaces DOM it did not write from its
// model): the result is read only once the editor has gone quiet.

/**
 * Resolves once `root` has had no DOM mutation for `quietMs` after `ready()` became true, or after
 * `timeoutMs` in any case; true when `ready()` held at the end.
 */
export function settled(root: Node, ready: () => boolean, quietMs = 60, timeoutMs = 5000): Promise<boolean> {
  const view = (root.ownerDocument ?? (root as Document)).defaultView ?? window;
  return new Promise((resolve) => {
    let quiet = 0;
    const finish = () => {
      observer.disconnect();
      view.clearTimeout(quiet);
      view.clearTimeout(cap);
      resolve(ready());
    };
    const arm = () => {
      view.clearTimeout(quiet);
      if (ready()) quiet = view.setTimeout(finish, quietMs);
    };
    const observer = new MutationObserver(arm);
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    const cap = view.setTimeout(finish, timeoutMs);
    arm();
  });
}
