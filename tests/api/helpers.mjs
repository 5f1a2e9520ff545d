// Black-box test harness for the Causerie HTTP API.
//
// What it is for: every *.test.mjs file in tests/api starts the real server
// binary (env CAUSERIE_BIN, default build/causerie) through startServer() and
// talks to it over HTTP only, so the tests check the contract in
// /work/shared/API.md and never the implementation.
//
// How it works: a free port is found by listening on port 0 and closing; each
// server gets a fresh store (a SQLite file in a temp dir, or, when
// CAUSERIE_TEST_BACKEND=postgresql, a new database created with psql on the
// server named by CAUSERIE_TEST_PG_URL); the harness waits for /healthz, keeps
// the server's output in tests/artifacts/api/, and offers JSON requests, raw
// HTTP (node:http with no agent) and raw TCP (node:net) for malformed input,
// and one reader of the live event stream (sseReader).
//
// What it must never do: leave a server running.  Every child is tracked and
// SIGKILLed on process exit (uncaught errors included) and on SIGINT/SIGTERM; its pid
// is also written to CAUSERIE_TEST_PIDDIR (when set) so the runner script can
// sweep any survivor by pid.

import { spawn, execFile } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import dns from 'node:dns';
import assert from 'node:assert/strict';

const execFileP = promisify(execFile);

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = path.resolve(ROOT, process.env.CAUSERIE_BIN || 'build/causerie');
export const BACKEND = (process.env.CAUSERIE_TEST_BACKEND || 'sqlite').toLowerCase();
export const PG_URL = process.env.CAUSERIE_TEST_PG_URL || '';
export const DEFAULT_SITE = 'testsite';
const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts', 'api');
const PIDDIR = process.env.CAUSERIE_TEST_PIDDIR || '';
const START_TIMEOUT_MS = 30000;   // a PostgreSQL schema migrating on a loaded machine
// AddressSanitizer, LeakSanitizer and UBSan reports in the server's output.
const SANITIZER_RE = /ERROR: (AddressSanitizer|LeakSanitizer)|runtime error: |SUMMARY: (AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer)/;

if (BACKEND !== 'sqlite' && BACKEND !== 'postgresql') {
  throw new Error(`CAUSERIE_TEST_BACKEND must be sqlite or postgresql, not ${BACKEND}`);
}
if (BACKEND === 'postgresql' && !PG_URL) {
  throw new Error('CAUSERIE_TEST_BACKEND=postgresql needs CAUSERIE_TEST_PG_URL');
}

// ---------------------------------------------------------------------------
// Process bookkeeping: no orphan servers, whatever happens to the test file.

const children = new Set();

function pidFile(pid) {
  return PIDDIR ? path.join(PIDDIR, `${pid}.pid`) : '';
}

function track(child) {
  children.add(child);
  const pf = pidFile(child.pid);
  if (pf) {
    try { fs.writeFileSync(pf, `${child.pid}\n`); } catch { /* the sweep is a safety net only */ }
  }
  child.once('exit', () => {
    children.delete(child);
    if (pf) fs.rmSync(pf, { force: true });
  });
}

function killAllNow() {
  for (const c of children) {
    try { c.kill('SIGKILL'); } catch { /* already gone */ }
    const pf = pidFile(c.pid);
    if (pf) fs.rmSync(pf, { force: true });
  }
  children.clear();
}

process.on('exit', killAllNow);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(sig, () => { killAllNow(); process.exit(128 + os.constants.signals[sig]); });
}

// ---------------------------------------------------------------------------
// Small utilities.

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits up to 5 s (every 50 ms) for cond() to hold; fails with `what` if it does not. */
export async function until(cond, what) {
  for (let i = 0; i < 100 && !cond(); i += 1) await sleep(50);
  assert.ok(cond(), what);
}

// What a test started (servers, SMTP sinks, webhook receivers, files) is
// undone when it ends, last first: onCleanup(fn) in the test, and the file
// runs afterEach(cleanUp) and after(cleanUp).  Servers hold database
// connections, and a PostgreSQL cluster has only so many.
let cleanups = [];
export function onCleanup(fn) { cleanups.push(fn); }
export async function cleanUp() {
  const fns = cleanups.reverse();
  cleanups = [];
  for (const f of fns) await f();
}

