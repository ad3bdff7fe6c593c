// Kept apart from ids.ts (which holds zod schemas) so zod-free pages such as the popup can
// test GUIDs without loading zod: bundlers split by module, and ids.ts always pulls zod in.
// Entra tenant ids are GUIDs; Microsoft prints them in any letter case.
export const GUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
