import { z } from './zod';
import { GUID_RE } from './guid';
import { CLOUD_IDS, type CloudId } from './cloud-ids';
import { LANGUAGE_CODES, type Language } from './languages';

export const guidSchema = z
  .string()
  .check(z.trim(), z.regex(GUID_RE, 'Must be a GUID such as 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0'));

export const cloudIdSchema = z.enum(CLOUD_IDS);
export type { CloudId };

/** Every language of the table in ./languages: adding one there is all it takes. */
export const languageSchema = z.enum(LANGUAGE_CODES);
export type { Language };