let uniqCounter = 0;
/** A string unique in this run, for thread uris and names. */
export function uniq(prefix = 'u') {
  uniqCounter += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${uniqCounter}`;
}

/**
 * An editor's session on srv: `causerie admin add` of a fresh name (letters
 * and digits) with `password`, then a login.  loginOpts: the login
 * request's options (e.g. an X-Forwarded-For header).  Returns c, the
 * cookie-keeping client, h, the options that carry the CSRF token, and name.
 */
export async function editorSession(srv, loginOpts = {}, password = 'correct horse battery staple') {
  const name = `ed${uniq('').replace(/[^a-z0-9]/g, '').slice(-10)}`;
  const add = await runBinary(['admin', 'add', name], { env: { CAUSERIE_STORE_URL: srv.store.url, USER: 'operator' }, input: `${password}\n`, timeoutMs: 60000 });
  if (add.code !== 0) throw new Error(`admin add ${name}: ${add.stderr}`);
  const c = srv.client();
  const r = await c.post('/api/v1/admin/login', { user: name, password }, loginOpts);
  if (r.status !== 200) throw new Error(`login ${name}: ${r.status} ${r.text}`);
  return { c, h: { headers: { 'X-CSRF-Token': r.body.csrf } }, name };
}

/** A port that was free a moment ago (listen on 0, read it, close). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function exists(p) {
  try { fs.accessSync(p, fs.constants.X_OK); return true; } catch { return false; }
}

/** Throws a readable error when the binary is not built yet. */
export function requireBinary() {
  if (!exists(BIN)) {
    throw new Error(`server binary not found or not executable: ${BIN} (build it with make, or set CAUSERIE_BIN)`);
  }
}

// ---------------------------------------------------------------------------
// Stores: a fresh one for each server.

function pgUrlWithDb(base, db) {
  const u = new URL(base);
  u.pathname = `/${db}`;
  return u.toString();
}

async function psql(url, sql) {
  await execFileP('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-X', '-c', sql], { timeout: 30000 });
}

/** Creates a fresh, empty store; returns {url, dispose()}. */
export async function freshStore(tmpdir) {
  if (BACKEND === 'sqlite') {
    const file = path.join(tmpdir, 'causerie.db');
    return { url: `sqlite:${file}`, kind: 'sqlite', dispose: async () => {} };
  }
  const db = `causerie_t_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  await psql(PG_URL, `CREATE DATABASE ${db}`);
  return {
    url: pgUrlWithDb(PG_URL, db),
    kind: 'postgresql',
    dispose: async () => {
      try { await psql(PG_URL, `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`); } catch { /* left for the DBA */ }
    },
  };
}

// ---------------------------------------------------------------------------
// HTTP clients.

/**
 * One HTTP request with node:http and no connection reuse.
 * opts: {method, headers, body (Buffer|string), json (object, sets the
 * content type), timeout}.  Resolves {status, headers, text, body, raw}
 * where body is the parsed JSON when the text parses, else null.  A response
 * that arrives before a write error (EPIPE/ECONNRESET after an early answer)
 * is still returned, with writeError set.
 */
export function request(port, method, urlPath, opts = {}) {
  const headers = { ...(opts.headers || {}) };
  let body = opts.body;
  if (opts.json !== undefined) {
    body = Buffer.from(JSON.stringify(opts.json));
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
      headers['Content-Type'] = 'application/json';
    }
  }
  if (typeof body === 'string') body = Buffer.from(body);
  if (body && !opts.chunked && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-length')) {
    headers['Content-Length'] = String(body.length);
  }
  return new Promise((resolve, reject) => {
    let settled = false;
    let writeError = null;
    const req = http.request({
      host: '127.0.0.1', port, method, path: urlPath, headers, agent: false,
      timeout: opts.timeout ?? 15000,
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('error', (e) => { if (!settled) { settled = true; reject(e); } });
      res.on('end', () => {
        if (settled) return;
        settled = true;
        const raw = Buffer.concat(chunks);
        const text = raw.toString('utf8');
        let parsed = null;
        try { parsed = text.length ? JSON.parse(text) : null; } catch { parsed = null; }
        resolve({ status: res.statusCode, headers: res.headers, text, body: parsed, raw, writeError });
      });
    });
    req.on('timeout', () => req.destroy(new Error(`timeout: ${method} ${urlPath.length > 150 ? `${urlPath.slice(0, 150)}…` : urlPath}`)));
    req.on('error', (e) => {
      // An error after the response started is reported through writeError;
      // the response itself still decides the outcome.
      writeError = e;
      setTimeout(() => { if (!settled) { settled = true; reject(e); } }, 200);
    });
    if (body && opts.chunked) {
      const step = opts.chunked;
      for (let i = 0; i < body.length; i += step) req.write(body.subarray(i, i + step));
      req.end();
    } else {
      req.end(body);
    }
  });
}

