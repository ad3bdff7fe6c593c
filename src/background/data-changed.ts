// After every write: tell open pages to re-read, and recount the badge.
import { announceInvitationsChanged, type InviteDatabase } from '../platform/db';
import { updateBadge } from './badge';

export async function dataChanged(db: InviteDatabase, now: number = Date.now()): Promise<number> {
  announceInvitationsChanged(now);
  return updateBadge(db, now);
}
