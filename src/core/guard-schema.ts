// zod schemas for the link guard's results (see ./guard.ts, which stays zod-free).
import { z } from 'zod';
import { BODY_FORMATS, GUARD_PROBLEM_CODES, LINK_PARTS, LINK_STATUSES } from './guard';
import type { LinkPart } from './link';

export const bodyFormatSchema = z.enum(BODY_FORMATS);
export const linkStatusSchema = z.enum(LINK_STATUSES);
export const guardProblemCodeSchema = z.enum(GUARD_PROBLEM_CODES);
export const linkPartSchema = z.enum(LINK_PARTS);
export const linkProblemSchema = z.object({
  code: guardProblemCodeSchema,
  part: linkPartSchema.optional(),
  message: z.string(),
});
export const linkCheckSchema = z.object({ status: linkStatusSchema, problems: z.array(linkProblemSchema) });

// Compile-time guard: LINK_PARTS lists every LinkPart of ./link.ts.
const everyPart: [Exclude<LinkPart, (typeof LINK_PARTS)[number]>] extends [never] ? true : false = true;
void everyPart;
