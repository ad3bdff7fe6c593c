// Owner: webmail insertion work (issue 5). "Insert invitation" menu and keyboard command.
export function registerContextMenu(): void {}
