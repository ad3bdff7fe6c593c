// The full reader's field checks: the zod schemas of ./settings.ts, with their messages.
import type { z } from './zod';
import { defaultsSchema, emailTemplateSchema, profileSchema } from './settings';
import type { Checked, FieldChecks } from './settings-layout';

function checked<T>(result: { success: true; data: T } | { success: false; error: z.core.$ZodError }): Checked<T> {
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problem: result.error.issues[0]?.message ?? 'invalid' };
}

export const zodFieldChecks: FieldChecks = {
  profile: (value) => checked(profileSchema.safeParse(value)),
  defaultsField: (key, value) => {
    const r = defaultsSchema.shape[key].safeParse(value);
    return r.success
      ? { ok: true, value: r.data as never }
      : { ok: false, problem: r.error.issues[0]?.message ?? 'invalid' };
  },
  template: (subject, body) => checked(emailTemplateSchema.safeParse({ subject, body })),
};