/**
 * Raw TCP exchange: writes `data` (Buffer/string, or an array of parts sent
 * with `gapMs` between them), reads until the server closes or `timeoutMs`
 * passes.  Resolves {raw, text, status (number or null), closedByServer}.
 */
export function rawExchange(port, data, { timeoutMs = 3000, gapMs = 0, halfClose = false } = {}) {
  const parts = Array.isArray(data) ? data : [data];
  return new Promise((resolve) => {
    const chunks = [];
    let closedByServer = false;
    let done = false;
    const sock = net.connect(port, '127.0.0.1');
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sock.destroy();
      const raw = Buffer.concat(chunks);
      const text = raw.toString('latin1');
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ raw, text, status: m ? Number(m[1]) : null, closedByServer });
    };
    const timer = setTimeout(finish, timeoutMs);
    sock.on('data', (c) => chunks.push(c));
    sock.on('end', () => { closedByServer = true; finish(); });
    sock.on('close', () => { closedByServer = true; finish(); });
    sock.on('error', () => finish());
    sock.on('connect', async () => {
      for (let i = 0; i < parts.length; i += 1) {
        if (done) return;
        sock.write(parts[i]);
        if (gapMs && i < parts.length - 1) await sleep(gapMs);
      }
      if (halfClose && !done) sock.end();
    });
  });
}

/**
 * The live event stream of one page, read as EventSource reads it (the HTML
 * standard, "interpreting an event stream"): GET /api/v1/events?uri=… on
 * port over node:http, no agent.  The stream is cut into blocks at blank
 * lines; a line is "field: value" (one space after the colon dropped; no
 * colon: the whole line is the field; a leading colon: a comment).  An id:
 * line sets the last event id in any block, one with no data among them (a
 * bare "id: N" counts); a block with data is an event, of its event: line's
 * type ("message" without one).
 *
 * opts: headers (more request headers); lastId (sent as Last-Event-ID, and
 * the last event id until an id: line comes); paused (nothing is read, so
 * the server's writes back up, until resume()).
 *
 * Returns the reader; the caller ends it with close() unless the server does:
 *   events    the events so far, in order: {event, id (the last event id
 *             then, a string), data (its data lines joined by "\n")};
 *   ids       the ids of the comment events so far, as numbers, in order;
 *   lastId()  the Last-Event-ID EventSource would send if it reconnected
 *             now ('' when it has none);
 *   opened    resolves once the server has answered, with the status (0 if
 *             the connection failed); headers are then the response's;
 *   closed    resolves once the stream is over: true when the server ended
 *             it, false when it was cut (close(), a connection error);
 *   until(cond, ms)  resolves true as soon as cond(events) holds (tried now
 *             and after each block), false once ms have passed or the stream
 *             is over;
 *   resume()  starts reading a paused stream;  close()  cuts it.
 */
