import { createContext, useContext, type ReactNode } from 'react';
import { getDraftsDb, type CoffeeChatDrafts } from '@/lib/drafts/drafts-db';

const DraftsContext = createContext<CoffeeChatDrafts | null>(null);

/**
 * Tests give each render a drafts database of its own; pages use the shared one.
 * @internal a test seam: knip --production does not count it as dead.
 */
export function DraftsProvider({ db, children }: { db: CoffeeChatDrafts; children: ReactNode }) {
  return <DraftsContext.Provider value={db}>{children}</DraftsContext.Provider>;
}

export function useDraftsDb(): CoffeeChatDrafts {
  return useContext(DraftsContext) ?? getDraftsDb();
}
