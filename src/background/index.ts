// Service worker entry. Every listener is registered synchronously at top level so a
// worker woken by an event finds its handler (MV3 drops events registered later).
import { registerMessageRouter } from './router';
import { registerAlarms } from './alarms';
import { registerContextMenu } from './context-menu';
import { closeStorageToContentScripts } from '../platform/storage-access';

registerMessageRouter();
registerAlarms();
registerContextMenu();
// At every start (see platform/storage-access.ts).
void closeStorageToContentScripts();
