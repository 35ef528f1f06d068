import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

export interface ToastInput {
  message: string;
  actionLabel?: string;
  /** Runs when the action button is pressed; the toast closes first. */
  onAction?: () => void | Promise<void>;
  /** How long the toast stays, in ms. An undo offer needs long enough to read and reach it. */
  durationMs?: number;
}

type ShowToast = (toast: ToastInput) => void;

const ToastContext = createContext<ShowToast>(() => {});

/** Show a short message at the bottom of the workspace, optionally with one action (Undo). */
export function useToast(): ShowToast {
  return useContext(ToastContext);
}

export const DEFAULT_TOAST_MS = 8000;

/**
 * One toast at a time: a new one replaces the old. It lives above the routes so an Undo offered
 * by a page (deleting a contact) survives navigating away from that page.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<(ToastInput & { key: number }) | null>(null);
  const seq = useRef(0);

  const show = useCallback<ShowToast>((t) => {
    seq.current += 1;
    setToast({ ...t, key: seq.current });
  }, []);

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast((cur) => (cur?.key === toast.key ? null : cur)), toast.durationMs ?? DEFAULT_TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast]);

  const value = useMemo(() => show, [show]);

  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {toast && (
          <div className="toast" key={toast.key}>
            <span>{toast.message}</span>
            {toast.actionLabel && toast.onAction && <span aria-hidden="true">—</span>}
            {toast.actionLabel && toast.onAction && (
              <button
                type="button"
                className="toast-action"
                onClick={() => {
                  const action = toast.onAction;
                  setToast(null);
                  void action?.();
                }}
              >
                {toast.actionLabel}
              </button>
            )}
            <button type="button" className="toast-close" aria-label="Dismiss" onClick={() => setToast(null)}>
              ×
            </button>
          </div>
        )}
      </div>
    </ToastContext.Provider>
  );
}
