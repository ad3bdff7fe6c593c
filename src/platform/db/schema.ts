// The IndexedDB schema (version 3) and the mapping between an Invitation and its stored row.
// Stored rows carry three derived fields that exist only to be indexed. Rows an upgrade could
// not turn into valid invitations are kept as they were in the `quarantine` store.
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Invitation } from '../../core/invitation';
import { pendingGdapExpiry } from '../../core/gdap-expiry';
import { searchTerms } from '../../core/search-terms';

export const DB_NAME = 'partner-invite';
export const DB_VERSION = 3;
export const STORE = 'invitations';
export const QUARANTINE = 'quarantine';

/** A stored row an upgrade could not make valid: kept raw, listed in the options page, in every backup. */
export type QuarantinedRow = {
  /** `<fromVersion>:<id>`: the same row quarantined again replaces its entry. */
  key: string;
  /** The row's own id, as text. */
  id: string;
  /** The database version the row was written in, and the one it could not reach. */
  fromVersion: number;
  toVersion: number;
  /** Why: the first problem found ("status: Invalid option…"). */
  reason: string;
  /** When it was quarantined (ms epoch). */
  at: number;
  /** The row exactly as it was stored. */
  row: unknown;
};

export type StoredInvitation = Invitation & {
  /** dueAt, or Infinity when there is none: IndexedDB skips rows whose key is null, and every row must be in the status index. */
  dueKey: number;
  /** searchTerms() of the row; multi-entry index for prefix search. */
  terms: string[];
  /** When the GDAP request it still waits on expires, absent otherwise: a sparse index of what may still expire. */
  pendingExpiry?: number;
};

export interface InviteDB extends DBSchema {
  invitations: {
    key: string;
    value: StoredInvitation;
    indexes: {
      /** [status, dueKey]: due follow-ups and the pending page in due order, counts by key range. */
      'status-dueAt': [string, number];
      updatedAt: number;
      terms: string;
      pendingExpiry: number;
    };
  };
  quarantine: {
    key: string;
    value: QuarantinedRow;
  };
}

export type InviteDatabase = IDBPDatabase<InviteDB>;

export function toStored(inv: Invitation): StoredInvitation {
  const stored: StoredInvitation = { ...inv, dueKey: inv.dueAt ?? Infinity, terms: searchTerms(inv) };
  const expiry = pendingGdapExpiry(inv);
  if (expiry !== null) stored.pendingExpiry = expiry;
  return stored;
}

export function fromStored(row: StoredInvitation): Invitation {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { dueKey, terms, pendingExpiry, ...inv } = row;
  return inv;
}
