// The popup's compose draft and what happened to it: pure data and rules, no browser API.
// One draft is one invitation: its `id` is the id of the record it makes, so recording it
// again (a retry, a second copy, Done after a copy) never makes a second record.
// The tracking loop: an email that leaves the extension (copied, opened in the mail app,
// inserted into webmail) is recorded at once as pending, or as a follow-up when the customer
// is already pending; the draft remembers that it left and whether the record is confirmed,
// so the popup says so on every open until the partner starts the next invitation.
import { checkCustomer, emailDomain } from './customer';
import type { Duplicate } from './duplicates';
import type { CloudId } from './cloud-ids';
import { isLanguage, type Language } from './languages';
import type { Invitation, NewInvitationFields } from './invitation';

export type HandOff = 'copy' | 'mail' | 'insert';

/** A pending invitation the draft is a follow-up to (Resend, or the duplicate warning). */
export type FollowUpTarget = { id: string; customerName: string };

export type Tracking = {
  via: HandOff;
  at: number;
  /** How the worker confirmed the record; null while not confirmed (in flight, failed or incomplete). */
  recorded: 'new' | 'follow-up' | null;
  /** The last failure to record, as shown to the partner; null when there was none. */
  error: string | null;
};

export type ComposeDraft = {
  id: string;
  customerName: string;
  customerEmail: string;
  customerDomain: string;
  /** True once the partner typed a domain, so the email no longer overwrites it. */
  domainTouched: boolean;
  customerCountry: string;
  dap: boolean;
  /** The email's language; null follows the default in settings. */
  language: Language | null;
  subject: string;
  text: string;
  renderedSubject: string;
  renderedText: string;
  link: string;
  /** What the partner put in the GDAP link field, as typed ('' for none). */
  gdapInput: string;
  /** The GDAP request link in effect when the draft was last reconciled ('' for none). */
  gdapLink: string;
  override: boolean;
  /** Set by Resend or by the duplicate warning: recording adds a follow-up to this invitation. */
  followUpOf: FollowUpTarget | null;
  /** Pending duplicates the partner chose to keep apart: this draft is a new invitation beside them. */
  newBeside: string[];
  /** Set once the email left the extension. */
  sent: Tracking | null;
};

export function emptyDraft(id: string, dap: boolean): ComposeDraft {
  return {
    id,
    customerName: '',
    customerEmail: '',
    customerDomain: '',
    domainTouched: false,
    customerCountry: '',
    dap,
    language: null,
    subject: '',
    text: '',
    renderedSubject: '',
    renderedText: '',
    link: '',
    gdapInput: '',
    gdapLink: '',
    override: false,
    followUpOf: null,
    newBeside: [],
    sent: null,
  };
}

/**
 * "Resend" from the Pending list: the email as last sent, for the same customer, as a follow-up.
 * A GDAP request still waiting goes with it; an approved or expired one does not.
 */
export function resendDraft(id: string, inv: Invitation, now: number): ComposeDraft {
  const gdap = inv.gdap?.status === 'pending' && inv.gdap.expiresAt > now ? inv.gdap.link : '';
  return {
    ...emptyDraft(id, inv.dap),
    language: inv.language,
    customerName: inv.customerName,
    customerEmail: inv.customerEmail,
    customerDomain: inv.customerDomain,
    domainTouched: true,
    customerCountry: inv.customerCountry,
    subject: inv.subject,
    text: inv.body,
    link: inv.link,
    gdapInput: gdap,
    gdapLink: gdap,
    followUpOf: { id: inv.id, customerName: inv.customerName },
  };
}

const obj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string';
const STRINGS = [
  'customerName',
  'customerEmail',
  'customerDomain',
  'customerCountry',
  'subject',
  'text',
  'renderedSubject',
  'renderedText',
  'link',
] as const;

function readTarget(v: unknown): FollowUpTarget | null {
  return obj(v) && str(v.id) && v.id !== '' && str(v.customerName) ? { id: v.id, customerName: v.customerName } : null;
}

function readTracking(v: unknown): Tracking | null {
  if (!obj(v) || typeof v.at !== 'number') return null;
  if (v.via !== 'copy' && v.via !== 'mail' && v.via !== 'insert') return null;
  const recorded = v.recorded === 'new' || v.recorded === 'follow-up' ? v.recorded : null;
  return { via: v.via, at: v.at, recorded, error: str(v.error) ? v.error : null };
}

/**
 * A stored draft, checked field by field: null when it is not one. A draft saved by the
 * previous release (no id; `resendOf` an id) is read with a new id and its follow-up kept.
 */
export function readDraft(v: unknown, newId: () => string): ComposeDraft | null {
  if (!obj(v) || !STRINGS.every((k) => str(v[k]))) return null;
  if (typeof v.dap !== 'boolean' || typeof v.domainTouched !== 'boolean' || typeof v.override !== 'boolean')
    return null;
  if (v.language !== null && !isLanguage(v.language)) return null;
  const legacy = str(v.resendOf) && v.resendOf !== '' ? { id: v.resendOf, customerName: String(v.customerName) } : null;
  const draft: ComposeDraft = {
    ...emptyDraft(str(v.id) && v.id !== '' ? v.id : newId(), v.dap),
    domainTouched: v.domainTouched,
    language: v.language,
    override: v.override,
    followUpOf: readTarget(v.followUpOf) ?? legacy,
    newBeside: Array.isArray(v.newBeside) ? v.newBeside.filter(str) : [],
    sent: readTracking(v.sent),
  };
  for (const k of STRINGS) draft[k] = v[k] as string;
  // A draft saved before the GDAP field has none.
  draft.gdapInput = str(v.gdapInput) ? v.gdapInput : '';
  draft.gdapLink = str(v.gdapLink) ? v.gdapLink : '';
  return draft;
}

