// lib/hook.js against a real chatwriter server on 127.0.0.1.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  FAIL_CLOSED_MESSAGE,
  HookError,
  decide,
  fetchTransport,
  onTicketSave,
  pickLocale,
  settingsFrom,
  ticketConversation,
  zafTransport,
} from '../lib/hook.js';
import { downUrl, silentServer, startServer } from '../test-support/server.js';

// generous: the first fix on a cold server compiles rules
const REAL_TIMEOUT_MS = 20_000;
const CARD = 'Your card 4111 1111 1111 1111 is on file.';
const CLEAN = 'Thanks for waiting. Your order has shipped and should arrive on Friday.';
const SHORTHAND = 'Pls check ur settings!!!';

let server;
let silent;

before(async () => {
  server = await startServer();
  silent = await silentServer();
});

after(async () => {
  await silent?.close();
  await server?.stop();
});

const real = (extra = {}) => ({ url: server.url, locale: 'en-US', timeoutMs: REAL_TIMEOUT_MS, fix: true, ...extra });

describe('decide', () => {
  test('block carries the reason', async () => {
    const v = await decide(CARD, real());
    assert.equal(v.error, null);
    assert.equal(v.action, 'block');
    assert.match(v.reason, /common\.pii\.card-number/);
    assert.doesNotMatch(v.reason, /4111/);
    assert.equal(v.text, CARD);
  });

  test('rewrite replaces the text', async () => {
    const v = await decide(SHORTHAND, real());
    assert.equal(v.error, null);
    assert.equal(v.action, 'rewrite');
    assert.equal(v.text, 'Please check your settings!');
    assert.equal(v.response.changed, true);
  });

  test('allow leaves a clean draft alone', async () => {
    const v = await decide(CLEAN, real({ id: 42, author: 'agent-7' }));
    assert.equal(v.error, null);
    assert.equal(v.action, 'allow');
    assert.equal(v.warn, false);
    assert.equal(v.text, CLEAN);
  });

  test('warn without fixes allows with a reason', async () => {
    const v = await decide(SHORTHAND, real({ fix: false }));
    assert.equal(v.action, 'allow');
    assert.equal(v.warn, true);
    assert.match(v.reason, /en\.textspeak/);
  });

  test('timeout lets the draft through', async () => {
    const started = Date.now();
    const v = await decide(CARD, { url: silent.url, locale: 'en-US', timeoutMs: 300 });
    assert.equal(v.action, 'allow');
    assert.equal(v.text, CARD);
    assert.ok(v.error instanceof HookError);
    assert.equal(v.error.timeout, true);
    assert.ok(Date.now() - started < 3000, 'took far longer than the 300 ms limit');
  });

  test('timeout with failClosed blocks', async () => {
    const v = await decide('Hello there.', { url: silent.url, timeoutMs: 200, failClosed: true });
    assert.equal(v.action, 'block');
    assert.equal(v.reason, FAIL_CLOSED_MESSAGE);
    assert.equal(v.error.timeout, true);
  });

  test('server down lets the draft through', async () => {
    const v = await decide(CARD, { url: await downUrl(), timeoutMs: 2000 });
    assert.equal(v.action, 'allow');
    assert.ok(v.error instanceof HookError);
    assert.equal(v.error.timeout, false);
  });

  test('an error answer (unknown locale, 422) lets the draft through', async () => {
    const v = await decide(CARD, real({ locale: 'xx-NOPE' }));
    assert.equal(v.action, 'allow');
    assert.equal(v.error.status, 422);
  });

  test('a wrong path (404) lets the draft through', async () => {
    const v = await decide(CARD, real({ url: `${server.url}/nowhere` }));
    assert.equal(v.action, 'allow');
    assert.equal(v.error.status, 404);
  });
});

// A stand-in for the ZAF client: records what the app sets and invokes.
function fakeClient(fields) {
  const calls = { set: [], invoke: [] };
  return {
    calls,
    async get(paths) {
      const out = { errors: {} };
      for (const p of [].concat(paths)) out[p] = fields[p];
      return out;
    },
    async set(path, value) {
      calls.set.push([path, value]);
      fields[path] = value;
      return { [path]: value };
    },
    async invoke(...args) {
      calls.invoke.push(args);
      return {};
    },
  };
}

