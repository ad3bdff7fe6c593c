// Owner: tracker/platform work (issue 4). One periodic alarm, re-created on every worker start.
export function registerAlarms(): void {}
