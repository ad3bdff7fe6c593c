import { z } from 'zod';

// Entra tenant ids are GUIDs; Microsoft prints them in any letter case.
export const GUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const guidSchema = z.string().trim().regex(GUID_RE, 'Must be a GUID such as 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0');

export const cloudIdSchema = z.enum(['public', 'usgov', 'germany']);
export type CloudId = z.infer<typeof cloudIdSchema>;

export const languageSchema = z.enum(['en', 'it']);
export type Language = z.infer<typeof languageSchema>;
