// cleanLinkInput timing on adversarial pasted text: 100,000 characters built to make a
// backtracking regex or a strip-and-retry loop quadratic (the budget is in budgets.mjs).
// Dependency-free: the bench lab page imports benchCleanLinkInput.
import { cleanLinkInput } from '../../src/core/link-read';

export const CLEAN_LINK_CHARS = 100_000;

/** Inputs of exactly `n` characters (n even) that a naive cleaner handles in quadratic time. */
export function adversarialLinkInputs(n = CLEAN_LINK_CHARS): Record<string, string> {
  const half = n / 2;
  return {
    'dots then a letter': `${'.'.repeat(n - 1)}x`,
    'trailing punctuation after spaces': `${'. '.repeat(half - 1)}x.`,
    'nested parentheses': `${'('.repeat(half)}${')'.repeat(half)}`,
    'nested angle brackets': `${'<'.repeat(half)}${'>'.repeat(half)}`,
    'quotes only': '"'.repeat(n),
    'wrappers and punctuation': `${'(.'.repeat(n / 4)}${').'.repeat(n / 4)}`,
    'wrappers with spaces': `${'( '.repeat(n / 4)}${' )'.repeat(n / 4)}`,
    'encoded ampersands': '&amp;'.repeat(n / 5),
  };
}

/** Best of `runs` timings (ms) of cleanLinkInput for each adversarial input, and the worst of those. */
export function benchCleanLinkInput(runs = 5): { worstMs: number; chars: number; byInput: Record<string, number> } {
  const byInput: Record<string, number> = {};
  for (const [name, input] of Object.entries(adversarialLinkInputs())) {
    let best = Infinity;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      cleanLinkInput(input);
      best = Math.min(best, performance.now() - t0);
    }
    byInput[name] = best;
  }
  return { worstMs: Math.max(...Object.values(byInput)), chars: CLEAN_LINK_CHARS, byInput };
}
