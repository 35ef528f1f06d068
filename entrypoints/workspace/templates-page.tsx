import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { TemplateEditor } from '@/components/drafting/TemplateEditor';
import { getDb } from '@/lib/db/database';
import { inMethodOrder } from '@/lib/drafting/suggest-template';
import { sendToBackground } from '@/lib/messaging/send';
import { defaultSettings, loadSettings } from '@/lib/settings';

/** Create, edit, duplicate, delete and restore templates; writes go through the background. */
export function TemplatesPage() {
  const db = getDb();
  const templates = useLiveQuery(async () => inMethodOrder(await db.templates.toArray()), [db]);
  const [accountType, setAccountType] = useState(defaultSettings().accountType);
  useEffect(() => void loadSettings().then((s) => setAccountType(s.accountType)), []);
  if (!templates) return null;
  return (
    <TemplateEditor
      templates={templates}
      accountType={accountType}
      onSave={async (template) => {
        const reply = await sendToBackground('saveTemplate', { template });
        return reply.ok ? null : reply.error;
      }}
      onDelete={(id) => void sendToBackground('deleteTemplate', { id })}
      onRestoreDefaults={() => void sendToBackground('restoreDefaultTemplates', {})}
    />
  );
}
