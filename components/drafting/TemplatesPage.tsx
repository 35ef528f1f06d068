import { useLiveQuery } from 'dexie-react-hooks';
import type { CoffeeChatDB } from '@/lib/db/database';
import { templatesInOrder } from '@/lib/compose/draft-queries';
import type { SettingsSource } from '@/lib/settings';
import type { Template } from '@/lib/templates/template';
import { useSettings } from '@/components/shared/use-settings';
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
  /** Watched: switching to Premium in Settings changes the limits shown here at once. */
  settings: SettingsSource;
}

/** Create, edit, duplicate, delete and restore templates. */
export function TemplatesPage({ db, actions, settings }: Props) {
  const templates = useLiveQuery(() => templatesInOrder(db), [db]);
  const stored = useSettings(settings);
  const accountType = stored.status === 'ready' ? stored.settings.accountType : 'free';
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
