// The shared Preact controls in Chromium: labels and descriptions wired for assistive
// technology, values out on real typing and clicks, WAI-ARIA tabs on the real keyboard.
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { useState } from 'preact/hooks';
import {
  Button,
  Checkbox,
  Notice,
  SelectField,
  StatusBadge,
  Tabs,
  TabPanel,
  TextArea,
  TextField,
} from '../../../src/ui';
import { show } from '../render';

describe('TextField', () => {
  it('is labelled, described by its hint and error, invalid with an error, and hands out typed values', async () => {
    const values: string[] = [];
    function Form() {
      const [value, setValue] = useState('');
      return (
        <TextField
          label="Company name"
          hint="As on your contracts"
          error={value === 'x' ? 'Too short' : null}
          value={value}
          onValue={(v) => {
            values.push(v);
            setValue(v);
          }}
        />
      );
    }
    show(<Form />);
    const field = page.getByRole('textbox', { name: 'Company name' });
    await expect.element(field).toHaveAccessibleDescription('As on your contracts');
    await expect.element(field).not.toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(field, 'x');
    await expect.element(field).toHaveAttribute('aria-invalid', 'true');
    await expect.element(field).toHaveAccessibleDescription('As on your contracts Too short');
    await userEvent.type(field, 'yz');
    await expect.element(field).toHaveValue('xyz');
    expect(values).toEqual(['x', 'xy', 'xyz']);
    await expect.element(field).toHaveAccessibleDescription('As on your contracts');
  });

  it('TextArea and SelectField take the same wiring', async () => {
    const picked: string[] = [];
    show(
      <>
        <TextArea label="Body" value="Hello" onValue={() => undefined} error="Needs {{link}}" />
        <SelectField
          label="Cloud"
          value="public"
          onValue={(v) => picked.push(v)}
          options={[
            { value: 'public', label: 'Public' },
            { value: 'usgov', label: 'US Government' },
          ]}
        />
      </>,
    );
    await expect.element(page.getByRole('textbox', { name: 'Body' })).toHaveAccessibleDescription('Needs {{link}}');
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Cloud' }), 'usgov');
    expect(picked).toEqual(['usgov']);
  });
});

describe('Checkbox', () => {
  it('toggles from its label and is described by its hint; a disabled one does not change', async () => {
    const seen: boolean[] = [];
    function Box(props: { disabled?: boolean }) {
      const [on, setOn] = useState(false);
      return (
        <Checkbox
          label={props.disabled ? 'Locked' : 'Include DAP'}
          hint={props.disabled ? 'Always on in this cloud' : undefined}
          checked={on}
          disabled={props.disabled}
          onChange={(v) => {
            seen.push(v);
            setOn(v);
          }}
        />
      );
    }
    show(
      <>
        <Box />
        <Box disabled />
      </>,
    );
    await page.getByText('Include DAP').click();
    await expect.element(page.getByRole('checkbox', { name: 'Include DAP' })).toBeChecked();
    const locked = page.getByRole('checkbox', { name: 'Locked' });
    await expect.element(locked).toBeDisabled();
    await expect.element(locked).toHaveAccessibleDescription('Always on in this cloud');
    await page.getByText('Locked').click({ force: true });
    await expect.element(locked).not.toBeChecked();
    expect(seen).toEqual([true]);
  });
});

describe('Button, StatusBadge, Notice', () => {
  it('a button is type=button unless told, and a disabled one says why', async () => {
    show(
      <form onSubmit={(e) => e.preventDefault()}>
        <Button>Plain</Button>
        <Button type="submit" variant="primary" disabled describedBy="why">
          Done
        </Button>
        <p id="why">Enter the customer name first</p>
      </form>,
    );
    await expect.element(page.getByRole('button', { name: 'Plain' })).toHaveAttribute('type', 'button');
    const done = page.getByRole('button', { name: 'Done' });
    await expect.element(done).toBeDisabled();
    await expect.element(done).toHaveAccessibleDescription('Enter the customer name first');
  });

  it('a status says itself in words (the icon is hidden), and a notice announces when asked', async () => {
    show(
      <>
        <StatusBadge tone="ok">Link intact</StatusBadge>
        <Notice tone="error" role="alert" title="Not saved">
          Fix the fields marked in red.
        </Notice>
      </>,
    );
    await expect.element(page.getByText('Link intact')).toHaveTextContent('✓Link intact');
    const alert = page.getByRole('alert');
    await expect.element(alert).toHaveTextContent('Not savedFix the fields marked in red.');
    expect(document.querySelector('.pi-badge [aria-hidden="true"]')?.textContent).toBe('✓');
  });
});

describe('Tabs', () => {
  it('arrows, Home and End move selection and focus; only the selected tab is in the tab order', async () => {
    const tabs = [
      { key: 'en', label: 'English' },
      { key: 'it', label: 'Italian' },
      { key: 'de', label: 'German' },
    ] as const;
    function Tabbed() {
      const [selected, setSelected] = useState<'en' | 'it' | 'de'>('en');
      return (
        <>
          <Tabs tabs={tabs} selected={selected} onSelect={setSelected} label="Language" idPrefix="t" />
          <TabPanel idPrefix="t" tabKey={selected}>
            Panel {selected}
          </TabPanel>
        </>
      );
    }
    show(<Tabbed />);
    const tab = (name: string) => page.getByRole('tab', { name });
    await expect.element(tab('English')).toHaveAttribute('aria-selected', 'true');
    await expect.element(tab('Italian')).toHaveAttribute('tabindex', '-1');
    await expect.element(page.getByRole('tabpanel', { name: 'English' })).toHaveTextContent('Panel en');

    (tab('English').element() as HTMLElement).focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(tab('Italian')).toHaveAttribute('aria-selected', 'true');
    await expect.element(tab('Italian')).toHaveFocus();
    await expect.element(tab('Italian')).toHaveAttribute('tabindex', '0');
    await expect.element(tab('English')).toHaveAttribute('tabindex', '-1');
    await userEvent.keyboard('{End}');
    await expect.element(tab('German')).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(tab('English')).toHaveFocus(); // wraps around
    await userEvent.keyboard('{ArrowLeft}');
    await expect.element(tab('German')).toHaveFocus();
    await userEvent.keyboard('{Home}');
    await expect.element(tab('English')).toHaveAttribute('aria-selected', 'true');
    await expect.element(page.getByRole('tabpanel', { name: 'English' })).toHaveTextContent('Panel en');
  });
});
