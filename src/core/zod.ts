// The one zod import for the shared schemas. zod/mini is the tree-shakable form of zod 4
// (about 7 KB gzip against 25 KB for the classic chained API): it keeps the service worker
// under its 40 KB budget. zod/mini loads no message locale; modules that show zod's own
// messages to people import ./zod-english (a side effect, kept out of pages that need none).
import * as z from 'zod/mini';

export { z };
