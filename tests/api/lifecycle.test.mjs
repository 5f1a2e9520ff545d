// The server as a process (issue text + API.md): durability across kill -9,
// clean SIGTERM/SIGINT shutdown that finishes requests in flight, configuration
// from an INI file overridden by CAUSERIE_<SECTION>_<KEY>, bad configuration
// refused at start naming the key, and the command line (--help, --version).
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {
  startServer, prepareServer, runBinary, freePort, uniq, sleep, ROOT, DEFAULT_SITE,
} from './helpers.mjs';

const servers = [];
after(async () => { for (const s of servers) await s.stop(); });
async function start(opts) { const s = await startServer(opts); servers.push(s); return s; }
async function prepare(opts) { const s = await prepareServer(opts); servers.push(s); return s; }

function connectRefused(port) {
  return new Promise((resolve) => {
    const sock = net.connect(port, '127.0.0.1');
    sock.on('connect', () => { sock.destroy(); resolve(false); });
    sock.on('error', () => resolve(true));
  });
}

describe('durability', () => {
  test('comments acknowledged 201 survive kill -9 and a restart', async () => {
    const srv = await start({ name: 'durability' });
    const uri = uniq('/article/durable');
    const acked = [];
    for (let i = 0; i < 5; i += 1) {
      const { id, token } = await srv.mustPost({ uri, author: `Durable ${i}`, text: `Ne doit pas se perdre ${i}.` });
      acked.push({ id, token });
    }
    const reply = await srv.mustPost({ uri, parent: acked[0].id, text: 'réponse durable' });
    const v = await srv.client().post(`/api/v1/comments/${acked[1].id}/vote`, { value: 1 });
    assert.equal(v.status, 200, v.text);
    const exit = await srv.kill('SIGKILL');
    assert.equal(exit.signal, 'SIGKILL');
    await srv.start();
    const l = await srv.list({ uri, sort: 'oldest' });
    assert.equal(l.status, 200);
    assert.equal(l.body.count, 6, 'every acknowledged comment is there');
    assert.deepEqual(l.body.comments.map((c) => c.id), acked.map((a) => a.id));
    assert.equal(l.body.comments[0].replies[0].id, reply.id);
    assert.equal(l.body.comments[1].likes, 1, 'the acknowledged vote survived');
    // Edit tokens still work after the restart.
    const put = await srv.put(`/api/v1/comments/${acked[4].id}`, { text: 'modifié après redémarrage' }, { headers: { 'X-Edit-Token': acked[4].token } });
    assert.equal(put.status, 200, put.text);
    // A second crash right after a write.
    const last = await srv.mustPost({ uri, text: 'juste avant le crash' });
    await srv.restart({ signal: 'SIGKILL' });
    const l2 = await srv.list({ uri, limit: 'all' });
    assert.equal(l2.body.count, 7);
    assert.ok(l2.body.comments.some((c) => c.id === last.id));
    const p = await srv.mustPost({ uri, text: 'après le second redémarrage' });
    assert.ok(p.id > last.id, 'ids keep increasing after a crash');
  });
});

