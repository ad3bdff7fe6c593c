import { describe, expect, it } from 'vitest';
import {
  emptyDraft,
  followUpTarget,
  handedOff,
  readDraft,
  readInsertReport,
  recordFailed,
  recorded,
  recordPlan,
  resendDraft,
  withCustomer,
  withInsertReport,
  type ComposeDraft,
  type SendContext,
} from '../../../src/core/compose-draft';
import type { Duplicate } from '../../../src/core/duplicates';
import { makeInvitation } from '../../support/invitations';
import { GDAP_ADMIN } from '../../fixtures/links';

const LINK = makeInvitation().link;
const ctx: SendContext = { cloud: 'public', dap: true, link: LINK, gdapLink: '', language: 'it' };
const draft = (over: Partial<ComposeDraft> = {}): ComposeDraft => ({
  ...emptyDraft('draft-1', false),
  customerName: ' Contoso Ltd ',
  customerEmail: ' admin@contoso.com ',
  customerDomain: 'Contoso.com',
  customerCountry: 'IT',
  subject: 'Invito',
  text: `Gentile Contoso, ${LINK}`,
  link: LINK,
  ...over,
});
const dup = (id: string, reason: Duplicate['reason'] = 'email'): Duplicate => ({
  id,
  customerName: `Pending ${id}`,
  customerEmail: 'admin@contoso.com',
  customerDomain: 'contoso.com',
  createdAt: 1,
  followUps: 0,
  reason,
});

describe('recordPlan', () => {
  it('a new invitation under the draft id, with the email as shown and the context it was sent in', () => {
    expect(recordPlan(draft(), ctx, [])).toEqual({
      kind: 'new',
      id: 'draft-1',
      invitation: {
        customerName: 'Contoso Ltd',
        customerEmail: 'admin@contoso.com',
        customerDomain: 'contoso.com',
        customerCountry: 'IT',
        cloud: 'public',
        dap: true,
        kind: 'reseller',
        link: LINK,
        language: 'it',
        subject: 'Invito',
        body: `Gentile Contoso, ${LINK}`,
      },
    });
  });

  it('nothing while the customer cannot be recorded, or there is no link', () => {
    expect(recordPlan(draft({ customerEmail: 'admin@contoso' }), ctx, [])).toBeNull();
    expect(recordPlan(draft({ customerName: ' ' }), ctx, [])).toBeNull();
    expect(recordPlan(draft(), { ...ctx, link: '' }, [])).toBeNull();
  });

  it('a follow-up to the chosen invitation, else to the first pending duplicate not set aside, tagged with the draft id', () => {
    expect(recordPlan(draft(), ctx, [dup('p1'), dup('p2', 'domain')])).toEqual({
      kind: 'follow-up',
      id: 'p1',
      ref: 'draft-1',
      customerName: 'Pending p1',
    });
    expect(followUpTarget(draft({ newBeside: ['p1'] }), [dup('p1'), dup('p2', 'domain')])).toEqual({
      id: 'p2',
      customerName: 'Pending p2',
    });
    expect(recordPlan(draft({ newBeside: ['p1', 'p2'] }), ctx, [dup('p1'), dup('p2')])?.kind).toBe('new');
    const chosen = draft({ followUpOf: { id: 'old', customerName: 'Old' } });
    expect(recordPlan(chosen, ctx, [dup('p1')])).toMatchObject({ kind: 'follow-up', id: 'old', ref: 'draft-1' });
  });
});

describe('the tracking loop', () => {
  it('left the extension, then confirmed: a follow-up keeps its target for every later record', () => {
    const sent = handedOff(draft(), 'copy', 100);
    expect(sent.sent).toEqual({ via: 'copy', at: 100, recorded: null, error: null });
    const failed = recordFailed(sent, 'The extension did not answer.');
    expect(failed.sent?.error).toBe('The extension did not answer.');
    const done = recorded(failed, { kind: 'follow-up', id: 'p1', ref: 'draft-1', customerName: 'Pending p1' });
    expect(done.sent).toEqual({ via: 'copy', at: 100, recorded: 'follow-up', error: null });
    expect(done.followUpOf).toEqual({ id: 'p1', customerName: 'Pending p1' });
    // Copied again: still confirmed until a new record says otherwise.
    expect(handedOff(done, 'mail', 200).sent).toEqual({ via: 'mail', at: 200, recorded: 'follow-up', error: null });
  });

  it("takes the worker's report of an insertion of this draft, newer than what it knows", () => {
    const report = { draftId: 'draft-1', at: 300, recorded: 'new' as const, followUpOf: null, error: null };
    expect(withInsertReport(draft(), report).sent).toEqual({ via: 'insert', at: 300, recorded: 'new', error: null });
    expect(withInsertReport(draft(), { ...report, draftId: 'other' })).toEqual(draft());
    const later = handedOff(draft(), 'copy', 400);
    expect(withInsertReport(later, report)).toBe(later);
    expect(withInsertReport(draft(), null)).toEqual(draft());
  });

  it('reads stored reports and drafts field by field', () => {
    expect(
      readInsertReport({ draftId: 'd', at: 5, recorded: 'follow-up', followUpOf: { id: 'p', customerName: 'P' } }),
    ).toEqual({
      draftId: 'd',
      at: 5,
      recorded: 'follow-up',
      followUpOf: { id: 'p', customerName: 'P' },
      error: null,
    });
    expect(readInsertReport({ draftId: 5 })).toBeNull();
    const stored = handedOff(draft(), 'insert', 9);
    expect(readDraft(JSON.parse(JSON.stringify(stored)), () => 'new-id')).toEqual(stored);
    expect(readDraft({ ...stored, text: 5 }, () => 'new-id')).toBeNull();
    expect(readDraft(null, () => 'new-id')).toBeNull();
  });

  it("reads the previous release's draft: a new id, and its Resend kept as the follow-up", () => {
    const { id: _id, followUpOf: _f, newBeside: _n, sent: _s, ...old } = draft();
    expect(readDraft({ ...old, resendOf: 'inv-9' }, () => 'new-id')).toMatchObject({
      id: 'new-id',
      followUpOf: { id: 'inv-9', customerName: ' Contoso Ltd ' },
      sent: null,
      newBeside: [],
    });
  });
});

