import { hiddenTypesBackup } from "../features/entities/hidden-types";
import { readingStateBackup } from "../features/reading-state/store";
import { settingsBackup } from "../features/settings/settings";
import type { BackupPart } from "../lib/backup";

/** Everything Lede keeps in the browser, as one export file (Settings → Export). */
export const BACKUP_PARTS: readonly BackupPart[] = [
  readingStateBackup as BackupPart,
  settingsBackup as BackupPart,
  hiddenTypesBackup as BackupPart,
];
