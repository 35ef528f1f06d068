import { CoffeeChatDB } from '@/lib/db/database';

let n = 0;
/** A database of its own for each test, so tests never see each other's records. */
export function freshDb(): CoffeeChatDB {
  n += 1;
  return new CoffeeChatDB(`coffee-chat-test-${n}-${Math.random().toString(36).slice(2)}`);
}
