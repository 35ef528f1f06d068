// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BackupPanel } from '@/components/workspace/BackupPanel';

afterEach(cleanup);

function fakeActions() {
  return {
    exportBackup: vi.fn(async (onProgress?: (p: { phase: 'exporting'; done: number; total: number }) => void) => {
      onProgress?.({ phase: 'exporting', done: 1, total: 2 });
      return { fileName: 'coffee-chat-2025-05-20.json', blob: new Blob(['{"contacts":[]}'], { type: 'application/json' }) };
    }),
    importBackup: vi.fn(async () => ({
      report: { rowsRead: 4, added: 2, updated: 1, unchanged: 0, rejected: [{ where: 'line 5', reason: 'no name' }] },
    })),
    importLinkedInCsv: vi.fn(async () => ({ report: { rowsRead: 5, added: 5, updated: 0, unchanged: 0, rejected: [] } })),
    deleteAllData: vi.fn(async () => null),
  };
}

describe('BackupPanel', () => {
  it('"Delete all data" stays disabled until DELETE is typed', async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    render(<BackupPanel actions={actions} />);
    const button = screen.getByRole('button', { name: 'Delete all data' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    const confirm = screen.getByLabelText('Type DELETE to confirm');
    await user.type(confirm, 'delete');
    expect(button.disabled).toBe(true);
    await user.clear(confirm);
    await user.type(confirm, 'DELET');
    expect(button.disabled).toBe(true);
    await user.type(confirm, 'E');
    expect(button.disabled).toBe(false);
    await user.click(button);
    expect(actions.deleteAllData).toHaveBeenCalledWith('DELETE');
    expect(await screen.findByText('All data deleted.')).toBeTruthy();
  });

  it('"Import backup" reads the file and shows the report', async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    render(<BackupPanel actions={actions} />);
    const file = new File(['{"format":"coffee-chat"}'], 'backup.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Import backup'), file);
    expect(actions.importBackup).toHaveBeenCalledWith(file, expect.any(Function));
    expect(await screen.findByText('Imported backup.json')).toBeTruthy();
    expect(screen.getByText('2 added')).toBeTruthy();
    expect(screen.getByText('1 updated')).toBeTruthy();
    expect(screen.getByText('0 unchanged')).toBeTruthy();
    expect(screen.getByText('4 rows read')).toBeTruthy();
    expect(screen.getByText('1 rejected')).toBeTruthy();
    expect(screen.getByText(/no name/)).toBeTruthy();
  });

  it('shows an import error as it is', async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    actions.importLinkedInCsv.mockResolvedValueOnce({ error: 'This is not a LinkedIn Connections.csv file.' } as never);
    render(<BackupPanel actions={actions} />);
    await user.upload(screen.getByLabelText('Import LinkedIn connections (Connections.csv)'), new File(['x'], 'c.csv'));
    expect((await screen.findByRole('alert')).textContent).toBe('This is not a LinkedIn Connections.csv file.');
  });

  it('"Export backup" downloads the file built in the page; extra exports show when wired', async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    const download = vi.fn();
    const exportContactsCsv = vi.fn(async () => ({ fileName: 'contacts.csv', text: 'a,b' }));
    render(<BackupPanel actions={actions} download={download} exportContactsCsv={exportContactsCsv} />);
    await user.click(screen.getByRole('button', { name: 'Export backup' }));
    expect(download).toHaveBeenCalledWith('coffee-chat-2025-05-20.json', expect.any(Blob), 'application/json');
    expect(await (download.mock.calls[0]![1] as Blob).text()).toBe('{"contacts":[]}');
    expect(screen.getByText('Saved coffee-chat-2025-05-20.json to your downloads.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Export contacts as CSV' }));
    expect(download).toHaveBeenLastCalledWith('contacts.csv', 'a,b', 'text/csv;charset=utf-8');
    expect(screen.queryByRole('button', { name: 'Download vCards' })).toBeNull();
  });

  it('the default download uses a Blob URL on a temporary link', async () => {
    const user = userEvent.setup();
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('coffee-chat-2025-05-20.json');
      expect(this.href).toBe('blob:test');
    });
    try {
      render(<BackupPanel actions={fakeActions()} />);
      await user.click(screen.getByRole('button', { name: 'Export backup' }));
      expect(created).toHaveBeenCalled();
      expect(clicked).toHaveBeenCalledTimes(1);
      expect(document.querySelector('a[download]')).toBeNull();
    } finally {
      created.mockRestore();
      clicked.mockRestore();
    }
  });
});

describe('BackupPanel progress', () => {
  it('shows a progress bar with the count while a backup is exported, and none once saved', async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    let finish: () => void = () => {};
    actions.exportBackup.mockImplementationOnce(async (onProgress) => {
      onProgress?.({ phase: 'exporting', done: 2_000, total: 50_001 });
      await new Promise<void>((resolve) => (finish = resolve));
      return { fileName: 'coffee-chat-backup.json', blob: new Blob(['{}']) };
    });
    render(<BackupPanel actions={actions} download={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Export backup' }));
    const bar = await screen.findByRole('progressbar', { name: 'Backup progress' });
    expect(bar.getAttribute('value')).toBe('2000');
    expect(bar.getAttribute('max')).toBe('50001');
    expect(screen.getByText('Exporting: 2,000 of 50,001 records')).toBeTruthy();
    finish();
    expect(await screen.findByText('Saved coffee-chat-backup.json to your downloads.')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('starts the export by itself when opened for it (the backup reminder), once', async () => {
    const actions = fakeActions();
    const download = vi.fn();
    render(<BackupPanel actions={actions} download={download} exportOnOpen />);
    expect(await screen.findByText('Saved coffee-chat-2025-05-20.json to your downloads.')).toBeTruthy();
    expect(actions.exportBackup).toHaveBeenCalledTimes(1);
    expect(download).toHaveBeenCalledTimes(1);
  });
});
