// The store build inserts with activeTab + scripting only: no host permissions and no
// content script that runs on every page. The e2e variant may add loopback hosts.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { distDir } from './harness';

type Manifest = {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
  web_accessible_resources?: { resources: string[]; matches?: string[] }[];
  commands?: Record<string, { suggested_key?: { default?: string } }>;
};

const read = (variant: 'chrome' | 'chrome-test'): Manifest =>
  JSON.parse(readFileSync(`${distDir(variant)}/manifest.json`, 'utf8')) as Manifest;

// Patterns that reach every site (or every site of a scheme).
const BROAD = /^(<all_urls>|(\*|https?|wss?|ftp):\/\/\*\/.*|file:\/\/\/.*)$/;

test('store build: activeTab and scripting, no host permissions, no content script on all pages', () => {
  const m = read('chrome');
  expect(m.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'contextMenus']));
  expect(m.host_permissions ?? []).toEqual([]);
  // Permissions that imply host access are not allowed in `permissions` either.
  for (const p of m.permissions ?? []) expect(p, `permission ${p}`).not.toMatch(/[:*<]/);
  for (const script of m.content_scripts ?? []) {
    for (const match of script.matches ?? []) expect(match, 'content script match').not.toMatch(BROAD);
  }
  // The injected script is not web-accessible either (pages could detect the extension).
  for (const war of m.web_accessible_resources ?? []) expect(war.resources).not.toContain('src/content/insert.js');
  expect(m.commands?.['insert-invitation']?.suggested_key?.default).toBe('Alt+Shift+I');
});

test('e2e build: only loopback host permissions are added', () => {
  const m = read('chrome-test');
  for (const host of m.host_permissions ?? []) expect(host).toMatch(/^http:\/\/(127\.0\.0\.1|localhost)\//);
  expect(m.content_scripts ?? []).toEqual([]);
});

test('the broad-pattern check itself catches the usual all-sites forms', () => {
  for (const p of ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*', 'https://*/mail/*', 'file:///*'])
    expect(p).toMatch(BROAD);
  for (const p of ['http://127.0.0.1/*', 'https://admin.microsoft.com/*', '*://*.example.com/*'])
    expect(p).not.toMatch(BROAD);
});
