// chatwriter pre-send check for Zendesk's ticket.save hook.
//
// This module knows nothing about the browser or Zendesk: it takes a draft,
// asks chatwriter's POST /v1/hook (docs/hook.md in the chatwriter repository)
// and turns the answer into what a ticket.save handler must do. The ZAF wiring
// is in ../assets/main.js; assets/hook.js is a copy of this file (npm run build),
// because a Zendesk app serves only its assets/ folder.
//
// Outcomes (a "verdict"):
//   allow    save the ticket as it is
//   rewrite  put verdict.text into the reply, then save
//   block    cancel the save and show verdict.reason to the agent
// When chatwriter is down, slow or answers an error, the verdict is allow
// (fail-open) with verdict.error set, unless failClosed is asked for.

export const DEFAULT_TIMEOUT_MS = 2000;
export const FAIL_CLOSED_MESSAGE =
  'The style check is not available right now, so this reply was not saved. Try again in a moment.';

/** A failed call to chatwriter: network error, time limit, non-200 answer, bad JSON. */
export class HookError extends Error {
  constructor(message, { status = 0, code = '', timeout = false, cause } = {}) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'HookError';
    this.status = status;
    this.code = code;
    this.timeout = timeout;
  }
}

/**
 * The default transport: fetch() (Node 18+, every current browser).
 * A transport takes (url, {headers, body, signal}) and resolves to {status, body}
 * where body is the response text.
 */
export async function fetchTransport(url, { headers, body, signal }) {
  const res = await fetch(url, { method: 'POST', headers, body, signal });
  return { status: res.status, body: await res.text() };
}

/**
 * A transport through Zendesk's request proxy (client.request), for a chatwriter
 * server that the agents' browsers cannot reach directly, or to keep the token
 * in a secure app setting: '{{setting.token}}' is filled in by Zendesk's proxy,
 * never by the browser.
 */
export function zafTransport(client, { secureToken = false } = {}) {
  return async (url, { headers, body }) => {
    const sent = { ...headers };
    if (secureToken) sent.Authorization = 'Bearer {{setting.token}}';
    const options = {
      url,
      type: 'POST',
      contentType: 'application/json',
      headers: sent,
      data: body,
      dataType: 'text',
      cors: false,
      secure: secureToken,
      httpCompleteResponse: true,
    };
    try {
      const res = await client.request(options);
      return { status: res.status, body: res.responseText };
    } catch (err) {
      // client.request rejects on non-2xx answers with the same shape
      if (err && typeof err.status === 'number' && err.status > 0) {
        return { status: err.status, body: err.responseText || '' };
      }
      throw err;
    }
  };
}

/**
 * POST a hook request to {url}/v1/hook and return the parsed hook response.
 * Throws HookError on any failure, and after timeoutMs at the latest (even with
 * a transport that ignores the abort signal).
 */
export async function callHook(request, { url, token = '', timeoutMs = DEFAULT_TIMEOUT_MS, transport = fetchTransport } = {}) {
  if (!url) throw new HookError('no chatwriter URL configured');
  const endpoint = `${String(url).replace(/\/+$/, '')}/v1/hook`;
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const controller = new AbortController();
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new HookError(`chatwriter did not answer within ${timeoutMs} ms`, { timeout: true }));
    }, timeoutMs);
  });
  let answer;
  try {
    answer = await Promise.race([
      transport(endpoint, { headers, body: JSON.stringify(request), signal: controller.signal }),
      expired,
    ]);
  } catch (err) {
    if (err instanceof HookError) throw err;
    throw new HookError(`chatwriter could not be reached: ${err && err.message ? err.message : err}`, { cause: err });
  } finally {
    clearTimeout(timer);
  }
  let data;
  try {
    data = JSON.parse(answer.body);
  } catch (err) {
    throw new HookError(`chatwriter answered ${answer.status} with something that is not JSON`, {
      status: answer.status,
      cause: err,
    });
  }
  if (answer.status !== 200) {
    const error = (data && data.error) || {};
    throw new HookError(`chatwriter answered ${answer.status}${error.message ? `: ${error.message}` : ''}`, {
      status: answer.status,
      code: error.code || '',
    });
  }
  if (!data || !['allow', 'warn', 'block'].includes(data.decision) || typeof data.text !== 'string') {
    throw new HookError('chatwriter answered something that is not a hook response', { status: answer.status });
  }
  return data;
}

/** Map a hook response for a draft to a verdict. A block always wins; a changed text is a rewrite. */
export function interpret(draft, response) {
  const verdict = {
    action: 'allow',
    text: draft,
    reason: response.reason || '',
    warn: response.decision === 'warn',
    error: null,
    response,
  };
  if (response.decision === 'block') {
    verdict.action = 'block';
    if (!verdict.reason.trim()) verdict.reason = 'chatwriter blocked this reply.';
    return verdict;
  }
  if (response.changed && response.text !== draft) {
    verdict.action = 'rewrite';
    verdict.text = response.text;
  }
  return verdict;
}

