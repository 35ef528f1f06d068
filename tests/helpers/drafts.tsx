import type { ReactNode } from 'react';
import { DraftsProvider } from '@/components/drafts/drafts-context';
import { CoffeeChatDrafts } from '@/lib/drafts/drafts-db';

let n = 0;
/** A drafts database of its own per test, and the wrapper that hands it to the editors. */
export function freshDrafts() {
  n += 1;
  const db = new CoffeeChatDrafts(`coffee-chat-drafts-test-${n}-${Math.random().toString(36).slice(2)}`);
  const wrapper = ({ children }: { children: ReactNode }) => <DraftsProvider db={db}>{children}</DraftsProvider>;
  return { db, wrapper };
}