const reply = (text, type = 'publicReply') => ({ 'comment.text': text, 'comment.type': type, 'ticket.id': 123 });
const appSettings = (extra = {}) => ({
  ...settingsFrom({ chatwriterUrl: server.url, locale: 'en-US', timeoutMs: String(REAL_TIMEOUT_MS), applyFixes: 'true' }),
  ...extra,
});

describe('onTicketSave (ticket.save handler)', () => {
  test('block cancels the save with the reason as a string', async () => {
    const client = fakeClient(reply(CARD));
    await assert.rejects(onTicketSave(client, appSettings()), (reason) => {
      assert.equal(typeof reason, 'string', 'Zendesk shows a rejected string to the agent');
      assert.match(reason, /common\.pii\.card-number/);
      return true;
    });
    assert.deepEqual(client.calls.set, []);
  });

  test('rewrite replaces the comment text, then saves', async () => {
    const client = fakeClient(reply(SHORTHAND));
    assert.equal(await onTicketSave(client, appSettings()), true);
    assert.deepEqual(client.calls.set, [['comment.text', 'Please check your settings!']]);
  });

  test('allow saves without touching the comment', async () => {
    const client = fakeClient(reply(CLEAN));
    assert.equal(await onTicketSave(client, appSettings()), true);
    assert.deepEqual(client.calls.set, []);
    assert.deepEqual(client.calls.invoke, []);
  });

  test('warn saves and shows a notice', async () => {
    const client = fakeClient(reply(SHORTHAND));
    assert.equal(await onTicketSave(client, appSettings({ applyFixes: false })), true);
    assert.deepEqual(client.calls.set, []);
    assert.equal(client.calls.invoke.length, 1);
    const [action, message, kind] = client.calls.invoke[0];
    assert.equal(action, 'notify');
    assert.match(message, /^chatwriter: .*en\.textspeak/);
    assert.equal(kind, 'notice');
  });

  test('timeout saves unchecked', async () => {
    const client = fakeClient(reply(CARD));
    const settings = settingsFrom({ chatwriterUrl: silent.url, timeoutMs: '300' });
    assert.equal(await onTicketSave(client, settings), true);
    assert.deepEqual(client.calls.set, []);
  });

  test('server down saves unchecked', async () => {
    const client = fakeClient(reply(CARD));
    assert.equal(await onTicketSave(client, settingsFrom({ chatwriterUrl: await downUrl() })), true);
  });

  test('server down with failClosed refuses to save', async () => {
    const client = fakeClient(reply('Hello, how can I help?'));
    const settings = settingsFrom({ chatwriterUrl: await downUrl(), failClosed: 'true' });
    await assert.rejects(onTicketSave(client, settings), (reason) => reason === FAIL_CLOSED_MESSAGE);
  });

  test('internal notes and empty replies are not checked', async () => {
    // failClosed against a dead server would refuse the save if chatwriter were asked
    const settings = settingsFrom({ chatwriterUrl: await downUrl(), failClosed: true });
    assert.equal(await onTicketSave(fakeClient(reply(CARD, 'internalNote')), settings), true);
    assert.equal(await onTicketSave(fakeClient(reply('  ')), settings), true);
    assert.equal(await onTicketSave(fakeClient(reply('<p><br></p>')), settings), true);
  });

  test('internal notes are checked when asked', async () => {
    const client = fakeClient(reply(CARD, 'internalNote'));
    await assert.rejects(onTicketSave(client, appSettings({ checkInternalNotes: true })), /card-number/);
  });

  test('HTML replies are checked as text and never rewritten', async () => {
    const blocked = fakeClient(reply('<p>Your card <b>4111 1111 1111 1111</b> is on file.</p>'));
    await assert.rejects(onTicketSave(blocked, appSettings()), /card-number/);
    const warned = fakeClient(reply('<p>Pls check ur settings!!!</p>'));
    assert.equal(await onTicketSave(warned, appSettings()), true);
    assert.deepEqual(warned.calls.set, [], 'an HTML body keeps its formatting');
    assert.equal(warned.calls.invoke.length, 1);
    assert.match(warned.calls.invoke[0][1], /en\.textspeak/);
  });
});