/**
 * Ask chatwriter about a draft. Never throws; never takes longer than timeoutMs.
 * options: url, token, locale, timeoutMs, fix, failClosed, transport, id, author, conversation.
 */
export async function decide(draft, options = {}) {
  const request = { text: draft, locale: options.locale || 'en-US' };
  if (options.fix) request.fix = true;
  if (options.id !== undefined && options.id !== null && options.id !== '') request.id = options.id;
  if (options.author) request.author = String(options.author);
  if (Array.isArray(options.conversation) && options.conversation.length) request.conversation = options.conversation;
  try {
    return interpret(draft, await callHook(request, options));
  } catch (error) {
    if (options.failClosed) {
      return { action: 'block', text: draft, reason: FAIL_CLOSED_MESSAGE, warn: false, error, response: null };
    }
    return { action: 'allow', text: draft, reason: '', warn: false, error, response: null };
  }
}

const HTML_TAG = /<\/?[a-z][^>]*>/i;

/** True when a comment body is HTML (Zendesk's rich text editor) rather than plain text. */
export function isHtml(text) {
  return HTML_TAG.test(text);
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text of an HTML comment body, for checking: block ends become line breaks, tags go. */
export function htmlToText(html) {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|blockquote|pre)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** chatwriter's built-in locales (`chatwriter locales`): a region, or a bare language for any region. */
export const LOCALES = new Set([
  'de', 'de-AT', 'de-CH', 'de-DE',
  'en', 'en-AU', 'en-CA', 'en-GB', 'en-US',
  'es', 'es-ES', 'es-MX',
  'fr', 'fr-CA', 'fr-FR',
  'it', 'it-IT',
  'nl', 'nl-NL',
  'pt', 'pt-BR', 'pt-PT',
]);

/** "pt_br", "DE", "en-gb" as chatwriter spells them: "pt-BR", "de", "en-GB" (not checked). */
export function normalizeLocale(tag) {
  const [lang = '', region = ''] = String(tag ?? '').trim().replace(/_/g, '-').split('-');
  return region ? `${lang.toLowerCase()}-${region.toUpperCase()}` : lang.toLowerCase();
}

const languageOf = (tag) => tag.split('-')[0];

/**
 * The locale a reply is checked in. person is the language of whoever the reply is
 * for (the requester's Zendesk locale, e.g. "de" or "pt-BR"): it decides the language.
 * configured are the administrator's locales, most specific first (the brand's, then
 * the installation's): they decide the region when their language is the person's.
 * A German requester of an Austrian brand gets de-AT; a Spanish one gets es (any
 * region) unless the requester's locale names a built-in region such as es-MX; an
 * unknown language gets the first configured locale.
 */
export function pickLocale(person, ...configured) {
  const wanted = normalizeLocale(person);
  const given = configured.map(normalizeLocale).filter(Boolean);
  if (wanted) {
    const same = given.find((c) => languageOf(c) === languageOf(wanted));
    if (same) return same;
    if (LOCALES.has(wanted)) return wanted;
    if (LOCALES.has(languageOf(wanted))) return languageOf(wanted);
  }
  return given[0] || '';
}

/**
 * "key=locale" pairs separated by commas, semicolons or new lines (e.g.
 * "360001=de-AT, Ventas MX=es-MX") as a Map with normalised locales. Throws on an
 * entry that is not key=locale, naming it.
 */
export function parseLocaleMap(text) {
  const out = new Map();
  for (const raw of String(text ?? '').split(/[,;\n]/)) {
    const entry = raw.trim();
    if (!entry) continue;
    const at = entry.indexOf('=');
    const key = at < 0 ? '' : entry.slice(0, at).trim();
    const value = at < 0 ? '' : normalizeLocale(entry.slice(at + 1));
    if (!key || !value) throw new Error(`locale map entry "${entry}" is not "name=locale" (e.g. "Ventas MX=es-MX")`);
    out.set(key, value);
  }
  return out;
}

/**
 * The locale of the ticket being saved: the requester's language, with the region of
 * the brand's locale (brandLocales, by brand id or name) or the installation's.
 */
export function ticketLocale(got, settings = {}) {
  const brand = got['ticket.brand'] || {};
  const brands = settings.brandLocales || new Map();
  const mapped = brands.get(String(brand.id ?? '')) || brands.get(String(brand.name ?? '')) || '';
  const person = settings.useRequesterLocale === false ? '' : got['ticket.requester.locale'];
  return pickLocale(person, mapped, settings.locale || 'en-US');
}

/**
 * Up to `limit` earlier public comments of the ticket, oldest first, as hook turns:
 * end users' comments are the customer's, agents' and admins' the agent's. Internal
 * notes are left out. Read through Zendesk's API (client.request); a ticket not saved
 * yet, or a failed or slow call, gives no conversation: context refines the check,
 * it never holds up the save.
 */
export async function ticketConversation(client, ticketId, { limit = 10, timeoutMs = DEFAULT_TIMEOUT_MS } = {}) {
  if (!limit || !ticketId || !client || typeof client.request !== 'function') return [];
  const url = `/api/v2/tickets/${encodeURIComponent(ticketId)}/comments.json?include=users&sort_order=desc&per_page=${Math.min(limit, 100)}`;
  let timer;
  try {
    const data = await Promise.race([
      client.request({ url, type: 'GET', dataType: 'json' }),
      new Promise((resolve) => {
        timer = setTimeout(resolve, timeoutMs, null);
      }),
    ]);
    if (!data || !Array.isArray(data.comments)) return [];
    const roles = new Map((data.users || []).map((u) => [u.id, u.role]));
    return data.comments
      .filter((c) => c && c.public !== false)
      .map((c) => ({
        role: roles.get(c.author_id) === 'end-user' ? 'customer' : 'agent',
        text: String(c.plain_body ?? c.body ?? '').trim(),
      }))
      .filter((t) => t.text)
      .slice(0, limit)
      .reverse();
  } catch {
    return [];
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The ticket.save handler, given a ZAF client (or anything with the same get/set/invoke,
 * and request for the conversation). Resolves to true to let the save go on; rejects with
 * the reason (a string) to cancel it, which Zendesk shows to the agent. Settings: url,
 * token, locale, brandLocales, useRequesterLocale, contextComments, timeoutMs, applyFixes,
 * failClosed, checkInternalNotes, transport.
 */
export async function onTicketSave(client, settings = {}) {
  const got = await client.get(['comment.text', 'comment.type', 'ticket.id', 'ticket.requester.locale', 'ticket.brand']);
  const body = got['comment.text'] || '';
  if (!body.trim()) return true; // a save without a reply (status, fields)
  if (got['comment.type'] === 'internalNote' && !settings.checkInternalNotes) return true;
  const html = isHtml(body);
  const draft = html ? htmlToText(body) : body;
  if (!draft.trim()) return true;
  const conversation = await ticketConversation(client, got['ticket.id'], {
    limit: settings.contextComments ?? 10,
    timeoutMs: settings.timeoutMs,
  });
  const verdict = await decide(draft, {
    url: settings.url,
    token: settings.token,
    locale: ticketLocale(got, settings),
    timeoutMs: settings.timeoutMs,
    // rewriting an HTML body would lose its formatting: suggest instead (a warning)
    fix: Boolean(settings.applyFixes) && !html,
    failClosed: Boolean(settings.failClosed),
    transport: settings.transport,
    id: got['ticket.id'] ?? undefined,
    conversation,
  });
  if (verdict.action === 'block') {
    // a rejected promise with a string cancels the save, and Zendesk shows the string
    return Promise.reject(verdict.reason);
  }
  if (verdict.action === 'rewrite') {
    await client.set('comment.text', verdict.text);
  }
  if (verdict.warn && verdict.reason) {
    await notify(client, `chatwriter: ${verdict.reason}`);
  }
  return true;
}

function flag(value, fallback) {
  if (value === undefined || value === null || value === '') return fallback;
  return value === true || value === 'true';
}

/**
 * onTicketSave's settings from the app's installation settings (manifest.json
 * parameters; ZAF may hand numbers and checkboxes over as strings).
 */
export function settingsFrom(raw = {}, client = null) {
  const timeout = Number.parseInt(raw.timeoutMs, 10);
  const context = Number.parseInt(raw.contextComments, 10);
  const viaProxy = flag(raw.viaZendeskProxy, false);
  if (viaProxy && !client) throw new Error('viaZendeskProxy needs the ZAF client');
  return {
    url: String(raw.chatwriterUrl || '').trim(),
    locale: normalizeLocale(raw.locale || 'en-US'),
    brandLocales: parseLocaleMap(raw.brandLocales),
    useRequesterLocale: flag(raw.useRequesterLocale, true),
    contextComments: Number.isFinite(context) && context >= 0 ? Math.min(context, 50) : 10,
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? Math.min(timeout, 30000) : DEFAULT_TIMEOUT_MS,
    applyFixes: flag(raw.applyFixes, false),
    failClosed: flag(raw.failClosed, false),
    checkInternalNotes: flag(raw.checkInternalNotes, false),
    // the token is a secure setting: only Zendesk's proxy can fill it in
    transport: viaProxy ? zafTransport(client, { secureToken: true }) : fetchTransport,
  };
}

async function notify(client, message) {
  try {
    await client.invoke('notify', message, 'notice');
  } catch {
    // a notice that cannot be shown must not stop the save
  }
}
