// Owner: webmail insertion work (issue 5). Handlers for 'draft/set' and 'content/link-state',
// spread into the router's handler table by background/router.ts.
import type { Handlers } from '../platform/messages';

export const insertHandlers: Pick<Handlers, 'draft/set' | 'content/link-state'> = {
  'draft/set': async () => ({}),
  'content/link-state': async () => ({}),
};
