import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { BackupProgress, ImportReport, WorkspaceActions } from '@/lib/workspace/workspace-actions';
import { downloadText } from '@/lib/workspace/download';
import { ImportReportView } from './ImportReportView';
import { AutoBackupSection, type AutoBackupEnv } from './AutoBackupSection';

export type ExportResult = { fileName: string; text: string; type?: string } | { fileName: string; blob: Blob } | { error: string };

export interface BackupPanelProps {
  actions: Pick<WorkspaceActions, 'exportBackup' | 'importBackup' | 'importLinkedInCsv' | 'deleteAllData'>;
  /** Wired to lib/backup by the lead; the button shows only when given. */
  exportContactsCsv?: () => Promise<ExportResult>;
  /** All contacts as one .vcf; shown only when given. */
  exportVCards?: () => Promise<ExportResult>;
  /** Saves a file; tests replace it. */
  download?: (fileName: string, content: string | Blob, type?: string) => void;
  /** Start "Export backup" as soon as the page opens (the backup reminder's one click). */
  exportOnOpen?: boolean;
  /** The weekly automatic backup's switch; shown only when given. */
  autoBackup?: AutoBackupEnv;
}

type Status = { kind: 'error' | 'ok'; text: string } | null;

const CONFIRM_WORD = 'DELETE';