// Zendesk's GET /api/v2/tickets/{id}/comments.json?include=users&sort_order=desc,
// newest first, as client.request resolves it with dataType json
function commentsApi(comments, users) {
  const seen = [];
  return {
    seen,
    async request(options) {
      seen.push(options);
      return { comments, users, next_page: null };
    },
  };
}

const USERS = [
  { id: 1, role: 'end-user' },
  { id: 2, role: 'agent' },
];

describe('locale and conversation of the ticket', () => {
  test('pickLocale: the requester decides the language, the brand or installation the region', () => {
    assert.equal(pickLocale('de', 'de-AT', 'en-US'), 'de-AT');
    assert.equal(pickLocale('de', '', 'en-GB'), 'de');
    assert.equal(pickLocale('en-us', 'de-AT', 'en-GB'), 'en-GB');
    assert.equal(pickLocale('pt-br', '', 'en-US'), 'pt-BR');
    assert.equal(pickLocale('es-AR', '', 'en-US'), 'es');
    assert.equal(pickLocale('ja', '', 'fr-CA'), 'fr-CA');
    assert.equal(pickLocale(undefined, '', 'it-IT'), 'it-IT');
  });

  test('ticketConversation: public comments, oldest first, bounded; failures give none', async () => {
    const api = commentsApi(
      [
        { author_id: 1, public: true, plain_body: 'four' },
        { author_id: 2, public: false, plain_body: 'an internal note' },
        { author_id: 2, public: true, plain_body: 'two' },
        { author_id: 1, public: true, plain_body: 'one' },
      ],
      USERS,
    );
    assert.deepEqual(await ticketConversation(api, 77, { limit: 2 }), [
      { role: 'agent', text: 'two' },
      { role: 'customer', text: 'four' },
    ]);
    assert.match(api.seen[0].url, /^\/api\/v2\/tickets\/77\/comments\.json\?include=users&sort_order=desc/);
    assert.deepEqual(await ticketConversation(api, undefined), [], 'a new ticket has no comments');
    assert.deepEqual(await ticketConversation(api, 77, { limit: 0 }), []);
    const failing = { request: async () => Promise.reject({ status: 403 }) };
    assert.deepEqual(await ticketConversation(failing, 77), []);
    const hanging = { request: () => new Promise(() => {}) };
    assert.deepEqual(await ticketConversation(hanging, 77, { timeoutMs: 50 }), []);
  });

  test('a German requester of an Austrian brand: the earlier "Sie" makes "dir" a mix', async () => {
    const fields = {
      ...reply('Danke! Ich schaue nach und melde mich gleich bei dir.'),
      'ticket.requester.locale': 'de',
      'ticket.brand': { id: 360001, name: 'Shop AT' },
    };
    const comments = [
      { author_id: 1, public: true, plain_body: 'Die Nummer ist 40917.' },
      { author_id: 2, public: true, plain_body: 'Guten Tag, das tut mir leid. Können Sie mir Ihre Bestellnummer nennen?' },
      { author_id: 1, public: true, plain_body: 'Hallo, mein Paket ist nicht angekommen.' },
    ];
    const settings = appSettings({ applyFixes: false, brandLocales: new Map([['360001', 'de-AT']]) });
    const client = { ...fakeClient(fields), ...commentsApi(comments, USERS) };
    assert.equal(await onTicketSave(client, settings), true);
    assert.equal(client.calls.invoke.length, 1);
    assert.match(client.calls.invoke[0][1], /de\.formality\.du-sie/);

    // the same reply without the ticket's history is consistent: no notice
    const alone = fakeClient({ ...fields });
    assert.equal(await onTicketSave(alone, settings), true);
    assert.deepEqual(alone.calls.invoke, []);
  });

  test("a Mexican requester: tú after the agent's usted, internal notes ignored", async () => {
    const fields = {
      ...reply('Gracias, ya lo encontré. ¿Puedes revisar tu correo?'),
      'ticket.requester.locale': 'es-MX',
    };
    const comments = [
      { author_id: 1, public: true, plain_body: 'Es el 558120.' },
      { author_id: 2, public: false, plain_body: 'Nota: ya le di seguimiento.' },
      { author_id: 2, public: true, plain_body: 'Claro que sí, con gusto le ayudo. ¿Me confirma su número de cliente?' },
      { author_id: 1, public: true, plain_body: 'Hola, ¿me pueden ayudar con mi factura?' },
    ];
    const client = { ...fakeClient(fields), ...commentsApi(comments, USERS) };
    assert.equal(await onTicketSave(client, appSettings({ applyFixes: false })), true);
    assert.equal(client.calls.invoke.length, 1);
    assert.match(client.calls.invoke[0][1], /es\.formality\.tu-usted/);
  });
});

