// Options page building blocks whose logic needs no extension: the native confirmation dialog,
// the file picker, and the template preview that never turns typed text into markup.
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { useState } from 'preact/hooks';
import { ConfirmDialog } from '../../../src/options/components/ConfirmDialog';
import { FilePicker } from '../../../src/options/components/FilePicker';
import { TemplatePreview } from '../../../src/options/sections/TemplatePreview';
import { DIRECT_DAP } from '../../fixtures/links';
import { show } from '../render';

describe('ConfirmDialog', () => {
  it('opens as a modal, Escape cancels, Confirm confirms', async () => {
    const calls: string[] = [];
    function Asker() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button onClick={() => setOpen(true)}>Delete 3</button>
          <ConfirmDialog
            open={open}
            title="Delete 3 invitations?"
            confirmLabel="Delete"
            cancelLabel="Keep"
            onConfirm={() => {
              calls.push('confirm');
              setOpen(false);
            }}
            onCancel={() => {
              calls.push('cancel');
              setOpen(false);
            }}
          >
            This cannot be undone.
          </ConfirmDialog>
        </>
      );
    }
    show(<Asker />);
    await page.getByRole('button', { name: 'Delete 3' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete 3 invitations?' });
    await expect.element(dialog).toBeVisible();
    expect(document.querySelector('dialog')!.matches(':modal')).toBe(true);
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    expect(calls).toEqual(['cancel']);

    await page.getByRole('button', { name: 'Delete 3' }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    expect(calls).toEqual(['cancel', 'confirm']);
    // The dialog closes from an effect after the re-render.
    await expect.poll(() => document.querySelector('dialog')!.open).toBe(false);
  });
});

describe('FilePicker', () => {
  it('hands over the text and name of the chosen file, and refuses an oversized one unread', async () => {
    const got: string[] = [];
    show(
      <FilePicker
        label="Customer list"
        hint="Customers.csv from Partner Center"
        accept=".csv"
        onText={(text, name) => got.push(`${name}: ${text}`)}
        onError={(message) => got.push(`error: ${message}`)}
        tooLargeText="That file is too large."
      />,
    );
    const input = page.getByLabelText('Customer list');
    await expect.element(input).toHaveAccessibleDescription('Customers.csv from Partner Center');
    await userEvent.upload(
      input,
      new File(['Name,Domain\nContoso,contoso.com'], 'Customers.csv', { type: 'text/csv' }),
    );
    await expect.poll(() => got).toEqual(['Customers.csv: Name,Domain\nContoso,contoso.com']);

    // Too big to hand through the automation channel: chosen in the page instead.
    const files = new DataTransfer();
    files.items.add(new File([new Uint8Array(50 * 1024 * 1024 + 1)], 'huge.csv'));
    const element = input.element() as HTMLInputElement;
    element.files = files.files;
    element.dispatchEvent(new Event('change', { bubbles: true }));
    await expect.poll(() => got.at(-1)).toBe('error: That file is too large.');
  });
});

describe('TemplatePreview', () => {
  it('shows typed markup as text, one paragraph per blank line, the link as the only anchor', async () => {
    show(
      <TemplatePreview
        label="Preview"
        lang="it"
        subject="Invitation"
        links={[DIRECT_DAP]}
        text={`Hello <b>team</b>,\n\nOpen <a href="https://evil.example">this</a>: ${DIRECT_DAP}`}
      />,
    );
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect.element(preview).toBeVisible();
    const region = preview.element();
    expect(Array.from(region.querySelectorAll('p')).map((p) => p.textContent)).toEqual([
      'Hello <b>team</b>,',
      `Open <a href="https://evil.example">this</a>: ${DIRECT_DAP}`,
    ]);
    expect(region.querySelector('b')).toBeNull();
    expect(Array.from(region.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual([DIRECT_DAP]);
    expect(region.querySelector('a')!.getAttribute('rel')).toBe('noreferrer noopener');
    // The email's own language, for screen readers: it may differ from the page's.
    expect(region.querySelector('p')!.closest('[lang]')!.getAttribute('lang')).toBe('it');
  });
});
