// Whether an invitation asks for delegated admin (DAP): the partner's choice, except in the
// national clouds, where Partner Center always includes it (docs/domain.md#clouds). One rule
// for the popup, the options page and the templates.
import { CLOUDS } from './clouds';
import type { CloudId } from './cloud-ids';

export function effectiveDap(cloud: CloudId, dap: boolean): boolean {
  return CLOUDS[cloud].dapRequired || dap;
}
