// "Invitations changed" signal from the worker (the only writer) to open pages, so a popup or
// tracker tab re-reads its page of rows. BroadcastChannel reaches every same-origin context of
// the extension, including from the service worker, without a storage write.
export const CHANGES_CHANNEL = 'partner-invite/invitations-changed';

type InvitationsChanged = { type: 'invitations-changed'; at: number };

/** Tell open pages to re-read. Messages posted before close() are still delivered. */
export function announceInvitationsChanged(now: number = Date.now()): void {
  const channel = new BroadcastChannel(CHANGES_CHANNEL);
  channel.postMessage({ type: 'invitations-changed', at: now } satisfies InvitationsChanged);
  channel.close();
}

/** Run `cb` whenever the worker has written invitations. Returns the unsubscribe function. */
export function onInvitationsChanged(cb: () => void): () => void {
  const channel = new BroadcastChannel(CHANGES_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data as Partial<InvitationsChanged> | null;
    if (data?.type === 'invitations-changed') cb();
  };
  return () => channel.close();
}
