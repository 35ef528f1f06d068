import { Workspace } from '@/components/workspace/Workspace';
import { getDb } from '@/lib/db/database';
import { actions } from './actions';
import { exportsFor } from './exports';
import { renderContactSections } from './contact-sections';
import { settingsStore } from './settings-storage';
import { TemplatesPage } from './templates-page';

const db = getDb();
const exports = exportsFor(db);

export default function App() {
  return (
    <Workspace
      db={db}
      actions={actions}
      settings={settingsStore}
      exportContactsCsv={exports.exportContactsCsv}
      exportVCards={exports.exportVCards}
      onDownloadVCard={exports.onDownloadVCard}
      renderContactSections={renderContactSections}
      renderTemplates={() => <TemplatesPage />}
    />
  );
}
