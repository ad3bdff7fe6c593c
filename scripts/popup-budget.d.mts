export function measurePopup(distDir: string): {
  files: { file: string; lazy: boolean; gzip: number }[];
  firstPaint: number;
  later: number;
};
