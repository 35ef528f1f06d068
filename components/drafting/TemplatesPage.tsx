import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CoffeeChatDB } from '@/lib/db/database';
import { templatesInOrder } from '@/lib/drafting/draft-queries';
import type { Settings } from '@/lib/settings';
import type { AccountType, Template } from '@/lib/templates/template';
import { TemplateEditor } from './TemplateEditor';

/** The template writes, which go to the background (it re-derives what depends on them). */
export interface TemplateActions {
  saveTemplate: (template: Template) => Promise<string | null>;
  deleteTemplate: (id: string) => void;
  restoreDefaultTemplates: () => void;
}

interface Props {
  db: CoffeeChatDB;
  actions: TemplateActions;
  loadSettings: () => Promise<Pick<Settings, 'accountType'>>;
}

/** Create, edit, duplicate, delete and restore templates. */
export function TemplatesPage({ db, actions, loadSettings }: Props) {
  const templates = useLiveQuery(() => templatesInOrder(db), [db]);
  const [accountType, setAccountType] = useState<AccountType>('free');
  useEffect(() => void loadSettings().then((s) => setAccountType(s.accountType)), [loadSettings]);
  if (!templates) return null;
  return (
    <TemplateEditor
      templates={templates}
      accountType={accountType}
      onSave={actions.saveTemplate}
      onDelete={actions.deleteTemplate}
      onRestoreDefaults={actions.restoreDefaultTemplates}
    />
  );
}
