import { z } from 'zod';
import { Settings, THIS_BROWSER_SETTINGS } from '@/lib/settings';
import type { BackupTableSpec } from './format';

/**
 * Every part of the one settings schema: a new setting is required in a backup without a second
 * list. Except this browser's own (THIS_BROWSER_SETTINGS), which a restore keeps as they are.
 */
const SETTINGS_PARTS = Object.keys(Settings.shape).filter((part) => !(THIS_BROWSER_SETTINGS as readonly string[]).includes(part));

/**
 * Settings live in storage.local, not IndexedDB, but "everything" includes them: the user's own
 * profile for drafts, reminder timings, account type. One row, so the table machinery carries it.
 * The row must hold every part: `{ key: 'settings' }` alone would otherwise parse to the
 * defaults and silently reset the user's name, account type and every timing.
 */
export const SettingsRow = z
  .custom<Record<string, unknown>>((row) => typeof row === 'object' && row !== null && !Array.isArray(row), {
    message: 'must be an object',
  })
  .superRefine((row, ctx) => {
    const missing = SETTINGS_PARTS.filter((part) => !Object.hasOwn(row, part));
    if (missing.length > 0) ctx.addIssue({ code: 'custom', message: `is incomplete (it has no ${missing.join(', ')})` });
  })
  .pipe(Settings.extend({ key: z.literal('settings') }));

export const settingsTable: BackupTableSpec = { name: 'settings', schema: SettingsRow, key: 'key', label: 'Settings' };
