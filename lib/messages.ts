/**
 * Moved to lib/messaging/protocol.ts. This re-export only keeps branches written against the
 * old path compiling while they merge; import from '@/lib/messaging/protocol'.
 */
export * from './messaging/protocol';
