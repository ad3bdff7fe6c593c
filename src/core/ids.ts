import { z } from './zod';
import { GUID_RE } from './guid';

export const guidSchema = z
  .string()
  .check(z.trim(), z.regex(GUID_RE, 'Must be a GUID such as 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0'));

export const cloudIdSchema = z.enum(['public', 'usgov', 'germany']);
export type CloudId = z.infer<typeof cloudIdSchema>;

export const languageSchema = z.enum(['en', 'it']);
export type Language = z.infer<typeof languageSchema>;
