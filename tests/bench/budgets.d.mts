// Types for budgets.mjs (used by its unit test).
export type Budget = { id: string; label: string; max: number; unit: '×' | 'B' | 'ms'; strict?: boolean };
export type BudgetResult = Budget & { value: number | null; status: 'pass' | 'FAIL' | 'n/a' };
export const BUDGETS: Budget[];
export function checkBudgets(values: Record<string, number | null | undefined>): BudgetResult[];
export function median(xs: number[]): number | null;
