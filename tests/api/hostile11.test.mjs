// Hostile black-box tests of durability and the database layer (helper
// hostile-11's pass): writes fired in bursts and the server killed with
// SIGKILL mid-burst, a PostgreSQL that stops answering under a running
// server, the command line run beside it, and database files it cannot
// use.  Each test is a finding, kept so that it stays fixed:
//   - a PostgreSQL that stopped answering (its processes frozen with
//     SIGSTOP, or a network that drops packets without a reset) held every
//     request that reached the database for good, /healthz too: libpq
//     waited without a deadline, and each worker thread stuck in turn
//     until the database came back.  Now a statement gets the session's
//     statement_timeout plus 2 s at most, a new connection libpq's
//     connect_timeout; then the server is marked out of reach for 1 s
//     (every request 503 at once, then one probe at a time) and recovers
//     once it answers;
//   - statement, lock or idle-in-transaction timeouts set on the database
//     (ALTER DATABASE … SET statement_timeout = '100ms') made a node
//     started beside another fail ("cannot read the spam model"): its
//     wait for the other's spam model seed was cancelled.  The waits of a
//     start keep no deadline and lift those timeouts for their
//     transaction;
//   - `causerie migrate` (and so every command, which migrates first)
//     run while another process held the SQLite database's write lock for
//     more than the 5 s busy timeout said "schema migration failed:
//     database is locked" for a schema that was up to date: the version is
//     now read without the lock, and a database that really needs
//     migrating while locked says it is locked, not that a migration
//     failed;
//   - a SQLite file the server may not write (its permissions, a
//     read-only mount) was opened read-only in silence, and the start
//     failed with "cannot read the server secret"; now it is refused at
//     open, naming the file as read-only.
// Also run in this pass and found sound (no test kept): every write
// acknowledged (comment, edit, delete, vote, report, subscription, an
// editor's decision) survives SIGKILL in a burst of concurrent writes, on
// SQLite and PostgreSQL; a full disk is 503 and recovers once space is
// freed (kept below as a guard); PostgreSQL stopped and restarted under the server is 503, then
// served again at once.
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startServer, freshStore, runBinary, assertError, uniq, sleep, BIN, BACKEND, PG_URL } from './helpers.mjs';

const execFileP = promisify(execFile);

const PG = BACKEND === 'postgresql';

/**
 * A TCP relay to target that can be frozen: frozen, it reads nothing from
 * either side and accepts new connections without connecting them on, so
 * the kernel still acknowledges what is sent (as a PostgreSQL whose
 * processes are stopped does) and nothing answers.
 */
