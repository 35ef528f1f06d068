// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BackupPanel } from '@/components/workspace/BackupPanel';

afterEach(cleanup);

function fakeActions() {
  return {
    exportBackup: vi.fn(async () => ({ fileName: 'coffee-chat-2025-05-20.json', text: '{"contacts":[]}' })),
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
    expect(actions.importBackup).toHaveBeenCalledWith('{"format":"coffee-chat"}');
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

  it('"Export backup" downloads the returned text; extra exports show when wired', async () => {
    const user = userEvent.setup();
    const actions = fakeActions();
    const download = vi.fn();
    const exportContactsCsv = vi.fn(async () => ({ fileName: 'contacts.csv', text: 'a,b' }));
    render(<BackupPanel actions={actions} download={download} exportContactsCsv={exportContactsCsv} />);
    await user.click(screen.getByRole('button', { name: 'Export backup' }));
    expect(download).toHaveBeenCalledWith('coffee-chat-2025-05-20.json', '{"contacts":[]}', 'application/json');
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
