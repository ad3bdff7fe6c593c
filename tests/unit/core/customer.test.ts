import { describe, expect, it } from 'vitest';
import { checkCustomer, emailDomain, isForeignCustomer, isValidEmail } from '../../../src/core/customer';

describe('customer checks', () => {
  it('names each problem and accepts a good customer', () => {
    expect(checkCustomer({ customerName: '  ', customerEmail: '', customerDomain: '' })).toEqual({
      customerName: 'required',
      customerEmail: 'required',
    });
    expect(checkCustomer({ customerName: 'Contoso', customerEmail: 'ann@', customerDomain: 'bad domain' })).toEqual({
      customerEmail: 'invalid',
      customerDomain: 'invalid',
    });
    expect(
      checkCustomer({ customerName: 'x'.repeat(201), customerEmail: 'a@contoso.com', customerDomain: '' }),
    ).toEqual({ customerName: 'tooLong' });
    expect(
      checkCustomer({
        customerName: 'Contoso',
        customerEmail: ' ann.lee@contoso.co.uk ',
        customerDomain: 'Contoso.co.uk',
      }),
    ).toEqual({});
  });

  it('validates emails like the worker does', () => {
    expect(isValidEmail('a.b+c@sub.example.com')).toBe(true);
    for (const bad of ['a@b', 'a b@c.com', '@c.com', 'a@.com', 'a@c..com']) expect(isValidEmail(bad), bad).toBe(false);
  });

  it('guesses the domain from the email only when there is a whole one', () => {
    expect(emailDomain('Ann@Contoso.COM')).toBe('contoso.com');
    expect(emailDomain('ann@contoso')).toBe('');
    expect(emailDomain('ann')).toBe('');
  });

  it('warns only when both countries are known and differ', () => {
    expect(isForeignCustomer('IT', 'FR')).toBe(true);
    expect(isForeignCustomer('IT', 'IT')).toBe(false);
    expect(isForeignCustomer('IT', '')).toBe(false);
  });
});