describe('signals', () => {
  for (const sig of ['SIGTERM', 'SIGINT']) {
    test(`${sig} exits 0, closes the port, keeps the data`, async () => {
      const srv = await start({ name: `signal-${sig}` });
      const uri = uniq('/article/signal');
      const { id } = await srv.mustPost({ uri });
      const t0 = Date.now();
      const exit = await srv.kill(sig, 15000);
      assert.ok(!exit.timedOut, `exited within 15 s after ${sig}`);
      assert.equal(exit.signal, null, `exited by itself, not by ${exit.signal}`);
      assert.equal(exit.code, 0, `exit code 0 after ${sig}; output:\n${srv.tail(1500)}`);
      assert.ok(Date.now() - t0 < 5000, `an idle server stops quickly (${Date.now() - t0} ms)`);
      assert.ok(await connectRefused(srv.port), 'the port is closed');
      await srv.start();
      const l = await srv.list({ uri });
      assert.equal(l.body.comments[0].id, id);
    });
  }

  test('requests abandoned by their clients do not hold up SIGTERM', async () => {
    const srv = await start({ name: 'abandoned' });
    const socks = [];
    for (let i = 0; i < 5; i += 1) {
      const sock = net.connect(srv.port, '127.0.0.1');
      sock.on('error', () => {});
      await new Promise((r) => sock.once('connect', r));
      sock.write('POST /api/v1/comments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"uri":');
      socks.push(sock);
    }
    await sleep(200);
    for (const s of socks) s.destroy();
    await srv.mustPost({ uri: uniq('/article/after-abandon') });
    await sleep(300);
    const t0 = Date.now();
    const exit = await srv.kill('SIGTERM', 15000);
    assert.equal(exit.code, 0, JSON.stringify(exit));
    assert.ok(Date.now() - t0 < 5000, `stopped in ${Date.now() - t0} ms; output:\n${srv.tail(800)}`);
  });

  test('SIGTERM finishes a request in flight, then exits 0', async () => {
    const srv = await start({ name: 'inflight' });
    const uri = uniq('/article/in-flight');
    const body = Buffer.from(JSON.stringify({ uri, author: 'En vol', text: 'Envoyé pendant l’arrêt.' }));
    const head = Buffer.from(`POST /api/v1/comments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`);
    const chunks = [];
    const sock = net.connect(srv.port, '127.0.0.1');
    await new Promise((r, j) => { sock.once('connect', r); sock.once('error', j); });
    const closed = new Promise((r) => { sock.on('close', r); sock.on('error', () => {}); });
    sock.on('data', (d) => chunks.push(d));
    sock.write(Buffer.concat([head, body.subarray(0, 10)]));
    await sleep(300);
    srv.proc.kill('SIGTERM');
    await sleep(300);
    sock.write(body.subarray(10));
    await Promise.race([closed, sleep(10000)]);
    sock.destroy();
    const text = Buffer.concat(chunks).toString('utf8');
    const m = /^HTTP\/1\.1 (\d{3})/.exec(text);
    assert.ok(m, `a complete answer to the request in flight, got: ${JSON.stringify(text.slice(0, 300))}`);
    const status = Number(m[1]);
    assert.ok(status === 201 || status === 503, `201 (finished) or 503 (shutting down), got ${status}`);
    const exit = await srv.kill('SIGTERM', 15000);
    assert.equal(exit.code, 0, `exit code after SIGTERM: ${JSON.stringify(exit)}`);
    await srv.start();
    const l = await srv.list({ uri });
    assert.equal(l.body.count, status === 201 ? 1 : 0, 'a 201 was stored, a 503 was not');
  });
});