describe('assets/main.js (the ZAF wiring)', () => {
  test('registers ticket.save with the installation settings', async () => {
    const fields = reply(CARD);
    const client = fakeClient(fields);
    const handlers = {};
    client.on = (name, handler) => {
      handlers[name] = handler;
    };
    client.metadata = async () => ({
      settings: { chatwriterUrl: server.url, locale: 'en-US', timeoutMs: REAL_TIMEOUT_MS, applyFixes: true },
    });
    globalThis.ZAFClient = { init: () => client };
    try {
      await import('../assets/main.js');
    } finally {
      delete globalThis.ZAFClient;
    }
    assert.equal(typeof handlers['ticket.save'], 'function');
    await assert.rejects(handlers['ticket.save'](), /common\.pii\.card-number/);
    fields['comment.text'] = SHORTHAND;
    assert.equal(await handlers['ticket.save'](), true);
    assert.deepEqual(client.calls.set, [['comment.text', 'Please check your settings!']]);
    assert.deepEqual(client.calls.invoke[0], ['resize', { width: '100%', height: '40px' }]);
  });
});

describe('zafTransport (client.request through Zendesk)', () => {
  // a stand-in for client.request that makes the real call and answers in
  // ZAF's httpCompleteResponse shape, rejecting on non-2xx like ZAF does
  function proxyClient() {
    const seen = [];
    return {
      seen,
      async request(options) {
        seen.push(options);
        const { status, body } = await fetchTransport(options.url, {
          headers: { ...options.headers, 'Content-Type': options.contentType },
          body: options.data,
        });
        const res = { status, responseText: body, headers: {} };
        if (status < 200 || status > 299) throw res;
        return res;
      },
    };
  }

  test('decides through the proxy', async () => {
    const client = proxyClient();
    const v = await decide(CARD, real({ transport: zafTransport(client) }));
    assert.equal(v.action, 'block');
    assert.equal(client.seen[0].type, 'POST');
    assert.equal(client.seen[0].url, `${server.url}/v1/hook`);
    assert.equal(client.seen[0].secure, false);
  });

  test('a non-2xx answer through the proxy lets the draft through', async () => {
    const v = await decide(CARD, real({ locale: 'xx-NOPE', transport: zafTransport(proxyClient()) }));
    assert.equal(v.action, 'allow');
    assert.equal(v.error.status, 422);
  });

  test('the secure token is left for Zendesk to fill in', async () => {
    const client = proxyClient();
    const settings = settingsFrom({ chatwriterUrl: server.url, viaZendeskProxy: 'true' }, client);
    await onTicketSave(fakeClient(reply(CLEAN)), { ...settings, timeoutMs: REAL_TIMEOUT_MS });
    assert.equal(client.seen.length, 1);
    assert.equal(client.seen[0].secure, true);
    assert.equal(client.seen[0].headers.Authorization, 'Bearer {{setting.token}}');
  });
});
