// A real SMTP server for the notification tests: tests/api/smtp_sink.py
// (aiosmtpd, run with Debian's /usr/bin/python3) on a loopback port.
//
// What it is for: tests start one sink per server under test, point the
// server at it (smtpEnv), and read what arrived: each message as the raw
// bytes and as Python's email parser saw them (headers decoded, text and
// HTML parts, defects).  stop()/start() on the same port simulate the mail
// server going down and coming back.
//
// What it must never do: leave a sink running (each child is killed on
// process exit), or read a message that is still being written (the sink
// renames files into place).

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, sleep } from './helpers.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SINK = path.join(HERE, 'smtp_sink.py');
export const PYTHON = '/usr/bin/python3';

const live = new Set();
process.on('exit', () => { for (const p of live) { try { p.kill('SIGKILL'); } catch { /* gone */ } } });

export class SmtpSink {
  // reject: RCPT TO answered 550; rejectData / tempfailData: DATA answered
  // 554 / 451 for those recipients; dropData: the connection closed without
  // a reply at the end of the first N messages; slowData: seconds before
  // DATA is answered (the first slowCount messages only, when given; see
  // smtp_sink.py).
  constructor({ reject = '', auth = '', rejectData = '', tempfailData = '', dropData = 0, slowData = 0, slowCount = 0 } = {}) {
    this.reject = reject;
    this.auth = auth;
    this.rejectData = rejectData;
    this.tempfailData = tempfailData;
    this.dropData = dropData;
    this.slowData = slowData;
    this.slowCount = slowCount;
    this.port = 0;
    this.dir = null;
    this.proc = null;
    this.log = '';
  }

  /** Starts listening (on the same port as before when restarted). */
  async start() {
    if (!this.dir) this.dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'causerie-smtp-'));
    if (!this.port) this.port = await freePort();
    const args = [SINK, '--port', String(this.port), '--dir', this.dir];
    if (this.reject) args.push('--reject', this.reject);
    if (this.auth) args.push('--auth', this.auth);
    if (this.rejectData) args.push('--reject-data', this.rejectData);
    if (this.tempfailData) args.push('--tempfail-data', this.tempfailData);
    if (this.dropData) args.push('--drop-data', String(this.dropData));
    if (this.slowData) args.push('--slow-data', String(this.slowData));
    if (this.slowCount) args.push('--slow-count', String(this.slowCount));
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const proc = spawn(PYTHON, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      live.add(proc);
      proc.once('exit', () => live.delete(proc));
      const ready = await new Promise((resolve) => {
        let out = '';
        const timer = setTimeout(() => resolve(false), 10000);
        proc.stdout.on('data', (d) => {
          out += d;
          if (out.includes('ready')) { clearTimeout(timer); resolve(true); }
        });
        proc.stderr.on('data', (d) => { this.log += d; });
        proc.once('exit', () => { clearTimeout(timer); resolve(false); });
      });
      if (ready) { this.proc = proc; return this; }
      try { proc.kill('SIGKILL'); } catch { /* gone */ }
      await sleep(250); // the port may still be held by the previous sink
    }
    throw new Error(`SMTP sink did not start on port ${this.port}: ${this.log.slice(-2000)}`);
  }

  /** Stops listening: the mail server is "down" until start(). */
  async stop() {
    const p = this.proc;
    this.proc = null;
    if (!p || p.exitCode !== null) return;
    const exited = new Promise((r) => p.once('exit', r));
    p.kill('SIGTERM');
    await Promise.race([exited, sleep(5000)]);
    if (p.exitCode === null) p.kill('SIGKILL');
  }

  /** Stops and removes the messages. */
  async dispose() {
    await this.stop();
    if (this.dir) await fsp.rm(this.dir, { recursive: true, force: true });
  }

  /** Every message received so far, in order: the sink's JSON plus raw. */
  messages() {
    if (!this.dir || !fs.existsSync(this.dir)) return [];
    return fs.readdirSync(this.dir).filter((f) => f.endsWith('.json')).sort().map((f) => {
      const m = JSON.parse(fs.readFileSync(path.join(this.dir, f), 'utf8'));
      m.raw = fs.readFileSync(path.join(this.dir, f.replace(/\.json$/, '.eml')));
      m.header = (name) => {
        const h = m.headers.find(([k]) => k.toLowerCase() === name.toLowerCase());
        return h ? h[1] : undefined;
      };
      m.headerAll = (name) => m.headers.filter(([k]) => k.toLowerCase() === name.toLowerCase()).map(([, v]) => v);
      return m;
    });
  }

  /** Messages to one address. */
  to(address) {
    return this.messages().filter((m) => m.rcpt_tos.some((r) => r.toLowerCase() === address.toLowerCase()));
  }

  /** Waits until pred(messages) is true; returns the messages. */
  async waitFor(pred, { timeout = 15000, what = 'the expected mail' } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const ms = this.messages();
      if (pred(ms)) return ms;
      if (Date.now() > deadline) {
        const seen = ms.map((m) => `${m.rcpt_tos.join(',')}: ${m.subject}`).join('\n  ');
        throw new Error(`timed out waiting for ${what}; received ${ms.length}:\n  ${seen}`);
      }
      await sleep(50);
    }
  }

  /** Waits for at least n messages to address; returns them. */
  async waitTo(address, n = 1, opts = {}) {
    await this.waitFor(() => this.to(address).length >= n, { what: `${n} mail(s) to ${address}`, ...opts });
    return this.to(address);
  }
}

/** Environment for a server that sends through this sink. */
export function smtpEnv(sink, extra = {}) {
  return {
    CAUSERIE_SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
    CAUSERIE_SMTP_FROM: 'Le Quotidien <commentaires@quotidien.example>',
    CAUSERIE_SMTP_STARTTLS: 'try',
    CAUSERIE_NOTIFY_POLL_MS: '100',
    CAUSERIE_NOTIFY_RETRY_BASE: '1',
    CAUSERIE_NOTIFY_RETRY_MAX: '1',
    CAUSERIE_NOTIFY_SEND_TIMEOUT: '3', // a lease is this + 10 s
    CAUSERIE_NOTIFY_CONFIRM_PER_HOUR: '50',
    CAUSERIE_SITE_NAME: 'Le Quotidien',
    ...extra,
  };
}

/** The first link of a mail's text part whose path starts with prefix. */
export function linkIn(mail, prefix) {
  const re = /https?:\/\/[^\s<>"]+/g;
  const links = (mail.text || '').match(re) || [];
  const hit = links.find((l) => new URL(l).pathname.startsWith(prefix));
  if (!hit) throw new Error(`no ${prefix} link in mail "${mail.subject}":\n${mail.text}`);
  return hit;
}

/** Path and query of an absolute URL (for requests to the server). */
export function pathOf(url) {
  const u = new URL(url);
  return u.pathname + u.search;
}
