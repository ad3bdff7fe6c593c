// The one way e2e tests record invitations: from an extension page, through the real service
// worker, exactly as the popup's "Done" does (an `invitation/record` message). The data comes
// from the shared factory (tests/support/invitations.ts).
import type { Page } from '@playwright/test';
import type { NewInvitation } from '../../src/core/invitation';

type RecordReply = { ok: true; value: { id: string } } | { ok: false; error: string };

/** Records each invitation in order from `page` (an extension page); resolves to their ids, throws on a refusal. */
export function recordInvitations(page: Page, invitations: readonly NewInvitation[]): Promise<string[]> {
  return page.evaluate(async (all) => {
    const ids: string[] = [];
    for (const invitation of all) {
      const reply = await chrome.runtime.sendMessage<unknown, RecordReply>({ type: 'invitation/record', invitation });
      if (!reply?.ok) throw new Error(`invitation/record refused: ${reply ? reply.error : 'no reply'}`);
      ids.push(reply.value.id);
    }
    return ids;
  }, invitations);
}

/** Records one invitation from `page`; resolves to its id. */
export async function recordInvitation(page: Page, invitation: NewInvitation): Promise<string> {
  const [id] = await recordInvitations(page, [invitation]);
  if (!id) throw new Error('invitation/record gave no id');
  return id;
}
