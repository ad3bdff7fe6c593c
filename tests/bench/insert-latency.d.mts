// Types for insert-latency.mjs.
type Result = { medianMs: number | null; samples: (number | null)[] };
export function measureInsertLatency(options: {
  root: string;
  chromePath: string;
  runs: number;
}): Promise<Record<string, Result> | { na: string }>;
