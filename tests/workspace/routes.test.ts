import { describe, expect, it } from 'vitest';
import { contactHref, navPageOf, parseRoute } from '@/lib/workspace/routes';

describe('parseRoute', () => {
  it.each([
    ['', { page: 'contacts' }],
    ['#', { page: 'contacts' }],
    ['#/', { page: 'contacts' }],
    ['#/contacts', { page: 'contacts' }],
    ['#/contacts/', { page: 'contacts' }],
    ['#/board', { page: 'board' }],
    ['#/network', { page: 'network' }],
    ['#/progress', { page: 'progress' }],
    ['#/settings', { page: 'settings' }],
    ['#/backup', { page: 'backup' }],
    ['#/contacts/abc-123', { page: 'contact', id: 'abc-123' }],
    ['#/contacts?due=1', { page: 'contacts', due: true }],
    ['#/contacts?due=0', { page: 'contacts' }],
    ['#/board?x=1', { page: 'board' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips ids that need escaping', () => {
    const id = 'a/b c%';
    expect(parseRoute(contactHref(id))).toEqual({ page: 'contact', id });
  });

  it('reports unknown pages', () => {
    expect(parseRoute('#/nope').page).toBe('not-found');
    expect(parseRoute('#/contacts/a/b').page).toBe('not-found');
    expect(parseRoute('#/contacts/%E0%A4%A').page).toBe('not-found');
  });

  it('highlights Contacts for a contact page', () => {
    expect(navPageOf({ page: 'contact', id: 'x' })).toBe('contacts');
  });
});
