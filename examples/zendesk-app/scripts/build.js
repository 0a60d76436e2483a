// Copies lib/hook.js into assets/, the only folder a Zendesk app serves.
// test/app.test.js fails when the copy is stale.
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
copyFileSync(fileURLToPath(new URL('lib/hook.js', root)), fileURLToPath(new URL('assets/hook.js', root)));
console.log('assets/hook.js updated from lib/hook.js');
