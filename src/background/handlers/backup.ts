import type { Handlers } from '../../platform/messages';

// Filled in when core/backup.ts lands (parseBackup / planRestore).
export const backupHandlers: Pick<Handlers, 'backup/import'> = {
  'backup/import': async () => {
    throw new Error('Backup import is not available yet.');
  },
};