export function sseReader(port, uri, { headers = {}, lastId = '', paused = false, query = '' } = {}) {
  const events = [];
  const ids = [];
  let last = lastId ? String(lastId) : '';
  let res = null;
  let over = false;
  let ended = false;
  let onOpen;
  let onClose;
  const opened = new Promise((resolve) => { onOpen = resolve; });
  const closed = new Promise((resolve) => { onClose = resolve; });
  const waiters = new Set();
  const wake = () => { for (const w of waiters) w(); };
  const finish = () => {
    if (over) return;
    over = true;
    onOpen(0);
    onClose(ended);
    wake();
  };
  const dispatch = (block) => {
    let event = '';
    const data = [];
    for (const line of block.split('\n')) {
      if (line === '' || line.startsWith(':')) continue;
      const k = line.indexOf(':');
      const field = k < 0 ? line : line.slice(0, k);
      const value = k < 0 ? '' : line.slice(k + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
      else if (field === 'id' && !value.includes('\0')) last = value;
    }
    if (data.length) {
      events.push({ event: event || 'message', id: last, data: data.join('\n') });
      if (event === 'comment') ids.push(Number(last));
    }
    wake();
  };
  const reqHeaders = { Accept: 'text/event-stream', ...headers };
  if (lastId) reqHeaders['Last-Event-ID'] = String(lastId);
  const req = http.get({
    host: '127.0.0.1', port, agent: false,
    path: `/api/v1/events?uri=${encodeURIComponent(uri)}${query}`, headers: reqHeaders,
  }, (r) => {
    res = r;
    reader.headers = r.headers;
    if (paused) r.pause();
    r.setEncoding('utf8');
    let buf = '';
    r.on('data', (d) => {
      buf = (buf + d).replace(/\r\n/g, '\n');
      let i;
      while ((i = buf.indexOf('\n\n')) >= 0) {
        const block = buf.slice(0, i);
        buf = buf.slice(i + 2);
        dispatch(block);
      }
    });
    r.on('end', () => { ended = true; });
    r.on('error', () => {});
    r.on('close', finish);
    onOpen(r.statusCode);
  });
  req.on('error', finish);
  req.on('close', () => { if (!res) finish(); });
  const reader = {
    events,
    ids,
    headers: null,
    lastId: () => last,
    opened,
    closed,
    until: (cond, ms) => new Promise((resolve) => {
      const settle = (v) => {
        clearTimeout(timer);
        waiters.delete(check);
        resolve(v);
      };
      const check = () => {
        if (cond(events)) settle(true);
        else if (over) settle(false);
      };
      const timer = setTimeout(() => settle(false), ms);
      waiters.add(check);
      check();
    }),
    resume: () => { if (res) res.resume(); else paused = false; },
    close: () => req.destroy(),
  };
  return reader;
}

/**
 * A reader with a cookie jar, so votes from two readers can be told apart by
 * the voter cookie the server sets.
 */
export class Client {
  constructor(server) {
    this.server = server;
    this.cookies = new Map();
  }

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  absorb(res) {
    let sc = res.headers['set-cookie'] || [];
    if (!Array.isArray(sc)) sc = [sc];
    for (const line of sc) {
      const first = line.split(';')[0];
      const eq = first.indexOf('=');
      if (eq > 0) this.cookies.set(first.slice(0, eq).trim(), first.slice(eq + 1).trim());
    }
  }

  async req(method, urlPath, opts = {}) {
    const headers = { ...(opts.headers || {}) };
    if (this.cookies.size) headers.Cookie = this.cookieHeader();
    const res = await this.server.req(method, urlPath, { ...opts, headers });
    this.absorb(res);
    return res;
  }

  get(urlPath, opts) { return this.req('GET', urlPath, opts); }
  post(urlPath, json, opts = {}) { return this.req('POST', urlPath, { ...opts, json }); }
  put(urlPath, json, opts = {}) { return this.req('PUT', urlPath, { ...opts, json }); }
  del(urlPath, opts) { return this.req('DELETE', urlPath, opts); }
}

// ---------------------------------------------------------------------------
// The server under test.

class Server {
  constructor(opts) {
    this.opts = opts;
    this.env = null;
    this.port = 0;
    this.proc = null;
    this.log = '';
    this.exit = null; // {code, signal} once the process ended
    this.tmpdir = null;
    this.store = null;
    this.logFile = null;
    this.stopped = false;
    this.sanitizer = null; // excerpt of the first sanitizer report, if any
  }

  get base() { return `http://127.0.0.1:${this.port}`; }

  async init() {
    requireBinary();
    this.tmpdir = await fsp.mkdtemp(path.join(os.tmpdir(), 'causerie-api-'));
    this.store = this.opts.storeUrl
      ? { url: this.opts.storeUrl, kind: 'given', dispose: async () => {} }
      : await freshStore(this.tmpdir);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  }

  buildEnv() {
    const env = { ...process.env };
    // Nothing from the developer's shell may change the server under test.
    for (const k of Object.keys(env)) {
      if (k.startsWith('CAUSERIE_') && !k.startsWith('CAUSERIE_TEST_') && k !== 'CAUSERIE_BIN') delete env[k];
    }
    if (!this.opts.bareEnv) {
      Object.assign(env, {
        CAUSERIE_SERVER_LISTEN: `127.0.0.1:${this.port}`,
        CAUSERIE_SERVER_PUBLIC_URL: `http://127.0.0.1:${this.port}`,
        CAUSERIE_SERVER_DEFAULT_SITE: DEFAULT_SITE,
        CAUSERIE_STORE_URL: this.store.url,
        CAUSERIE_LIMITS_POSTS_PER_MINUTE: '0',
        CAUSERIE_LIMITS_VOTES_PER_MINUTE: '0',
      });
    }
    const extra = typeof this.opts.env === 'function' ? this.opts.env(this) : this.opts.env;
    Object.assign(env, extra || {});
    for (const [k, v] of Object.entries(env)) if (v === undefined || v === null) delete env[k];
    return env;
  }

  /** Starts the process and waits for /healthz; retries once on a port race. */
  async start({ newPort = false } = {}) {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      if (!this.port || newPort || attempt > 0) this.port = await freePort();
      this.env = this.buildEnv();
      this.spawn();
      const ok = await this.waitHealthy(START_TIMEOUT_MS);
      if (ok) return this;
      const portRace = this.exit && /address already in use|EADDRINUSE|bind/i.test(this.tail(2000));
      await this.kill('SIGKILL');
      if (!portRace) break;
    }
    throw new Error(`server did not become healthy on port ${this.port}; exit=${JSON.stringify(this.exit)}\n--- server output ---\n${this.tail(4000)}`);
  }

  spawn() {
    this.exit = null;
    this.startLog = '';   // this run's first output (waitHealthy)
    const args = (typeof this.opts.args === 'function' ? this.opts.args(this) : this.opts.args) || ['serve'];
    this.logFile = path.join(ARTIFACTS, `${this.opts.name || 'server'}-${process.pid}-${this.port}.log`);
    const logStream = fs.createWriteStream(this.logFile, { flags: 'a' });
    logStream.write(`# ${new Date().toISOString()} ${BIN} ${args.join(' ')} store=${this.store.url}\n`);
    const proc = spawn(BIN, args, { env: this.env, stdio: ['ignore', 'pipe', 'pipe'], cwd: this.tmpdir });
    this.proc = proc;
    track(proc);
    const onData = (d) => {
      const text = d.toString('utf8');
      if (!this.sanitizer) {
        const i = text.search(SANITIZER_RE);
        if (i >= 0) this.sanitizer = text.slice(Math.max(0, i - 200), i + 3000);
      }
      this.log += text;
      if (this.startLog.length < 64 * 1024) this.startLog += text;
      if (this.log.length > 256 * 1024) this.log = this.log.slice(-128 * 1024);
      // 'exit' may come before the last output is read ('close' comes
      // after): a late chunk stays in this.log, the file is already ended
      if (!logStream.writableEnded) logStream.write(d);
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    this.exited = new Promise((resolve) => {
      proc.once('exit', (code, signal) => {
        this.exit = { code, signal };
        logStream.end(`# exit code=${code} signal=${signal}\n`);
        resolve(this.exit);
      });
    });
    proc.once('error', (e) => { this.log += `spawn error: ${e.message}\n`; });
  }

  tail(n = 2000) { return this.log.slice(-n); }

  get alive() { return !!this.proc && this.exit === null; }

  async waitHealthy(timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    // a 200 counts once this process says it listens on the port: until it
    // has bound it (seconds of start on a loaded machine), another
    // process's server that took the port meanwhile would answer, and the
    // tests would talk to it (seen in CI: hostile15 read another server's
    // edit window, then its own server failed with "Address already in use")
    const mine = new RegExp(`listening on \\S+:${this.port}\\b`);
    while (Date.now() < deadline) {
      if (this.exit) return false;
      try {
        const r = await request(this.port, 'GET', '/healthz', { timeout: 2000 });
        if (r.status === 200 && mine.test(this.startLog)) return true;
      } catch { /* not listening yet */ }
      await sleep(50);
    }
    return false;
  }

  /** Sends a signal and waits for the exit (SIGKILL after timeoutMs). */
  async kill(signal = 'SIGTERM', timeoutMs = 10000) {
    if (!this.proc || this.exit) return this.exit;
    try { this.proc.kill(signal); } catch { /* gone */ }
    // a timer of our own, cleared once the process is gone: a pending one
    // would keep the test file's process alive for timeoutMs after its last test
    let timer;
    const t = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); });
    const r = await Promise.race([this.exited, t]);
    clearTimeout(timer);
    if (r === 'timeout') {
      try { this.proc.kill('SIGKILL'); } catch { /* gone */ }
      await this.exited;
      return { ...this.exit, timedOut: true };
    }
    return this.exit;
  }

  /** Kills the process (default SIGKILL, as a crash would) and starts it again on the same store. */
  async restart({ signal = 'SIGKILL', newPort = false } = {}) {
    await this.kill(signal);
    return this.start({ newPort });
  }

  /**
   * Stops the process (SIGTERM) and drops the store; safe to call twice.
   * Throws, after cleaning up, when the server printed a sanitizer report at
   * any time or did not exit 0 on this SIGTERM: the test file then fails.
   */
  async stop() {
    if (this.stopped) return;
    this.stopped = true;
    const wasAlive = this.alive;
    // The server may use its whole shutdown grace (10 s by default) for
    // requests still open; give it that and a margin.
    const exit = await this.kill('SIGTERM', 15000);
    if (this.store) await this.store.dispose();
    if (this.tmpdir) await fsp.rm(this.tmpdir, { recursive: true, force: true });
    if (this.sanitizer) {
      throw new Error(`server ${this.opts.name || ''} printed a sanitizer report (log ${this.logFile}):\n${this.sanitizer}`);
    }
    if (wasAlive && exit && (exit.code !== 0 || exit.timedOut)) {
      throw new Error(`server ${this.opts.name || ''} did not exit 0 on SIGTERM: ${JSON.stringify(exit)} (log ${this.logFile})\n${this.tail(1500)}`);
    }
  }

  // JSON helpers bound to this server (no cookies).  A failed request says
  // whether the server process has gone, and shows the end of its output.
  async req(method, urlPath, opts) {
    try {
      return await request(this.port, method, urlPath, opts);
    } catch (e) {
      await sleep(50); // let a pending 'exit' event land
      if (this.exit) e.message += ` -- the server process has exited: ${JSON.stringify(this.exit)}; log ${this.logFile}\n${this.tail(1200)}`;
      throw e;
    }
  }
  get(urlPath, opts) { return this.req('GET', urlPath, opts); }
  post(urlPath, json, opts = {}) { return this.req('POST', urlPath, { ...opts, json }); }
  put(urlPath, json, opts = {}) { return this.req('PUT', urlPath, { ...opts, json }); }
  del(urlPath, opts) { return this.req('DELETE', urlPath, opts); }
  raw(data, opts) { return rawExchange(this.port, data, opts); }
  client() { return new Client(this); }

  // Domain helpers.

  /** Posts a comment; asserts nothing, returns the response. */
  postComment(fields, opts) {
    return this.post('/api/v1/comments', { author: 'Pierre', text: 'Un avis mesuré sur cet article.', ...fields }, opts);
  }

  /** Posts a comment and insists on 201 + published; returns {id, token, comment, res}. */
  async mustPost(fields, opts) {
    const res = await this.postComment(fields, opts);
    if (res.status !== 201 || !res.body || !res.body.comment || res.body.status !== 'published') {
      throw new Error(`posting ${JSON.stringify(fields).slice(0, 200)} gave ${res.status} ${res.text.slice(0, 500)}`);
    }
    return { id: res.body.comment.id, token: res.body.edit_token, comment: res.body.comment, res };
  }

  /** GET /api/v1/comments with a query object (arrays repeat the key). */
  list(query, opts) {
    return this.get(`/api/v1/comments?${qs(query)}`, opts);
  }
}

