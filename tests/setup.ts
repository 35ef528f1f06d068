// A fresh in-memory IndexedDB for every test file, so Dexie runs in Node exactly as in the browser.
import 'fake-indexeddb/auto';
