import { getDb } from '@/lib/db/database';
import { listenForOffscreenRequests } from '@/lib/backup/offscreen-backup';

// Registered as the module runs, before createDocument resolves in the worker and it asks.
listenForOffscreenRequests(getDb());
