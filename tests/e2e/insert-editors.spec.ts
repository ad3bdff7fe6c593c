// "Insert invitation" into the editors partners write in, each a real library served from
// node_modules (CKEditor 5, Quill 2, TipTap 3 on ProseMirror, Lexical, RoosterJS 9, TinyMCE 8),
// plus plain contenteditable bodies: in the page, in an open shadow root, in a same-origin iframe,
// and a Gmail-like reply in an iframe with Trusted Types enforced. Everything is checked through
// the editor's own model (see insert-rich.ts), not the DOM: the invitation at the caret with the
// text around it intact line by line, exactly one anchor with the exact href, one Ctrl+Z removing
// the whole insertion, and Restore link fixing the model, a deleted link back at its former place.
import { test, expect } from './harness';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { ALTERED_LINK, LINK, clickNotice, makeDraft, noticeText, prepare } from './insert-helpers';
import {
  caretAfter,
  iframe,
  insertHere,
  linesOf,
  mainFrame,
  openFixture,
  readModel,
  selectAnchor,
  type RichFixture,
} from './insert-rich';

let server: FixtureServer;
test.beforeAll(async () => {
  server = await startFixtureServer();
});
test.afterAll(async () => {
  await server.close();
});

const FIXTURES: RichFixture[] = [
  { page: 'ckeditor5.html', frame: mainFrame, editor: '.ck-editor__editable', api: 'page' },
  { page: 'quill.html', frame: mainFrame, editor: '.ql-editor', api: 'page' },
  { page: 'tiptap.html', frame: mainFrame, editor: '.ProseMirror', api: 'page' },
  { page: 'lexical.html', frame: mainFrame, editor: '#editor', api: 'page' },
  { page: 'shadow.html', frame: mainFrame, editor: '#editor', api: 'page' },
  {
    page: 'gmail-iframe.html',
    frame: iframe('#frame'),
    editor: '#editor',
    frameUrlPart: 'gmail-frame.html',
    api: 'frame',
    live: true,
  },
  { page: 'roosterjs.html', frame: mainFrame, editor: '#editor', api: 'page', redo: 'Control+Y' },
  {
    page: 'tinymce.html',
    frame: iframe('iframe'),
    editor: '#tinymce',
    frameUrlPart: 'about:',
    api: 'page',
    redo: 'Control+Y',
  },
  { page: 'contenteditable.html', frame: mainFrame, editor: '#editor', live: true },
  { page: 'trusted-types.html', frame: mainFrame, editor: '#editor', live: true },
  {
    page: 'iframe.html',
    frame: iframe('#frame'),
    editor: '#editor',
    frameUrlPart: 'iframe-editor.html',
    live: true,
  },
];

const draft = makeDraft();
const invitation = linesOf(draft.text);
const ANNOUNCES = invitation.findIndex((l) => l.startsWith('To accept, open the link below'));

