import type { ImportReport } from '@/lib/workspace/workspace-actions';

interface Props {
  title: string;
  report: ImportReport;
}

/** What an import did: every row read is added, updated, unchanged or rejected (with its reason). */
export function ImportReportView({ title, report }: Props) {
  return (
    <div className="import-report">
      <p className="strong">{title}</p>
      {report.note && <p>{report.note}</p>}
      <p className="hint">
        {report.rowsRead} {report.rowsRead === 1 ? 'row' : 'rows'} read
      </p>
      <ul className="report-counts">
        <li>{report.added} added</li>
        <li>{report.updated} updated</li>
        <li>{report.unchanged} unchanged</li>
        <li>{report.rejected.length} rejected</li>
      </ul>
      {report.rejected.length > 0 && (
        <details open={report.rejected.length <= 10}>
          <summary>Why some were rejected</summary>
          <ul className="rejected">
            {report.rejected.map((r, i) => (
              <li key={i}>
                <span className="strong">{r.where}</span>: {r.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
