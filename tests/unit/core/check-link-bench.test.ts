// Correctness of the benchmark's inputs and result shape. Timing budgets are the
// benchmark runner's job (npm run bench), not wall-clock assertions in unit tests.
import { describe, expect, it } from 'vitest';
import { BENCH_LINK, hostileBodies, htmlBody, textBody } from '../../bench/check-link.bench';
import { checkLink, restoreLink } from '../../../src/core/guard';

describe('check-link benchmark', () => {
  it('builds 20 KB bodies in which the link is intact, and a changed copy is noticed', () => {
    const h = htmlBody();
    const t = textBody();
    expect(h.length).toBeGreaterThanOrEqual(20 * 1024);
    expect(t.length).toBe(20 * 1024);
    expect(checkLink(h, BENCH_LINK, 'html').status).toBe('intact');
    expect(checkLink(t, BENCH_LINK, 'text').status).toBe('intact');
    expect(checkLink(t.replace('msppId=0', 'msppId=7'), BENCH_LINK, 'text').status).toBe('altered');
    expect(checkLink(h.replaceAll('DAP=true', 'DAP=false'), BENCH_LINK, 'html').status).toBe('altered');
    expect(checkLink(h.replace('DAP=true', 'DAP=false'), BENCH_LINK, 'html').status).toBe('conflict');
  });
  it('hostile bodies are judged and repaired like any other', () => {
    for (const body of hostileBodies()) {
      for (const format of ['text', 'html'] as const) {
        expect(
          checkLink(restoreLink(body, BENCH_LINK, format), BENCH_LINK, format).status,
          `${format}: ${body.slice(0, 30)}`,
        ).toBe('intact');
      }
    }
  });
});
