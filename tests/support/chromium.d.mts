// Types for chromium.mjs.
export function chromiumPath(): string;
export function extensionArgs(dist: string, lang?: string, extra?: string[]): string[];