describe('customer changes and Resend', () => {
  it('the domain follows the email until one is typed; another customer drops the duplicate choice', () => {
    const id = () => 'new-id';
    const start = { ...emptyDraft('d', false), newBeside: ['p1'] };
    const typed = withCustomer(start, { customerEmail: 'anna@Contoso.IT' }, id);
    expect(typed).toMatchObject({ id: 'd', customerDomain: 'contoso.it', newBeside: [] });
    const own = withCustomer(typed, { customerDomain: 'contoso.com', domainTouched: true }, id);
    expect(withCustomer(own, { customerEmail: 'x@fabrikam.com' }, id).customerDomain).toBe('contoso.com');
    const cleared = withCustomer(own, { customerDomain: '' }, id);
    expect(cleared.domainTouched).toBe(false);
    expect(withCustomer(cleared, { customerName: 'Contoso' }, id).newBeside).toEqual([]);
  });

  it('another address after the email left the extension is another invitation; a corrected name is not', () => {
    const id = () => 'next-id';
    const sent = recorded(handedOff(draft({ followUpOf: { id: 'p1', customerName: 'P' } }), 'copy', 1), {
      kind: 'follow-up',
      id: 'p1',
      ref: 'draft-1',
      customerName: 'P',
    });
    expect(withCustomer(sent, { customerName: 'Contoso S.p.A.' }, id)).toMatchObject({
      id: 'draft-1',
      sent: { recorded: 'follow-up' },
    });
    expect(withCustomer(sent, { customerEmail: ' ADMIN@contoso.com' }, id).id).toBe('draft-1');
    expect(withCustomer(sent, { customerEmail: 'it@fabrikam.com' }, id)).toMatchObject({
      id: 'next-id',
      sent: null,
      followUpOf: null,
      customerEmail: 'it@fabrikam.com',
    });
  });

  it('Resend: the email as last sent, a follow-up to it', () => {
    const inv = makeInvitation({ id: 'p7', customerName: 'Coho', language: 'it', dap: true, body: 'Ciao' });
    expect(resendDraft('d2', inv, Date.now())).toMatchObject({
      id: 'd2',
      customerName: 'Coho',
      language: 'it',
      dap: true,
      text: 'Ciao',
      link: inv.link,
      followUpOf: { id: 'p7', customerName: 'Coho' },
      sent: null,
    });
  });

  it('Resend carries a GDAP request that still waits, and not one that was approved or expired', () => {
    const now = Date.now();
    const gdap = { link: GDAP_ADMIN, status: 'pending' as const, expiresAt: now + 86_400_000, history: [] };
    const waiting = makeInvitation({ id: 'p8', gdap });
    expect(resendDraft('d3', waiting, now)).toMatchObject({ gdapInput: GDAP_ADMIN, gdapLink: GDAP_ADMIN });
    const approved = makeInvitation({ id: 'p9', gdap: { ...gdap, status: 'accepted' } });
    expect(resendDraft('d4', approved, now)).toMatchObject({ gdapInput: '', gdapLink: '' });
    expect(resendDraft('d5', waiting, gdap.expiresAt)).toMatchObject({ gdapInput: '' });
  });

  it('a new record carries the GDAP link the email carries', () => {
    const plan = recordPlan(draft(), { ...ctx, gdapLink: GDAP_ADMIN }, []);
    expect(plan).toMatchObject({ kind: 'new', invitation: { link: LINK, gdapLink: GDAP_ADMIN } });
    expect(recordPlan(draft(), ctx, [])).not.toHaveProperty('invitation.gdapLink');
  });
});