describe('configuration', () => {
  /** Runs `serve` with a valid base environment plus `bad`; returns the result. */
  async function serveWith(bad, args = ['serve']) {
    const s = await prepare({ name: 'config' });
    const env = {
      CAUSERIE_SERVER_LISTEN: `127.0.0.1:${s.port}`,
      CAUSERIE_SERVER_DEFAULT_SITE: DEFAULT_SITE,
      CAUSERIE_STORE_URL: s.store.url,
      ...bad,
    };
    // 30 s: a port in use is found after the start's work (the store opened,
    // the moderation engine loaded), which took over 10 s under
    // AddressSanitizer on a loaded machine
    const r = await runBinary(typeof args === 'function' ? args(s) : args, { env, timeoutMs: 30000, cwd: s.tmpdir });
    r.port = s.port;
    r.out = `${r.stdout}\n${r.stderr}`;
    return r;
  }

  function refused(r, keyRe, what) {
    assert.ok(!r.timedOut, `${what}: the server started instead of refusing (killed after 30 s)`);
    assert.equal(r.signal, null, `${what}: died by signal ${r.signal}\n${r.out}`);
    assert.notEqual(r.code, 0, `${what}: exit code must be non-zero`);
    assert.match(r.out, keyRe, `${what}: the message names the key; got:\n${r.out.slice(0, 800)}`);
    assert.equal(r.sanitizer, null, `${what}: sanitizer report:\n${r.sanitizer}`);
  }

  test('a bad listen address is refused naming the key', async () => {
    refused(await serveWith({ CAUSERIE_SERVER_LISTEN: 'not-an-address' }), /listen/i, 'listen=not-an-address');
    refused(await serveWith({ CAUSERIE_SERVER_LISTEN: '127.0.0.1:99999' }), /listen/i, 'listen port 99999');
    refused(await serveWith({ CAUSERIE_SERVER_LISTEN: '127.0.0.1:http' }), /listen/i, 'listen port http');
  });

  test('an unknown store scheme is refused naming the key', async () => {
    refused(await serveWith({ CAUSERIE_STORE_URL: 'mongodb://localhost/causerie' }), /store[\s._\]-]*url|STORE_URL/i, 'store url mongodb');
    refused(await serveWith({ CAUSERIE_STORE_URL: 'nonsense' }), /store[\s._\]-]*url|STORE_URL/i, 'store url nonsense');
  });

  test('a non-numeric or out-of-range number is refused naming the key', async () => {
    refused(await serveWith({ CAUSERIE_LIMITS_POSTS_PER_MINUTE: 'abc' }), /posts_per_minute/i, 'posts_per_minute=abc');
    refused(await serveWith({ CAUSERIE_LIMITS_POSTS_PER_MINUTE: '10x' }), /posts_per_minute/i, 'posts_per_minute=10x');
    refused(await serveWith({ CAUSERIE_LIMITS_POSTS_PER_MINUTE: '-1' }), /posts_per_minute/i, 'posts_per_minute=-1');
    refused(await serveWith({ CAUSERIE_SERVER_EDIT_WINDOW: 'soon' }), /edit_window/i, 'edit_window=soon');
    refused(await serveWith({ CAUSERIE_SERVER_EDIT_WINDOW: '99999999999999999999' }), /edit_window/i, 'edit_window overflow');
  });

  test('a bad value in the INI file is refused naming the key', async () => {
    const r = await serveWith({}, (s) => {
      const f = path.join(s.tmpdir, 'bad.ini');
      fs.writeFileSync(f, '[limits]\nposts_per_minute = lots\n');
      return ['serve', '--config', f];
    });
    refused(r, /posts_per_minute/i, 'INI posts_per_minute=lots');
  });

  test('a missing or malformed config file is refused', async () => {
    const missing = await serveWith({}, ['serve', '--config', '/nonexistent/causerie.ini']);
    refused(missing, /nonexistent\/causerie\.ini|config/i, 'missing config file');
    const garbled = await serveWith({}, (s) => {
      const f = path.join(s.tmpdir, 'garbled.ini');
      fs.writeFileSync(f, '[server\nthis is not ini at all\n');
      return ['serve', '--config', f];
    });
    refused(garbled, /garbled\.ini|line|config/i, 'malformed INI');
  });

  test('a port already in use makes the server exit non-zero, not hang', async () => {
    const blocker = net.createServer();
    const port = await new Promise((r) => blocker.listen(0, '127.0.0.1', () => r(blocker.address().port)));
    try {
      const r = await serveWith({ CAUSERIE_SERVER_LISTEN: `127.0.0.1:${port}` });
      assert.ok(!r.timedOut, 'exited instead of hanging');
      assert.notEqual(r.code, 0);
      assert.match(r.out, /listen|bind|address|in use|port/i);
    } finally {
      blocker.close();
    }
  });

  test('an INI file configures the server, and environment variables override it', async () => {
    const decoy = await freePort();
    const srv = await start({
      name: 'ini',
      bareEnv: true,
      args: (s) => {
        const f = path.join(s.tmpdir, 'causerie.ini');
        fs.writeFileSync(f, [
          '; Causerie test configuration',
          '[server]',
          `listen = 127.0.0.1:${decoy}`,
          'default_site = from-ini',
          'edit_window = 900',
          '',
          '[store]',
          `url = ${s.store.url}`,
          '',
          '[limits]',
          'posts_per_minute = 1',
          'votes_per_minute = 0',
          '',
        ].join('\n'));
        return ['serve', '--config', f];
      },
      env: (s) => ({ CAUSERIE_SERVER_LISTEN: `127.0.0.1:${s.port}`, CAUSERIE_LIMITS_POSTS_PER_MINUTE: '0' }),
    });
    assert.ok(await connectRefused(decoy), 'the INI listen address was overridden');
    const uri = uniq('/article/ini');
    await srv.mustPost({ uri });
    await srv.mustPost({ uri });
    await srv.mustPost({ uri });
    const viaSite = await srv.list({ uri, site: 'from-ini' });
    assert.equal(viaSite.body.count, 3, 'default_site from the INI file, posts_per_minute from the environment');
  });
});

describe('command line', () => {
  test('--version prints the version and exits 0', async () => {
    const version = fs.readFileSync(path.join(ROOT, 'VERSION'), 'utf8').trim();
    const r = await runBinary(['--version']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.includes(version), `version ${version} in ${JSON.stringify(r.stdout)}`);
  });

  test('--help prints usage naming the commands and exits 0', async () => {
    const r = await runBinary(['--help']);
    assert.equal(r.code, 0, r.stderr);
    for (const w of ['serve', 'demo', '--config']) assert.ok(r.stdout.includes(w), `--help mentions ${w}:\n${r.stdout}`);
  });

  test('an unknown command or option exits non-zero with a message', async () => {
    for (const args of [['frobnicate'], ['serve', '--no-such-option']]) {
      // A valid environment, so that a server that wrongly starts listens somewhere harmless.
      const s = await prepare({ name: 'cli' });
      const env = { CAUSERIE_SERVER_LISTEN: `127.0.0.1:${s.port}`, CAUSERIE_STORE_URL: s.store.url };
      const r = await runBinary(args, { env, timeoutMs: 5000, cwd: s.tmpdir });
      assert.ok(!r.timedOut, `${args.join(' ')} did not hang`);
      assert.notEqual(r.code, 0, `${args.join(' ')} exit code`);
      assert.ok((r.stdout + r.stderr).trim().length > 0, `${args.join(' ')} says something`);
    }
  });
});
