import { SidePanel } from '@/components/panel/SidePanel';
import { captureTab, draftEnv } from '@/components/panel/page-env';
import { useActiveTab } from '@/components/panel/use-active-tab';
import { getDb } from '@/lib/db/database';
import { pagePaths, pageUrl } from '@/lib/pages/page-urls';

export default function App() {
  const db = getDb();
  // The panel stays open while the user moves between tabs: it follows the one beside it.
  const tab = useActiveTab({ follow: true });
  return (
    <>
      <header className="popup-header">
        <h1>☕ Coffee Chat</h1>
        <a className="button secondary" href={pageUrl(pagePaths.workspace())} target="_blank" rel="noreferrer">
          Open workspace
        </a>
      </header>
      <main>
        <SidePanel db={db} tab={tab} env={draftEnv} onSave={captureTab} />
      </main>
    </>
  );
}
