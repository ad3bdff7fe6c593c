// An invitation inserted into webmail from the popup's draft (menu or shortcut) has left the
// extension: record it as the popup would (same draft id, so the popup's own record of it is
// the same one), and leave a report the popup shows on its next open: recorded, or why not.
import { INSERT_REPORT_KEY } from '../platform/session-keys';
import browser from '../platform/browser';
import type { Draft } from '../platform/protocol';
import type { InsertReport } from '../core/compose-draft';
import { followUpOnce, recordOnce } from './record';

export async function trackInsertedDraft(draft: Draft, now: number = Date.now()): Promise<InsertReport | null> {
  if (!draft.draftId) return null;
  const plan = draft.record;
  const report: InsertReport = { draftId: draft.draftId, at: now, recorded: null, followUpOf: null, error: null };
  try {
    if (plan?.kind === 'new') {
      await recordOnce(plan.id, plan.invitation);
      report.recorded = 'new';
    } else if (plan?.kind === 'follow-up') {
      await followUpOnce(plan.id, plan.ref);
      report.recorded = 'follow-up';
      report.followUpOf = { id: plan.id, customerName: plan.customerName };
    }
    // No plan: the customer's name or email is missing; the popup asks for them.
  } catch (error) {
    report.error = error instanceof Error ? error.message : String(error);
    console.warn('Partner Invite: the inserted invitation was not recorded', error);
  }
  await browser.storage.session.set({ [INSERT_REPORT_KEY]: report });
  return report;
}
