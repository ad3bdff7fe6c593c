// Rich copy: one clipboard write carrying both text/plain and text/html, so a mail editor
// pastes the formatted email (with the link as an anchor) and a plain field pastes the text.
export async function copyRich(text: string, html: string): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
    // Older engines: text only is still better than nothing.
    await navigator.clipboard.writeText(text);
    return;
  }
  const item = new ClipboardItem({
    'text/plain': new Blob([text], { type: 'text/plain' }),
    'text/html': new Blob([html], { type: 'text/html' }),
  });
  await navigator.clipboard.write([item]);
}
