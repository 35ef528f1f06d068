import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
import type { BrowserContext, Route } from '@playwright/test';

export const SHARED_FIXTURES = path.resolve(here, '../../../shared/fixtures/linkedin');
export const OWN_FIXTURES = path.resolve(here, '../fixtures/linkedin');

export interface FixtureEntry {
  file: string;
  url: string;
  layout?: string;
  expect: Record<string, unknown>;
}

export function sharedManifest(): FixtureEntry[] {
  return JSON.parse(readFileSync(path.join(SHARED_FIXTURES, 'manifest.json'), 'utf8')).fixtures;
}

export function fixturePath(entry: FixtureEntry, root = SHARED_FIXTURES) {
  return path.join(root, entry.file);
}

/**
 * LinkedIn without the internet: each registered URL answers with its fixture file; every other
 * request to linkedin.com or licdn.com gets an empty 204 (no DNS waits, and LinkedIn's own app
 * never runs). Pages are served at their real URLs so the content script's match patterns apply.
 */
export class LinkedInServer {
  private pages = new Map<string, string | Buffer>();

  serve(url: string, file: string) {
    this.pages.set(normalise(url), file);
  }

  /** Serve a page made in the test (a fixture edited on the fly). */
  serveHtml(url: string, html: string) {
    this.pages.set(normalise(url), Buffer.from(html));
  }

  async install(context: BrowserContext) {
    await context.route(/^https:\/\/([a-z0-9-]+\.)*(linkedin\.com|licdn\.com)\//, (route) => this.answer(route));
  }

  private async answer(route: Route) {
    const request = route.request();
    const file = request.resourceType() === 'document' ? this.pages.get(normalise(request.url())) : undefined;
    if (file) {
      const body = typeof file === 'string' ? readFileSync(file) : file;
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    } else if (request.resourceType() === 'document') {
      await route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><title>LinkedIn</title><main><h1>Feed</h1></main>',
      });
    } else {
      await route.fulfill({ status: 204, body: '' });
    }
  }
}

function normalise(url: string) {
  const u = new URL(url);
  return `${u.host}${u.pathname.replace(/\/?$/, '/')}`;
}
