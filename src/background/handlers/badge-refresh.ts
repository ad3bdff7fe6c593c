import type { Handlers } from '../../platform/protocol';
import { updateBadge } from '../badge';

export const badgeHandlers: Pick<Handlers, 'badge/refresh'> = {
  'badge/refresh': async () => ({ due: await updateBadge() }),
};