for (const fixture of FIXTURES) {
  test(`${fixture.page}: at the caret in the model, one Ctrl+Z undoes it, Restore link fixes the model and puts a deleted link back`, async ({
    context,
    serviceWorker,
  }) => {
    await prepare(serviceWorker, draft);
    const page = await context.newPage();
    const frame = await openFixture(page, server.url(fixture.page), fixture);
    if (fixture.page.startsWith('gmail') || fixture.page.startsWith('trusted'))
      expect(
        await frame.evaluate(() => (window as unknown as { trustedTypesEnforced: boolean }).trustedTypesEnforced),
      ).toBe(true);
    const before = await readModel(page, fixture);
    expect(before.lines.slice(0, 2)).toEqual(['Hello Contoso,', 'Best regards']);

    await caretAfter(frame, fixture.editor, 'Hello Contoso,');
    await insertHere(serviceWorker, page, frame, fixture);
    const inserted = await readModel(page, fixture);
    // The invitation at the caret, the partner's lines intact around it, each line whole.
    expect(inserted.lines.slice(0, invitation.length + 2)).toEqual(['Hello Contoso,', ...invitation, 'Best regards']);
    expect(inserted.lines.slice(invitation.length + 2)).toEqual(before.lines.slice(2));
    expect(inserted.anchors.filter((a) => a.href === LINK)).toEqual([{ href: LINK, text: LINK }]);
    expect(inserted.anchors.filter((a) => a.href !== LINK)).toEqual(before.anchors);

    // One Ctrl+Z removes the whole insertion from the model; redo brings it back.
    // (Lower-case z: what the key sends; Quill binds the key, not its shifted name.)
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await readModel(page, fixture)).html).toBe(before.html);
    await page.keyboard.press(fixture.redo ?? 'Control+Shift+Z');
    await expect.poll(async () => (await readModel(page, fixture)).lines).toEqual(inserted.lines);

    // The link is changed through the editor's own link editing: the model now sends another
    // tenant's link. Restore link must fix the model, not only the screen.
    const apiFrame = fixture.api === 'frame' ? frame : page.mainFrame();
    await (fixture.api ? apiFrame : frame).evaluate(
      ([from, to, selector]) => {
        const api = (window as unknown as { fixture?: { relink: (f: string, t: string) => void } }).fixture;
        if (api) api.relink(from, to);
        else
          for (const a of document.querySelectorAll(`${selector} a`))
            if (a.getAttribute('href') === from) a.setAttribute('href', to);
      },
      [LINK, ALTERED_LINK, fixture.editor] as const,
    );
    await expect.poll(async () => (await readModel(page, fixture)).anchors.map((a) => a.href)).toContain(ALTERED_LINK);
    await expect.poll(() => noticeText(page)).toContain('another invitation link');
    await clickNotice(page, 'Restore link');
    await expect.poll(() => noticeText(page)).toBe('');
    const restored = await readModel(page, fixture);
    expect(restored.anchors.filter((a) => a.href === LINK)).toEqual([{ href: LINK, text: LINK }]);
    expect(restored.anchors.filter((a) => a.href === ALTERED_LINK)).toEqual(
      before.anchors.filter((a) => a.href === ALTERED_LINK),
    );
    expect(restored.lines).toEqual(inserted.lines);

    // The link is deleted with the keyboard: Restore puts it back under the line that announces it.
    await selectAnchor(frame, fixture.editor, LINK);
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await readModel(page, fixture)).anchors.filter((a) => a.href === LINK)).toEqual([]);
    await expect.poll(() => noticeText(page)).toContain('no longer in the message');
    await clickNotice(page, 'Restore link');
    await expect.poll(() => noticeText(page)).toBe('');
    const back = await readModel(page, fixture);
    expect(back.anchors.filter((a) => a.href === LINK)).toEqual([{ href: LINK, text: LINK }]);
    const announce = back.lines.indexOf(invitation[ANNOUNCES] ?? '');
    expect(back.lines[announce + 1]).toBe(LINK);
    expect(back.lines.slice(0, invitation.length + 2)).toEqual(['Hello Contoso,', ...invitation, 'Best regards']);
  });

  test(`${fixture.page}: a caret in the middle of a line keeps the text after it on its own line`, async ({
    context,
    serviceWorker,
  }) => {
    await prepare(serviceWorker, draft);
    const page = await context.newPage();
    const frame = await openFixture(page, server.url(fixture.page), fixture);
    const before = await readModel(page, fixture);
    await caretAfter(frame, fixture.editor, 'Best');
    await insertHere(serviceWorker, page, frame, fixture);
    const after = await readModel(page, fixture);
    expect(after.lines.slice(0, invitation.length + 3)).toEqual(['Hello Contoso,', 'Best', ...invitation, 'regards']);
    expect(after.lines.slice(invitation.length + 3)).toEqual(before.lines.slice(2));
    expect(after.anchors.filter((a) => a.href === LINK)).toHaveLength(1);
  });
}

test('tiptap.html: a link whose address and text were both changed is restored whole, through ProseMirror', async ({
  context,
  serviceWorker,
}) => {
  const fixture = FIXTURES.find((f) => f.page === 'tiptap.html')!;
  await prepare(serviceWorker, draft);
  const page = await context.newPage();
  const frame = await openFixture(page, server.url(fixture.page), fixture);
  await caretAfter(frame, fixture.editor, 'Hello Contoso,');
  await insertHere(serviceWorker, page, frame, fixture);
  const inserted = await readModel(page, fixture);
  await page.evaluate(
    ([from, to]) =>
      (window as unknown as { fixture: { retext: (f: string, t: string) => void } }).fixture.retext(from, to),
    [LINK, ALTERED_LINK] as const,
  );
  await expect
    .poll(async () => (await readModel(page, fixture)).anchors)
    .toEqual([{ href: ALTERED_LINK, text: ALTERED_LINK }]);
  // No intact copy is left, so core calls it changed rather than a second link.
  await expect.poll(() => noticeText(page)).toContain('The invitation link was changed');
  await clickNotice(page, 'Restore link');
  await expect.poll(() => noticeText(page)).toBe('');
  const restored = await readModel(page, fixture);
  expect(restored.anchors).toEqual([{ href: LINK, text: LINK }]);
  expect(restored.lines).toEqual(inserted.lines);
});

test('quill.html: the blank line between the invitation’s paragraphs stays (Quill’s paragraphs have no margin)', async ({
  context,
  serviceWorker,
}) => {
  const fixture = FIXTURES.find((f) => f.page === 'quill.html')!;
  await prepare(serviceWorker, draft);
  const page = await context.newPage();
  const frame = await openFixture(page, server.url(fixture.page), fixture);
  await caretAfter(frame, fixture.editor, 'Hello Contoso,');
  await insertHere(serviceWorker, page, frame, fixture);
  // Quill's own text: the invitation exactly as the draft's text has it, blank lines between
  // paragraphs and "Kind regards," and the name on lines of their own.
  const text = await page.evaluate(() => (window as unknown as { quill: { getText: () => string } }).quill.getText());
  expect(text).toContain(`Hello Contoso,\n${draft.text.trim()}\nBest regards`);
});
