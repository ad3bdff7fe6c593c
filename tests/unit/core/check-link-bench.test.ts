// Correctness of the benchmark's inputs and result shape. Timing budgets are the
// benchmark runner's job (npm run bench), not wall-clock assertions in unit tests.
import { describe, expect, it } from 'vitest';
import { BENCH_LINK, benchCheckLink, hostileBodies, htmlBody, textBody } from '../../bench/check-link.bench';
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
        expect(checkLink(restoreLink(body, BENCH_LINK, format), BENCH_LINK, format).status, `${format}: ${body.slice(0, 30)}`).toBe('intact');
      }
    }
  });
  it('reports per-call timings in the shape the bench runner reads (first "ms" field is the median)', async () => {
    const r = await benchCheckLink();
    expect(Object.keys(r).find((k) => /ms/i.test(k))).toBe('medianMs');
    expect(r.runs).toBe(200);
    expect(r.medianMs).toBeGreaterThan(0);
    expect(r.p95Ms).toBeGreaterThanOrEqual(r.medianMs);
    expect(r.medianMs).toBe(Math.max(r.html.medianMs, r.text.medianMs));
    expect(r.hostileWorstMs).toBeGreaterThan(0);
    console.log(JSON.stringify(r));
  }, 60_000); // a few thousand timed calls; slow when the shared machine is busy
});
