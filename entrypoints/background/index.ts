import { defineBackground } from 'wxt/utils/define-background';
import { getDb } from '@/lib/db/database';
import { setUpMessages } from './messages';
import { setUpCaptureTriggers } from './capture-triggers';
import { forgetClosedTabs } from './page-capture';
import { createReminderService } from './reminders';
import { createAutoBackupService } from './auto-backup';

export default defineBackground(() => {
  const db = getDb();
  const reminders = createReminderService(db);
  // Listeners are registered synchronously at start-up, so an event that woke the worker
  // (an alarm, a notification click, a message) is never missed.
  reminders.listen();
  const autoBackup = createAutoBackupService(db);
  autoBackup.listen();
  setUpMessages(db, reminders);
  setUpCaptureTriggers();
  forgetClosedTabs();
  // MV3 runs this on every wake, not only at browser start: each wake compares the open
  // reminders with the alarms, re-derives what time has changed, and repairs both.
  void reminders.reconcile();
  // The weekly backup too: one missed while the browser was closed runs now.
  void autoBackup.reconcile();
});
