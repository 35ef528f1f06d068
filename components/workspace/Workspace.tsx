import { useEffect, useRef, type ReactNode } from 'react';
import type { Contact } from '@/lib/contacts/contact';
import type { CoffeeChatDB } from '@/lib/db/database';
import type { WorkspaceActions } from '@/lib/workspace/workspace-actions';
import { contactHref, NAV_PAGES, navPageOf, type Route } from '@/lib/workspace/routes';
import { BackupPanel, type ExportResult } from './BackupPanel';
import type { AutoBackupEnv } from './AutoBackupSection';
import { BoardPage } from './BoardPage';
import { ContactPage } from './ContactPage';
import { ContactsPage } from './ContactsPage';
import type { ContactSections } from './ContactView';
import { NetworkPage } from './NetworkPage';
import { ProgressPage } from './ProgressPage';
import { SettingsPage, type SettingsStore } from './SettingsPage';
import { ToastProvider } from './Toast';
import { navigate, useHashRoute } from './use-hash-route';
import { WorkspaceNav } from './WorkspaceNav';
import { ViewBoundary } from '@/components/shared/ViewBoundary';

export interface WorkspaceProps {
  actions: WorkspaceActions;
  settings: SettingsStore;
  /** getDb() in the page; tests pass a fresh one. */
  db: CoffeeChatDB;
  /** Sections other features render on a contact's page (timeline, meetings, prep, …). */
  renderContactSections?: (contact: Contact) => ContactSections;
  onDownloadVCard?: (contact: Contact) => void | Promise<void>;
  exportContactsCsv?: () => Promise<ExportResult>;
  exportVCards?: () => Promise<ExportResult>;
  /** The backup panel's weekly automatic backup switch; left out, the panel has none. */
  autoBackup?: AutoBackupEnv;
  /** The template manager (drafting owns it; the workspace only gives it a page). */
  renderTemplates?: () => ReactNode;
}

function titleOf(route: Route): string {
  if (route.page === 'contact') return 'Contact';
  if (route.page === 'not-found') return 'Not found';
  return NAV_PAGES.find((p) => p.page === route.page)?.label ?? 'Workspace';
}

/** The workspace shell: nav on the left, the page for the current hash on the right. */
export function Workspace({
  actions,
  settings,
  db,
  renderContactSections,
  onDownloadVCard,
  exportContactsCsv,
  exportVCards,
  renderTemplates,
  autoBackup,
}: WorkspaceProps) {
  const route = useHashRoute();
  const mainRef = useRef<HTMLElement>(null);
  const routeKey = route.page === 'contact' ? `contact/${route.id}` : route.page === 'contacts' && route.due ? 'contacts?due' : route.page === 'backup' && route.export ? 'backup?export' : route.page;
  const first = useRef(true);

  useEffect(() => {
    document.title = `${titleOf(route)} — Coffee Chat`;
    // Move focus to the new page so keyboard and screen-reader users start there, not in the nav.
    if (first.current) first.current = false;
    else mainRef.current?.focus();
  }, [routeKey]); // routeKey identifies the route; `route` is a new object each render

  let page;
  switch (route.page) {
    case 'contacts':
      page = <ContactsPage db={db} actions={actions} due={route.due} onAdded={(id) => navigate(contactHref(id))} />;
      break;
    case 'contact':
      page = (
        <ContactPage
          db={db}
          id={route.id}
          actions={actions}
          onDeleted={() => navigate('#/contacts')}
          onRestored={(id) => navigate(contactHref(id))}
          renderSections={renderContactSections}
          onDownloadVCard={onDownloadVCard}
        />
      );
      break;
    case 'board':
      page = <BoardPage db={db} actions={actions} />;
      break;
    case 'network':
      page = <NetworkPage db={db} />;
      break;
    case 'progress':
      page = <ProgressPage db={db} />;
      break;
    case 'templates':
      page = (
        <>
          <h1 tabIndex={-1}>Templates</h1>
          {renderTemplates?.()}
        </>
      );
      break;
    case 'settings':
      page = <SettingsPage store={settings} />;
      break;
    case 'backup':
      page = (
        <>
          <h1 tabIndex={-1}>Backup</h1>
          <BackupPanel actions={actions} exportContactsCsv={exportContactsCsv} exportVCards={exportVCards} exportOnOpen={route.export} autoBackup={autoBackup} />
        </>
      );
      break;
    default:
      page = (
        <>
          <h1 tabIndex={-1}>Page not found</h1>
          <p>
            There is no page here. <a href="#/contacts">Go to your contacts</a>
          </p>
        </>
      );
  }

  return (
    <ToastProvider>
      <a className="skip-link" href="#main" onClick={(e) => {
          // The hash is the router's: jump by focus instead of by fragment.
          e.preventDefault();
          mainRef.current?.focus();
        }}>
        Skip to content
      </a>
      <div className="workspace">
        <WorkspaceNav current={navPageOf(route)} />
        <main id="main" ref={mainRef} tabIndex={-1} className={`workspace-main page-${route.page}`}>
          <ViewBoundary resetKey={routeKey} fallback={() => <PageUnavailable />}>
            {page}
          </ViewBoundary>
        </main>
      </div>
    </ToastProvider>
  );
}

/** A page that threw while rendering: the nav stays, and the user can still back up their data. */
function PageUnavailable() {
  return (
    <div role="alert">
      <h1 tabIndex={-1}>This page could not be shown</h1>
      <p>
        Something saved here has a field we can&apos;t display. Your data is still saved.{' '}
        <a href="#/backup">Export a backup</a> or <a href="#/contacts">go to your contacts</a>.
      </p>
    </div>
  );
}