async function freezableRelay(targetHost, targetPort) {
  let frozen = false;
  const pairs = new Set();
  const server = net.createServer((client) => {
    const pair = { client, up: null, toUp: [], toClient: [] };
    pairs.add(pair);
    const end = () => { client.destroy(); if (pair.up) pair.up.destroy(); pairs.delete(pair); };
    client.on('error', end);
    client.on('close', end);
    client.on('data', (d) => {
      if (frozen || !pair.up) { pair.toUp.push(d); client.pause(); } else pair.up.write(d);
    });
    pair.link = () => {
      const up = net.connect(targetPort, targetHost);
      pair.up = up;
      up.on('error', end);
      up.on('close', end);
      up.on('data', (d) => {
        if (frozen) { pair.toClient.push(d); up.pause(); } else client.write(d);
      });
      for (const d of pair.toUp.splice(0)) up.write(d);
      client.resume();
    };
    if (!frozen) pair.link();
    else client.pause();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    freeze() { frozen = true; for (const p of pairs) { p.client.pause(); if (p.up) p.up.pause(); } },
    thaw() {
      frozen = false;
      for (const p of pairs) {
        if (!p.up) { p.link(); continue; }
        for (const d of p.toUp.splice(0)) p.up.write(d);
        for (const d of p.toClient.splice(0)) p.client.write(d);
        p.client.resume();
        p.up.resume();
      }
    },
    close() { for (const p of pairs) { p.client.destroy(); if (p.up) p.up.destroy(); } server.close(); },
  };
}

describe('PostgreSQL that stops answering under a running server', () => {
  test('requests are 503 within the deadline, then at once, and the server recovers once it answers', { skip: !PG && 'PostgreSQL only' }, async () => {
    const store = await freshStore(os.tmpdir());
    const u = new URL(store.url);
    const relay = await freezableRelay(u.hostname, Number(u.port));
    // the operator's statement_timeout (1 s here, to keep the test short)
    // sets the deadline: 1 s + 2 s; connect_timeout 2 s
    const url = `postgresql://${u.username}@127.0.0.1:${relay.port}${u.pathname}?connect_timeout=2&options=-c%20statement_timeout%3D1000`;
    let srv;
    try {
      srv = await startServer({ name: 'hostile11-frozen', storeUrl: url });
      const uri = uniq('/article/gel');
      const first = await srv.mustPost({ uri });
      relay.freeze();
      const t0 = Date.now();
      const answers = await Promise.all([
        srv.get('/healthz', { timeout: 30000 }),
        srv.postComment({ uri, text: 'Pendant le gel de la base.' }, { timeout: 30000 }),
        srv.list({ uri }, { timeout: 30000 }),
        srv.post(`/api/v1/comments/${first.id}/vote`, { value: 1 }, { timeout: 30000 }),
      ]);
      const took = Date.now() - t0;
      assert.ok(took < 12000, `answered within the deadline (${took} ms)`);
      assert.equal(answers[0].status, 503, answers[0].text);
      for (const r of answers.slice(1)) {
        assertError(assert, r, 503, { code: 'unavailable' });
        assert.match(String(r.headers['retry-after']), /^[1-9]\d*$/);
      }
      // while it is known out of reach, at once
      const t1 = Date.now();
      const again = await srv.postComment({ uri, text: 'Toujours gelée.' }, { timeout: 30000 });
      assertError(assert, again, 503, { code: 'unavailable' });
      assert.ok(Date.now() - t1 < 1500, `at once (${Date.now() - t1} ms)`);
      relay.thaw();
      let ok = null;
      for (let i = 0; i < 100 && !ok; i += 1) {
        const r = await srv.postComment({ uri, text: 'Après le dégel.' }, { timeout: 30000 });
        if (r.status === 201) ok = r;
        else await sleep(100);
      }
      assert.ok(ok, 'posting works again once the database answers');
      assert.equal((await srv.get('/healthz')).status, 200);
      const list = await srv.list({ uri, sort: 'oldest' });
      assert.deepEqual(list.body.comments.map((c) => c.id), [first.id, ok.body.comment.id]);
    } finally {
      relay.thaw();
      if (srv) await srv.stop();
      relay.close();
      await store.dispose();
    }
  });
});

describe('timeouts an operator sets on the PostgreSQL database', () => {
  test('two nodes started together both serve, one waiting for the other to migrate and seed the spam model', { skip: !PG && 'PostgreSQL only' }, async () => {
    const store = await freshStore(os.tmpdir());
    const db = new URL(store.url).pathname.slice(1);
    const nodes = [];
    try {
      await execFileP('psql', [PG_URL, '-v', 'ON_ERROR_STOP=1', '-q', '-X', '-c',
        `ALTER DATABASE ${db} SET statement_timeout = '100ms'; ALTER DATABASE ${db} SET lock_timeout = '100ms'; ALTER DATABASE ${db} SET idle_in_transaction_session_timeout = '100ms'`], { timeout: 20000 });
      const started = await Promise.allSettled([0, 1].map((i) => startServer({ name: `hostile11-start${i}`, storeUrl: store.url })));
      for (const r of started) if (r.status === 'fulfilled') nodes.push(r.value);
      for (const r of started) assert.equal(r.status, 'fulfilled', r.reason && r.reason.message.slice(0, 1500));
      const uri = uniq('/article/depart');
      const p = await nodes[0].mustPost({ uri });
      const l = await nodes[1].list({ uri });
      assert.deepEqual(l.body.comments.map((c) => c.id), [p.id]);
    } finally {
      for (const n of nodes) await n.stop();
      await store.dispose();
    }
  });
});

describe('the command line beside a server on SQLite', () => {
  let srv;
  after(async () => { if (srv) await srv.stop(); });

  test('a database another process holds locked is not a failed migration', { skip: PG && 'SQLite only (a write lock held by another process)' }, async () => {
    srv = await startServer({ name: 'hostile11-cli' });
    const file = srv.store.url.replace(/^sqlite:/, '');
    // another process holds the write lock longer than the 5 s busy timeout
    const holder = spawn('/usr/bin/python3', ['-c', 'import sqlite3,sys,time\nc=sqlite3.connect(sys.argv[1],isolation_level=None)\nc.execute("BEGIN IMMEDIATE")\nc.execute("INSERT INTO settings (key, value) VALUES (\'hostile11\', \'x\')")\nprint("locked",flush=True)\ntime.sleep(float(sys.argv[2]))\nc.execute("COMMIT")', file, '8'], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise((resolve, reject) => { holder.stdout.once('data', resolve); holder.once('exit', reject); });
      const t0 = Date.now();
      const [mig, list] = await Promise.all([
        runBinary(['migrate'], { env: { CAUSERIE_STORE_URL: srv.store.url }, timeoutMs: 30000 }),
        runBinary(['admin', 'list'], { env: { CAUSERIE_STORE_URL: srv.store.url }, timeoutMs: 30000 }),
      ]);
      assert.equal(mig.code, 0, mig.stderr);
      assert.match(mig.stdout, /schema is up to date/);
      assert.doesNotMatch(mig.stderr, /migration failed/);
      assert.equal(list.code, 0, list.stderr);
      assert.ok(Date.now() - t0 < 4000, `without waiting for the lock (${Date.now() - t0} ms)`);
      // the server still reads meanwhile
      assert.equal((await srv.get('/healthz')).status, 200);
    } finally {
      holder.kill();
    }
  });

  test('a database that needs migrating while it is locked says so', { skip: PG && 'SQLite only' }, async () => {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'causerie-h11-'));
    try {
      const file = path.join(dir, 'old.db');
      const url = `sqlite:${file}`;
      // a database every migration is still to be applied to (one made by
      // a previous version would only miss the last steps: re-running an
      // applied step, as an earlier form of this test did, breaks as soon
      // as the last one adds a column), in WAL mode as Causerie leaves it
      const holder = spawn('/usr/bin/python3', ['-c', 'import sqlite3,sys,time\nc=sqlite3.connect(sys.argv[1],isolation_level=None)\nc.execute("PRAGMA journal_mode=WAL")\nc.execute("BEGIN IMMEDIATE")\nprint("locked",flush=True)\ntime.sleep(float(sys.argv[2]))\nc.execute("COMMIT")', file, '8'], { stdio: ['ignore', 'pipe', 'inherit'] });
      try {
        await new Promise((resolve, reject) => { holder.stdout.once('data', resolve); holder.once('exit', reject); });
        const mig = await runBinary(['migrate'], { env: { CAUSERIE_STORE_URL: url }, timeoutMs: 30000 });
        assert.equal(mig.code, 1);
        assert.match(mig.stderr, /locked by another connection or process; try again/);
        assert.doesNotMatch(mig.stderr, /migration failed/);
      } finally {
        holder.kill();
      }
      await new Promise((resolve) => { if (holder.exitCode !== null || holder.signalCode) resolve(); else holder.once('exit', resolve); });
      const later = await runBinary(['migrate'], { env: { CAUSERIE_STORE_URL: url } });
      assert.equal(later.code, 0, later.stderr);
      assert.match(later.stderr, /schema migrated to version/);
    } finally {
      await fsp.rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a SQLite file the server may not write', () => {
  test('is refused at start, named as read-only', { skip: PG && 'SQLite only' }, async () => {
    // world-readable, so that another user can be given a file it may read
    // but not write (root writes whatever the mode says)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'causerie-h11-ro-'));
    try {
      fs.chmodSync(dir, 0o755);
      const file = path.join(dir, 'ro.db');
      assert.equal((await runBinary(['migrate'], { env: { CAUSERIE_STORE_URL: `sqlite:${file}` } })).code, 0);
      fs.chmodSync(file, 0o444);
      fs.chmodSync(dir, 0o777);   // the -wal and -shm files could be made
      const env = { CAUSERIE_STORE_URL: `sqlite:${file}`, CAUSERIE_SERVER_LISTEN: '127.0.0.1:0' };
      let r;
      if (process.getuid && process.getuid() === 0) {
        // as nobody, through runuser, with the binary's own environment
        r = await new Promise((resolve) => {
          const p = spawn('runuser', ['-u', 'nobody', '--', 'env', ...Object.entries(env).map(([k, v]) => `${k}=${v}`), BIN, 'serve'], { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir });
          let stderr = '';
          p.stderr.on('data', (d) => { stderr += d; });
          const t = setTimeout(() => p.kill('SIGKILL'), 15000);
          p.once('exit', (code) => { clearTimeout(t); resolve({ code, stderr }); });
        });
      } else {
        r = await runBinary(['serve'], { env, timeoutMs: 15000 });
      }
      assert.notEqual(r.code, 0, 'not served');
      assert.match(r.stderr, /ro\.db is read-only/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a full disk (SQLite on a small tmpfs)', () => {
  test('a write is 503, nothing acknowledged is lost, and the server writes again once there is room', { skip: PG && 'SQLite only' }, async (t) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'causerie-h11-full-'));
    try {
      await execFileP('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', dir]);
    } catch {
      fs.rmSync(dir, { recursive: true, force: true });
      t.skip('cannot mount a tmpfs here (needs root)');
      return;
    }
    let srv;
    try {
      const url = `sqlite:${path.join(dir, 'full.db')}`;
      srv = await startServer({ name: 'hostile11-full', storeUrl: url });
      const uri = uniq('/article/plein');
      const first = await srv.mustPost({ uri });
      const filler = path.join(dir, 'filler');
      await execFileP('sh', ['-c', `dd if=/dev/zero of=${filler} bs=64k 2>/dev/null; dd if=/dev/zero of=${filler}2 bs=1k 2>/dev/null; true`]);
      const r = await srv.postComment({ uri, text: 'Le disque est plein.' });
      assertError(assert, r, 503, { code: 'unavailable' });
      fs.rmSync(filler);
      fs.rmSync(`${filler}2`);
      const again = await srv.mustPost({ uri, text: 'Il y a de la place.' });
      const list = await srv.list({ uri, sort: 'oldest' });
      assert.deepEqual(list.body.comments.map((c) => c.id), [first.id, again.id]);
    } finally {
      if (srv) await srv.stop();
      await execFileP('umount', [dir]).catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

