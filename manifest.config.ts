import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };

// One source for every build. `mode` picks the variant:
//   production  -> dist/chrome       (Chrome and Edge store build: least privilege)
//   chrome-test -> dist/chrome-test  (e2e only: adds loopback host permissions for fixtures)
//   firefox     -> dist/firefox      (addons.mozilla.org build: event-page background scripts)
export default defineManifest((env) => {
  const testBuild = env.mode === 'chrome-test';
  const firefox = env.mode === 'firefox';
  return {
    manifest_version: 3,
    name: '__MSG_extName__',
    short_name: 'Partner Invite',
    description: '__MSG_extDescription__',
    version: pkg.version,
    default_locale: 'en',
    icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
    action: {
      default_title: '__MSG_extName__',
      default_popup: 'src/popup/index.html',
      default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
    },
    options_ui: { page: 'src/options/index.html', open_in_tab: true },
    // Firefox MV3 has no extension service workers: it runs the same module as a background
    // script (event page). crxjs rewrites either form to its own loader file.
    background: firefox
      ? { scripts: ['src/background/index.ts'], type: 'module' }
      : { service_worker: 'src/background/index.ts', type: 'module' },
    // Insert invitation from the keyboard. A command grants activeTab like a menu click.
    commands: {
      'insert-invitation': { suggested_key: { default: 'Alt+Shift+I' }, description: '__MSG_insert_command__' },
    },
    permissions: ['storage', 'alarms', 'contextMenus', 'activeTab', 'scripting'],
    // Asked for by the options page only when the user turns follow-up notifications on.
    optional_permissions: ['notifications'],
    ...(testBuild ? { host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'] } : {}),
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    },
    ...(firefox
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'partner-invite@partner-invite.app',
              // 140 (the current ESR) is the first release that reads data_collection_permissions.
              strict_min_version: '140.0',
              // AMO requires the declaration; the extension collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '120' }),
  };
});
