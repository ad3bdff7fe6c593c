// The performance budgets (README, Benchmark). A figure that is not available yet ("n/a") is reported,
// never counted as a pass or a failure of its budget.
export const BUDGETS = [
  { id: 'popup-fcp', label: 'Popup first paint ≤ 1.3× blank page', max: 1.3, unit: '×' },
  {
    id: 'popup-usable',
    label: 'Popup usable (compose form + link status) at 0 and 100,000 ≤ 1.3× blank page',
    max: 1.3,
    unit: '×',
  },
  { id: 'pending-100k', label: 'First 50 pending rows at 100,000 ≤ 1.5× with none', max: 1.5, unit: '×' },
  { id: 'worker-size', label: 'Service worker ≤ 40 KB gzip', max: 40 * 1024, unit: 'B' },
  { id: 'check-link', label: 'checkLink on 20 KB < 1 ms', max: 1, unit: 'ms', strict: true },
  {
    id: 'insert-latency',
    label: 'Insert: menu click → link in the editor model ≤ 300 ms (worse of RoosterJS, CKEditor 5)',
    max: 300,
    unit: 'ms',
  },
  // The options page's restore of 100,000 invitations, identical data, against its own export.
  { id: 'backup-restore', label: 'Backup restore of 100,000 ≤ 3× its export', max: 3, unit: '×' },
  // Pasted junk (100,000 dots, nested brackets) must not hang the link field: linear time, not 74 s.
  { id: 'clean-link', label: 'cleanLinkInput on 100,000 adversarial characters ≤ 20 ms', max: 20, unit: 'ms' },
];

/** values: { [budgetId]: number | null } -> rows with status 'pass' | 'FAIL' | 'n/a'. */
export function checkBudgets(values) {
  return BUDGETS.map((b) => {
    const value = values[b.id];
    if (typeof value !== 'number' || !Number.isFinite(value)) return { ...b, value: null, status: 'n/a' };
    const ok = b.strict ? value < b.max : value <= b.max;
    return { ...b, value, status: ok ? 'pass' : 'FAIL' };
  });
}

export function median(xs) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