/** Export, import and erase: the user's data stays theirs, as files they hold. */
export function BackupPanel({
  actions,
  exportContactsCsv,
  exportVCards,
  download = (fileName, content, type) => downloadText(document, fileName, content, type),
  exportOnOpen = false,
  autoBackup,
}: BackupPanelProps) {
  const id = useId();
  const [exportStatus, setExportStatus] = useState<Status>(null);
  const [importStatus, setImportStatus] = useState<Status>(null);
  const [report, setReport] = useState<{ title: string; report: ImportReport } | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmText, setConfirmText] = useState('');
  const [deleteStatus, setDeleteStatus] = useState<Status>(null);
  const [exportProgress, setExportProgress] = useState<BackupProgress | null>(null);
  const [importProgress, setImportProgress] = useState<BackupProgress | null>(null);

  const runExport = async (run: () => Promise<ExportResult>, type?: string) => {
    setBusy(true);
    setExportStatus(null);
    const result = await run();
    setBusy(false);
    setExportProgress(null);
    if ('error' in result) {
      setExportStatus({ kind: 'error', text: result.error });
      return;
    }
    if ('blob' in result) download(result.fileName, result.blob, type);
    else download(result.fileName, result.text, result.type ?? type);
    setExportStatus({ kind: 'ok', text: `Saved ${result.fileName} to your downloads.` });
  };
  const exportBackup = () => runExport(() => actions.exportBackup(setExportProgress), 'application/json');

  // Once per page open, even under StrictMode's double effects.
  const exportedOnOpen = useRef(false);
  useEffect(() => {
    if (!exportOnOpen || exportedOnOpen.current) return;
    exportedOnOpen.current = true;
    void exportBackup();
  }, [exportOnOpen]);

  const runImport =
    (run: (file: File) => ReturnType<WorkspaceActions['importLinkedInCsv']>) => async (e: ChangeEvent<HTMLInputElement>) => {
      const input = e.currentTarget;
      const file = input.files?.[0];
      if (!file) return;
      setBusy(true);
      setReport(null);
      setImportStatus({ kind: 'ok', text: `Importing ${file.name}…` });
      try {
        const result = await run(file);
        if ('error' in result) setImportStatus({ kind: 'error', text: result.error });
        else {
          setImportStatus(null);
          setReport({ title: `Imported ${file.name}`, report: result.report });
        }
      } catch {
        setImportStatus({ kind: 'error', text: `Could not read ${file.name}. Choose the file again.` });
      } finally {
        setBusy(false);
        setImportProgress(null);
        // Clear the input so picking the same file again imports it again.
        input.value = '';
      }
    };

  const deleteAll = async () => {
    setBusy(true);
    const error = await actions.deleteAllData(confirmText);
    setBusy(false);
    if (error) setDeleteStatus({ kind: 'error', text: error });
    else {
      setConfirmText('');
      setDeleteStatus({ kind: 'ok', text: 'All data deleted.' });
    }
  };

  const statusLine = (s: Status) =>
    s && (
      <p className={s.kind === 'error' ? 'status error' : 'status'} role={s.kind === 'error' ? 'alert' : 'status'}>
        {s.text}
      </p>
    );

  return (
    <div className="backup-panel">
      <section className="card-form" aria-labelledby={`${id}-export`}>
        <h2 id={`${id}-export`}>Export</h2>
        <p className="hint">
          A backup holds everything: contacts, notes, meetings, reminders and settings. Keep it somewhere safe; it never leaves
          your computer unless you move it.
        </p>
        <div className="form-actions">
          <button type="button" disabled={busy} onClick={() => void exportBackup()}>
            Export backup
          </button>
          {exportContactsCsv && (
            <button type="button" className="secondary" disabled={busy} onClick={() => void runExport(exportContactsCsv, 'text/csv;charset=utf-8')}>
              Export contacts as CSV
            </button>
          )}
          {exportVCards && (
            <button type="button" className="secondary" disabled={busy} onClick={() => void runExport(exportVCards, 'text/vcard;charset=utf-8')}>
              Download vCards
            </button>
          )}
        </div>
        {exportProgress && <ProgressLine progress={exportProgress} />}
        {statusLine(exportStatus)}
      </section>

      {autoBackup && <AutoBackupSection env={autoBackup} />}

      <section className="card-form" aria-labelledby={`${id}-import`}>
        <h2 id={`${id}-import`}>Import</h2>
        <div className="field">
          <label htmlFor={`${id}-backup`}>Import backup</label>
          <input id={`${id}-backup`} type="file" accept=".json,application/json" disabled={busy} onChange={(e) => void runImport((file) => actions.importBackup(file, setImportProgress))(e)} />
          <p className="hint">A Coffee Chat backup file. People already saved are merged, not duplicated.</p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-csv`}>Import LinkedIn connections (Connections.csv)</label>
          <input id={`${id}-csv`} type="file" accept=".csv,text/csv" disabled={busy} onChange={(e) => void runImport(async (file) => actions.importLinkedInCsv(await file.text()))(e)} />
          <p className="hint">From LinkedIn: Settings → Data privacy → Get a copy of your data → Connections.</p>
        </div>
        {importProgress && <ProgressLine progress={importProgress} />}
        {statusLine(importStatus)}
        <div role="status">{report && <ImportReportView title={report.title} report={report.report} />}</div>
      </section>

      <section className="card-form danger-zone" aria-labelledby={`${id}-delete`}>
        <h2 id={`${id}-delete`}>Delete all data</h2>
        <p className="hint">
          Removes every contact, note, meeting and reminder from this browser. Export a backup first if you may want them back.
        </p>
        <div className="field">
          <label htmlFor={`${id}-confirm`}>Type {CONFIRM_WORD} to confirm</label>
          <input id={`${id}-confirm`} value={confirmText} autoComplete="off" spellCheck={false} onChange={(e) => setConfirmText(e.target.value)} />
        </div>
        <button type="button" className="danger" disabled={busy || confirmText !== CONFIRM_WORD} onClick={() => void deleteAll()}>
          Delete all data
        </button>
        {statusLine(deleteStatus)}
      </section>
    </div>
  );
}

const PHASES: Record<BackupProgress['phase'], string> = {
  exporting: 'Exporting',
  reading: 'Reading the file',
  checking: 'Checking every record',
  writing: 'Saving to your database',
};

/** A bar with words: rows counted while exporting; a moving bar for steps that cannot count. */
function ProgressLine({ progress }: { progress: BackupProgress }) {
  const counted = progress.phase === 'exporting' && progress.total > 0;
  const label = counted
    ? `${PHASES[progress.phase]}: ${progress.done.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')} records`
    : `${PHASES[progress.phase]}…`;
  return (
    <div className="backup-progress">
      <progress aria-label="Backup progress" max={counted ? progress.total : undefined} value={counted ? progress.done : undefined} />
      <p className="hint" aria-live="polite">
        {label}
      </p>
    </div>
  );
}
