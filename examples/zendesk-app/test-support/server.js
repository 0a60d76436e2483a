// A real `chatwriter serve --http` on 127.0.0.1 for the tests, plus stand-ins
// for a server that hangs and one that is down.
//
// When CHATWRITER_URL is set (examples/run-tests.sh does that) that server is
// used. Otherwise the console script named by CHATWRITER_BIN (default:
// `chatwriter` on PATH) is started on a free port; /healthz is awaited for at
// most two minutes; stop() sends SIGTERM, then SIGKILL after ten seconds.
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 10_000;

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function healthy(url) {
  try {
    const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

async function waitHealthy(url, exited) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (exited && exited()) throw new Error('chatwriter server exited before it was ready');
    if (await healthy(url)) return;
    if (Date.now() > deadline) throw new Error(`chatwriter server at ${url} not ready after ${START_TIMEOUT_MS} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Resolves to {url, stop()}. */
export async function startServer() {
  const given = (process.env.CHATWRITER_URL || '').replace(/\/+$/, '');
  if (given) {
    await waitHealthy(given, null);
    return { url: given, stop: async () => {} };
  }
  const bin = process.env.CHATWRITER_BIN || 'chatwriter';
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chatwriter-node-test-'));
  const logPath = path.join(dir, 'server.log');
  const log = openSync(logPath, 'w');
  const env = { ...process.env };
  delete env.CHATWRITER_TOKEN;
  const child = spawn(bin, ['serve', '--http', '--port', String(port), '--isolated', '--locales', 'en-US,de,es-MX'], {
    stdio: ['ignore', log, log],
    env,
  });
  closeSync(log);
  let exitedWith = null;
  let spawnError = null;
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      exitedWith = { code, signal };
      resolve();
    });
    child.once('error', (err) => {
      spawnError = err;
      exitedWith = { code: null, signal: null };
      resolve();
    });
  });
  const logText = () => {
    try {
      return readFileSync(logPath, 'utf8');
    } catch {
      return '';
    }
  };
  const stop = async () => {
    if (exitedWith === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(killer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitHealthy(url, () => exitedWith !== null);
  } catch (err) {
    const text = logText();
    await stop();
    if (spawnError) {
      throw new Error(`cannot start ${bin} (set CHATWRITER_BIN or put chatwriter on PATH): ${spawnError.message}`);
    }
    throw new Error(`${err.message}\n--- server log\n${text}`);
  }
  return { url, stop };
}

/** A listener on 127.0.0.1 that accepts connections and never answers. Resolves to {url, close()}. */
export function silentServer() {
  const sockets = new Set();
  const srv = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
  });
  return new Promise((resolve, reject) => {
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${srv.address().port}`,
        close: () =>
          new Promise((done) => {
            for (const s of sockets) s.destroy();
            srv.close(() => done());
          }),
      });
    });
  });
}

/** The URL of a port on 127.0.0.1 where nothing listens. */
export async function downUrl() {
  return `http://127.0.0.1:${await freePort()}`;
}
