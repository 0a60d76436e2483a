// The app package itself: manifest, translations, the served copy of lib/hook.js.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

import { fetchTransport, htmlToText, interpret, isHtml, settingsFrom } from '../lib/hook.js';

const root = new URL('..', import.meta.url);
const read = (p) => readFileSync(new URL(p, root), 'utf8');
const manifest = JSON.parse(read('manifest.json'));

test('assets/hook.js is the current copy of lib/hook.js (run npm run build)', () => {
  assert.equal(read('assets/hook.js'), read('lib/hook.js'));
});

test('manifest locations point at files in assets/', () => {
  const support = manifest.location.support;
  assert.ok(support.ticket_sidebar && support.new_ticket_sidebar);
  for (const loc of Object.values(support)) {
    assert.ok(existsSync(new URL(loc.url, root)), loc.url);
  }
  const html = read('assets/iframe.html');
  assert.match(html, /<script type="module" src="main.js"><\/script>/);
  assert.match(read('assets/main.js'), /client\.on\('ticket\.save'/);
});

test('every manifest parameter is read by settingsFrom and has a label', () => {
  const names = manifest.parameters.map((p) => p.name).sort();
  const translations = JSON.parse(read('translations/en.json')).app.parameters;
  assert.deepEqual(Object.keys(translations).sort(), names);
  for (const name of names) assert.ok(translations[name].label, name);
  const source = read('lib/hook.js');
  for (const name of names.filter((n) => n !== 'token')) {
    assert.match(source, new RegExp(`raw\\.${name}\\b`), `settingsFrom ignores ${name}`);
  }
  assert.equal(manifest.parameters.find((p) => p.name === 'token').secure, true);
});

test('settingsFrom reads ZAF values given as strings, with defaults', () => {
  const s = settingsFrom({ chatwriterUrl: ' http://h:1 ', timeoutMs: '700', applyFixes: 'false', failClosed: 'true' });
  assert.equal(s.url, 'http://h:1');
  assert.equal(s.locale, 'en-US');
  assert.equal(s.timeoutMs, 700);
  assert.equal(s.applyFixes, false);
  assert.equal(s.failClosed, true);
  assert.equal(s.checkInternalNotes, false);
  assert.equal(s.transport, fetchTransport);
  const d = settingsFrom({ chatwriterUrl: 'http://h:1', timeoutMs: 'x' });
  assert.equal(d.timeoutMs, 2000);
  assert.equal(d.applyFixes, false, 'a notice is the polite default, not a silent rewrite');
  assert.equal(d.useRequesterLocale, true);
  assert.equal(d.contextComments, 10);
  assert.equal(d.brandLocales.size, 0);
  assert.equal(settingsFrom({ contextComments: '0' }).contextComments, 0);
  assert.deepEqual([...settingsFrom({ brandLocales: '360001=de_at, Ventas MX = es-MX' }).brandLocales], [
    ['360001', 'de-AT'],
    ['Ventas MX', 'es-MX'],
  ]);
  assert.throws(() => settingsFrom({ brandLocales: 'Ventas MX' }), /"Ventas MX" is not "name=locale"/);
  assert.equal(settingsFrom({ timeoutMs: 999999 }).timeoutMs, 30000);
  assert.throws(() => settingsFrom({ viaZendeskProxy: true }), /ZAF client/);
});

test('HTML bodies are read as text', () => {
  assert.equal(isHtml('Hello <b>you</b>'), true);
  assert.equal(isHtml('if a < b and c > d'), false);
  assert.equal(htmlToText('<p>Hi&nbsp;there &amp; welcome</p><p>Line&#33;<br>Two</p>'), 'Hi there & welcome\nLine!\nTwo');
});

test('interpret: a block wins over a changed text', () => {
  const v = interpret('a', { decision: 'block', text: 'b', changed: true, reason: 'no' });
  assert.deepEqual([v.action, v.text, v.reason], ['block', 'a', 'no']);
  const w = interpret('a', { decision: 'warn', text: 'b', changed: true, reason: 'check' });
  assert.deepEqual([w.action, w.text, w.warn], ['rewrite', 'b', true]);
});
