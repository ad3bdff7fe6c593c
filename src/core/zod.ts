// The one zod import for schemas the service worker needs. zod/mini is the tree-shakable form
// of zod 4 (about 7 KB gzip against 25 KB for the classic chained API), which keeps the worker
// under its 40 KB budget. The English messages are loaded once here, so error texts read the
// same as with classic zod ("Invalid input: expected string, received number").
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());

export { z };
