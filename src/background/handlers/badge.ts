import type { Handlers } from '../../platform/messages';
import { updateBadge } from '../badge';

export const badgeHandlers: Pick<Handlers, 'badge/refresh'> = {
  'badge/refresh': async () => ({ due: await updateBadge() }),
};