/** What recording the draft does: a new pending record with the draft's id, or a follow-up. */
export type RecordPlan =
  | { kind: 'new'; id: string; invitation: NewInvitationFields }
  | { kind: 'follow-up'; id: string; ref: string; customerName: string };

/** The email's context the draft does not hold itself: from the profile and settings. */
export type SendContext = {
  cloud: CloudId;
  dap: boolean;
  link: string;
  /** The GDAP request the email carries too; '' for none. */
  gdapLink: string;
  language: Language;
};

/** The follow-up target: the one chosen, else the first pending duplicate not set aside. */
export function followUpTarget(draft: ComposeDraft, duplicates: readonly Duplicate[]): FollowUpTarget | null {
  if (draft.followUpOf) return draft.followUpOf;
  const dup = duplicates.find((d) => !draft.newBeside.includes(d.id));
  return dup ? { id: dup.id, customerName: dup.customerName } : null;
}

/** How to record the draft now; null while the customer fields cannot be recorded. */
export function recordPlan(draft: ComposeDraft, ctx: SendContext, duplicates: readonly Duplicate[]): RecordPlan | null {
  if (Object.keys(checkCustomer(draft)).length > 0 || !ctx.link) return null;
  const target = followUpTarget(draft, duplicates);
  if (target) return { kind: 'follow-up', id: target.id, ref: draft.id, customerName: target.customerName };
  return {
    kind: 'new',
    id: draft.id,
    invitation: {
      customerName: draft.customerName.trim(),
      customerEmail: draft.customerEmail.trim(),
      customerDomain: draft.customerDomain.trim().toLowerCase(),
      customerCountry: draft.customerCountry,
      cloud: ctx.cloud,
      dap: ctx.dap,
      kind: 'reseller',
      link: ctx.link,
      ...(ctx.gdapLink ? { gdapLink: ctx.gdapLink } : {}),
      language: ctx.language,
      subject: draft.subject,
      body: draft.text,
    },
  };
}

/** The email left the extension `via`: not confirmed as recorded until recorded() says so. */
export function handedOff(draft: ComposeDraft, via: HandOff, at: number): ComposeDraft {
  return { ...draft, sent: { via, at, recorded: draft.sent?.recorded ?? null, error: null } };
}

/** The worker confirmed the record of `plan`; a follow-up keeps its target, so every later record is the same one. */
export function recorded(draft: ComposeDraft, plan: RecordPlan): ComposeDraft {
  const followUpOf = plan.kind === 'follow-up' ? { id: plan.id, customerName: plan.customerName } : draft.followUpOf;
  return {
    ...draft,
    followUpOf,
    sent: draft.sent ? { ...draft.sent, recorded: plan.kind, error: null } : null,
  };
}

/** Recording failed: the draft keeps saying so (and the popup tries again on the next open). */
export function recordFailed(draft: ComposeDraft, error: string): ComposeDraft {
  return draft.sent ? { ...draft, sent: { ...draft.sent, error } } : draft;
}

/** What the worker did with an insertion of this draft (storage.session, see platform/popup-draft.ts). */
export type InsertReport = {
  draftId: string;
  at: number;
  recorded: 'new' | 'follow-up' | null;
  followUpOf: FollowUpTarget | null;
  error: string | null;
};

/** The draft after an insertion the worker reported, if the report is about this draft and newer. */
export function withInsertReport(draft: ComposeDraft, report: InsertReport | null): ComposeDraft {
  if (!report || report.draftId !== draft.id || (draft.sent && draft.sent.at >= report.at)) return draft;
  return {
    ...draft,
    followUpOf: report.followUpOf ?? draft.followUpOf,
    sent: { via: 'insert', at: report.at, recorded: report.recorded, error: report.error },
  };
}

/** A stored InsertReport, checked; null when it is not one. */
export function readInsertReport(v: unknown): InsertReport | null {
  if (!obj(v) || !str(v.draftId) || typeof v.at !== 'number') return null;
  return {
    draftId: v.draftId,
    at: v.at,
    recorded: v.recorded === 'new' || v.recorded === 'follow-up' ? v.recorded : null,
    followUpOf: readTarget(v.followUpOf),
    error: str(v.error) ? v.error : null,
  };
}

export type CustomerPatch = Partial<
  Pick<ComposeDraft, 'customerName' | 'customerEmail' | 'customerDomain' | 'customerCountry'>
> & { domainTouched?: boolean };

/**
 * A change to the customer fields. The domain follows the email until the partner types one
 * (clearing it makes it follow again). Another address or domain: a choice made about pending
 * duplicates no longer holds. Another address once the email has left the extension: another
 * invitation, with an id of its own (`newId`), so the one already tracked keeps its record.
 */
export function withCustomer(draft: ComposeDraft, patch: CustomerPatch, newId: () => string): ComposeDraft {
  const otherCustomer =
    draft.sent !== null &&
    patch.customerEmail !== undefined &&
    patch.customerEmail.trim().toLowerCase() !== draft.customerEmail.trim().toLowerCase();
  const base: ComposeDraft = otherCustomer ? { ...draft, id: newId(), sent: null, followUpOf: null } : draft;
  const next: ComposeDraft = { ...base, ...patch };
  if (patch.customerEmail !== undefined && !draft.domainTouched) next.customerDomain = emailDomain(patch.customerEmail);
  if (patch.customerDomain !== undefined && patch.customerDomain === '') next.domainTouched = false;
  if (patch.customerEmail !== undefined || patch.customerDomain !== undefined) next.newBeside = [];
  return next;
}
