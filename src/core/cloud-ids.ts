// The Microsoft clouds a partner can work in (docs/domain.md#clouds), as a plain list: the
// language table (./languages) names a phrase per cloud and must not depend on zod (./ids.ts).
export const CLOUD_IDS = ['public', 'usgov', 'germany'] as const;
export type CloudId = (typeof CLOUD_IDS)[number];
