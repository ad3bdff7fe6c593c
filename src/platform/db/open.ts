// One shared connection per context (page or worker), reopened after the browser or another
// context closes it: a newer version opened elsewhere (extension update) must not be blocked.
import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, type InviteDatabase, type InviteDB } from './schema';
import { upgrade } from './migrations';

const connections = new Map<string, Promise<InviteDatabase>>();

/** Open (and upgrade if needed) the database. `name` is for tests only. */
export function openDb(name: string = DB_NAME): Promise<InviteDatabase> {
  const existing = connections.get(name);
  if (existing) return existing;
  const forget = () => connections.delete(name);
  const opening = openDB<InviteDB>(name, DB_VERSION, {
    upgrade: (db, oldVersion, _newVersion, tx) => {
      // A failed step aborts the whole upgrade: the database stays at its old version, data intact.
      upgrade(db, oldVersion, tx).catch((error: unknown) => {
        console.error('Partner Invite: database upgrade failed', error);
        tx.abort();
      });
    },
    blocked: () => console.warn('Partner Invite: database upgrade waits for another tab to close it'),
    blocking: () => {
      // Another context wants a newer version or to delete it: let it, open again on next use.
      forget();
      void opening.then((db) => db.close());
    },
    terminated: forget,
  });
  opening.catch(forget);
  connections.set(name, opening);
  return opening;
}
