// Types for scripts/package.mjs, so tests can call it from TypeScript.
export function listFiles(dir: string): string[];
export function trackedFiles(root: string): string[];
export function zipFiles(root: string, files: string[], out: string): string[];
export function packageAll(root?: string, outDir?: string): string[];
