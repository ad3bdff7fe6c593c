import { describe, expect, it } from 'vitest';
import { checkBudgets, median } from '../../bench/budgets.mjs';
import { chunkImports } from '../../bench/sizes.mjs';

describe('bench budgets', () => {
  const byId = (rows: ReturnType<typeof checkBudgets>) => Object.fromEntries(rows.map((r) => [r.id, r.status]));

  it('passes at the limit, fails above it, and reports missing figures as n/a', () => {
    const rows = checkBudgets({
      'popup-fcp': 1.3,
      'popup-usable': 1.29,
      'pending-100k': 1.51,
      'worker-size': null,
      'check-link': 1,
      'insert-latency': 300,
    });
    expect(byId(rows)).toEqual({
      'popup-fcp': 'pass',
      'popup-usable': 'pass',
      'pending-100k': 'FAIL',
      'worker-size': 'n/a',
      'check-link': 'FAIL',
      'insert-latency': 'pass',
      'clean-link': 'n/a',
      'backup-restore': 'n/a',
    });
    expect(byId(checkBudgets({ 'insert-latency': 300.1 }))['insert-latency']).toBe('FAIL');
  });

  it('cleanLinkInput passes at 20 ms and fails above', () => {
    expect(byId(checkBudgets({ 'clean-link': 20 }))['clean-link']).toBe('pass');
    expect(byId(checkBudgets({ 'clean-link': 74_000 }))['clean-link']).toBe('FAIL');
  });

  it('checkLink must be strictly under 1 ms', () => {
    expect(byId(checkBudgets({ 'check-link': 0.999 }))['check-link']).toBe('pass');
  });

  it('median of odd and even samples', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('bundle import scan', () => {
  it('finds static and lazy relative imports in minified chunks', () => {
    const code =
      'import{n as e}from"./a-1.js";import"./b-2.js";export{x}from\'./c.js\';const m=()=>import("./lazy-3.js");import x from "https://cdn/x.js"';
    expect(chunkImports(code)).toEqual({ static: ['./a-1.js', './b-2.js', './c.js'], lazy: ['./lazy-3.js'] });
  });
});