/** Query string from an object; array values repeat the key; undefined is skipped. */
export function qs(obj) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) v.forEach((x) => p.append(k, String(x)));
    else p.append(k, String(v));
  }
  return p.toString();
}

/**
 * Starts a server with a fresh store.  opts: {env: extra CAUSERIE_* vars (an
 * object, or a function of the server, called once its port and store are
 * known), args (default ['serve']; may be a function too), bareEnv (do not set
 * the default listen/store/site/limits variables: for config-file tests), name
 * (for the log file), storeUrl (reuse a store)}.
 */
export async function startServer(opts = {}) {
  const s = new Server(opts);
  await s.init();
  try {
    await s.start();
  } catch (e) {
    await s.stop();
    throw e;
  }
  return s;
}

/** Creates the temp dir + fresh store without starting anything (config tests). */
export async function prepareServer(opts = {}) {
  const s = new Server(opts);
  await s.init();
  s.port = await freePort();
  return s;
}

/**
 * Runs the binary to completion with the given args and env (merged over a
 * clean environment); kills it after timeoutMs; `input` (a string), when
 * given, is written to its stdin.  Resolves {code, signal, stdout, stderr,
 * timedOut, sanitizer (excerpt of a sanitizer report or null)}.
 */
export function runBinary(args, { env = {}, timeoutMs = 10000, cwd, input } = {}) {
  requireBinary();
  const base = { ...process.env };
  for (const k of Object.keys(base)) {
    if (k.startsWith('CAUSERIE_') && !k.startsWith('CAUSERIE_TEST_') && k !== 'CAUSERIE_BIN') delete base[k];
  }
  return new Promise((resolve) => {
    const proc = spawn(BIN, args, { env: { ...base, ...env }, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'], cwd: cwd || os.tmpdir() });
    track(proc);
    if (input !== undefined) {
      proc.stdin.on('error', () => { /* it may exit without reading */ });
      proc.stdin.end(input);
    }
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    proc.stdout.on('data', (d) => { stdout += d; });
    proc.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => { timedOut = true; proc.kill('SIGKILL'); }, timeoutMs);
    proc.once('exit', (code, signal) => {
      clearTimeout(timer);
      const m = SANITIZER_RE.exec(stderr);
      const sanitizer = m ? stderr.slice(Math.max(0, m.index - 200), m.index + 3000) : null;
      resolve({ code, signal, stdout, stderr, timedOut, sanitizer });
    });
    proc.once('error', (e) => {
      clearTimeout(timer);
      resolve({ code: null, signal: null, stdout, stderr: stderr + e.message, timedOut });
    });
  });
}

// ---------------------------------------------------------------------------
// Contract checks shared by the test files.

export const RFC3339_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Asserts the error envelope of API.md; returns the error object. */
export function assertError(assert, res, status, { code, field } = {}) {
  const ctx = `${res.status} ${res.text.slice(0, 400)}`;
  if (Array.isArray(status)) assert.ok(status.includes(res.status), `expected one of ${status}, got ${ctx}`);
  else assert.equal(res.status, status, `expected ${status}, got ${ctx}`);
  assert.match(String(res.headers['content-type'] || ''), /^application\/json\b/i, `error content type, got ${res.headers['content-type']}`);
  assert.ok(res.body && typeof res.body === 'object' && res.body.error && typeof res.body.error === 'object', `error envelope, got ${ctx}`);
  const e = res.body.error;
  assert.equal(typeof e.code, 'string', `error.code is a string: ${ctx}`);
  assert.ok(e.code.length > 0, 'error.code not empty');
  assert.equal(typeof e.message, 'string', `error.message is a string: ${ctx}`);
  assert.ok(e.message.length > 0, 'error.message not empty');
  if (code) assert.equal(e.code, code, `error.code: ${ctx}`);
  if (field) {
    assert.equal(e.field, field, `error.field: ${ctx}`);
    assert.ok(e.message.toLowerCase().includes(field.toLowerCase()), `422 message names the field ${field}: ${e.message}`);
  }
  return e;
}

/** Asserts the comment shape of the list (published, not deleted). */
export function assertCommentShape(assert, c, ctx = '') {
  assert.ok(c && typeof c === 'object', `comment object ${ctx}`);
  assert.ok(Number.isInteger(c.id) && c.id > 0, `id is a positive integer ${ctx}: ${c.id}`);
  assert.ok(c.parent === null || (Number.isInteger(c.parent) && c.parent > 0), `parent null or id ${ctx}`);
  assert.equal(typeof c.author, 'string', `author string ${ctx}`);
  assert.ok(c.website === null || typeof c.website === 'string', `website null or string ${ctx}`);
  assert.equal(typeof c.html, 'string', `html string ${ctx}`);
  assert.match(c.created, RFC3339_UTC, `created RFC 3339 UTC ${ctx}`);
  assert.ok(c.modified === null || RFC3339_UTC.test(c.modified), `modified null or RFC 3339 UTC ${ctx}: ${c.modified}`);
  assert.ok(Number.isInteger(c.likes) && c.likes >= 0, `likes ${ctx}`);
  assert.ok(Number.isInteger(c.dislikes) && c.dislikes >= 0, `dislikes ${ctx}`);
  assert.ok('anchor' in c, `anchor key present ${ctx}`);
  assert.ok(Array.isArray(c.replies), `replies array ${ctx}`);
  assert.ok(!('email' in c), `no email key ${ctx}`);
}

/** Every comment of a list, depth first (top-level then its replies). */
export function flatten(comments) {
  const out = [];
  const walk = (arr) => { for (const c of arr) { out.push(c); walk(c.replies || []); } };
  walk(comments);
  return out;
}

/** Parses XML with Python's expat (well-formedness) and returns a summary of an Atom feed. */
export async function parseAtom(xml) {
  const py = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  const script = `
import sys, json
import xml.etree.ElementTree as ET
A = '{http://www.w3.org/2005/Atom}'
data = sys.stdin.buffer.read()
try:
    root = ET.fromstring(data)
except ET.ParseError as e:
    print(json.dumps({"wellFormed": False, "error": str(e)})); sys.exit(0)
def text(el):
    return "".join(el.itertext()) if el is not None else None
entries = []
for e in root.findall(A + 'entry'):
    c = e.find(A + 'content')
    entries.append({
        "id": text(e.find(A + 'id')),
        "title": text(e.find(A + 'title')),
        "updated": text(e.find(A + 'updated')),
        "author": text(e.find(A + 'author/' + A + 'name')),
        "content": text(c),
        "contentType": c.get('type') if c is not None else None,
        "links": [l.get('href') for l in e.findall(A + 'link')],
    })
print(json.dumps({"wellFormed": True, "root": root.tag, "id": text(root.find(A + 'id')),
                  "title": text(root.find(A + 'title')), "updated": text(root.find(A + 'updated')),
                  "entries": entries}))
`;
  return new Promise((resolve, reject) => {
    const p = spawn(py, ['-c', script], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => { out += d; });
    p.stderr.on('data', (d) => { err += d; });
    p.on('error', reject);
    p.on('exit', (code) => {
      if (code !== 0) reject(new Error(`python XML check failed: ${err}`));
      else resolve(JSON.parse(out));
    });
    p.stdin.end(xml);
  });
}

/** Minimal HTML entity decoding, to compare rendered text with what was posted. */
export function decodeEntities(s) {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(parseInt(d, 10)))
    .replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}


/** Makes every host name under `domain` (and `domain` itself) resolve to
 * 127.0.0.1 in this process, so that clients which put a key in the host
 * name (Akismet's KEY.rest.akismet.com) reach the test server.  Returns
 * the function that puts the real lookup back. */
export function resolveToLoopback(domain) {
  const realLookup = dns.lookup;
  dns.lookup = function lookup(host, options, cb) {
    if (typeof options === 'function') { cb = options; options = {}; }
    if (typeof host === 'string' && (host === domain || host.endsWith(`.${domain}`))) {
      const opts = typeof options === 'number' ? { family: options } : (options || {});
      if (opts.all) return process.nextTick(cb, null, [{ address: '127.0.0.1', family: 4 }]);
      return process.nextTick(cb, null, '127.0.0.1', 4);
    }
    return realLookup.call(this, host, options, cb);
  };
  return () => { dns.lookup = realLookup; };
}
