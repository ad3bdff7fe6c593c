// Types for sizes.mjs (used by its unit test).
export function chunkImports(code: string): { static: string[]; lazy: string[] };
export function entrySizes(dist: string): {
  name: string;
  jsBytes: number;
  cssBytes: number;
  lazyBytes: number;
  htmlBytes: number;
  files: string[];
  lazyFiles: string[];
}[];
