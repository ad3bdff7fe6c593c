// What the draft needs beyond the form — link builder, template, link guard, mailto — loaded
// right after the first paint (in parallel with the settings read), so the popup shell and the
// customer fields paint without parsing it. See ./engine.ts.
export { htmlForText, isEdited, linkForProfile, reconcileDraft } from '../core/compose';
export { checkTextLink, restoreTextLink } from '../core/guard-text';
export { buildMailto } from '../core/mailto';
export { defaultTemplate, renderInvitation } from '../core/template';
export { viewLinkCheck } from './link-check';
