// Side-effect module: zod's English default messages ("Invalid input: expected string,
// received number") for modules that report zod issues to people (backup import, the worker's
// message log, forms). Imported for its effect only; it costs about 1.5 KB gzip.
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());
