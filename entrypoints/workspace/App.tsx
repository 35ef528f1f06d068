import { useEffect, useMemo } from 'react';
import { renderContactSections, type ContactSectionsDeps } from '@/components/contact/contact-sections';
import { TemplatesPage, type TemplateActions } from '@/components/drafting/TemplatesPage';
import { CheckingStatus } from '@/components/shared/CheckingStatus';
import { Workspace } from '@/components/workspace/Workspace';
import { getDb } from '@/lib/db/database';
import { pruneDrafts } from '@/lib/drafts/drafts';
import { getDraftsDb } from '@/lib/drafts/drafts-db';
import { sendToBackground } from '@/lib/messaging/send';
import { openDraftWindow } from '@/lib/pages/page-urls';
import { storedSettings } from '@/lib/settings';
import { actions } from './background-actions';
import { exportsFor } from './exports';
import { settingsStore } from './settings-storage';
import { autoBackupEnv } from './auto-backup-env';

const templateActions: TemplateActions = {
  async saveTemplate(template) {
    const reply = await sendToBackground('saveTemplate', { template });
    return reply.ok ? null : reply.error;
  },
  deleteTemplate: (id) => void sendToBackground('deleteTemplate', { id }),
  restoreDefaultTemplates: () => void sendToBackground('restoreDefaultTemplates', {}),
};

export default function App() {
  const db = getDb();
  const exports = useMemo(() => exportsFor(db), [db]);
  // Drafts nobody came back to in two months go; the rest wait for their editor to reopen.
  useEffect(() => void pruneDrafts(getDraftsDb()), []);
  const sections = useMemo<ContactSectionsDeps>(
    () => ({
      db,
      actions,
      onReminderAction: (reminderId, action) => void sendToBackground('reminderAction', { reminderId, action }),
      onOpenDraft: (contactId) => void openDraftWindow(contactId),
    }),
    [db],
  );
  return (
    <>
      <CheckingStatus />
      <Workspace
        db={db}
        actions={actions}
        settings={settingsStore}
        autoBackup={autoBackupEnv}
        exportContactsCsv={exports.exportContactsCsv}
        exportVCards={exports.exportVCards}
        onDownloadVCard={exports.onDownloadVCard}
        renderContactSections={(contact) => renderContactSections(sections, contact)}
        renderTemplates={() => <TemplatesPage db={db} actions={templateActions} settings={storedSettings} />}
      />
    </>
  );
}
