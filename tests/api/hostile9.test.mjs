// Hostile black-box tests of the server run as a cluster (helper hostile-9's
// pass): two `causerie serve` nodes on one database, attacked as an outside
// tester would — a write on one node read, voted on, reported on the
// other, live readers on one node and writers on the other, the database
// cut off under them.  Each test is a finding, kept so that it stays fixed:
//   - the hourly limit of confirmation mails to one address
//     (notify.confirm_per_hour, the anti-mail-bomb guard) held only for
//     requests one after the other: 40 subscriptions of one address sent at
//     once to two nodes on PostgreSQL queued 4 to 6 confirmation mails
//     instead of 3 (each transaction counted before any had committed);
//   - a comment published on node A while node B's event listener was
//     reconnecting (PostgreSQL restarted or out of reach for a few seconds)
//     never reached B's live readers: NOTIFY reaches only the connections
//     listening when it is sent, and the listener backed off up to 8 s, so
//     after a 4 s outage A's comments of the next 3 s were lost to B's
//     readers for good (they stay connected, so no Last-Event-ID replay).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startServer, runBinary, uniq, sleep, sseReader, BACKEND, PG_URL } from './helpers.mjs';

const execFileP = promisify(execFile);
const PG = BACKEND === 'postgresql';

/** Runs one SQL command on the test cluster's maintenance database. */
async function psql(sql) {
  await execFileP('psql', [PG_URL, '-v', 'ON_ERROR_STOP=1', '-q', '-X', '-c', sql], { timeout: 20000 });
}

describe('two nodes on one database', () => {
  let a;
  let b;
  before(async () => {
    const env = { CAUSERIE_SERVER_TRUST_PROXY: 'true', CAUSERIE_NOTIFY_CONFIRM_PER_HOUR: '3' };
    a = await startServer({ name: 'hostile9-a', env });
    b = await startServer({ name: 'hostile9-b', storeUrl: a.store.url, env });
  });
  after(async () => {
    if (b) await b.stop();
    if (a) await a.stop();
  });

  test('confirmation mails to one address stay within notify.confirm_per_hour when its subscriptions arrive at once on both nodes', async () => {
    const email = `${uniq('bombe')}@victime.example`;
    const jobs = [];
    for (let i = 0; i < 40; i += 1) {
      const node = i % 2 ? a : b;
      jobs.push(node.post('/api/v1/subscriptions', { uri: uniq('/article/bombe'), email, kind: 'all' }, { headers: { 'X-Forwarded-For': `10.90.0.${i}` } }));
    }
    for (const r of await Promise.all(jobs)) assert.equal(r.status, 202, r.text);
    const out = await runBinary(['outbox', 'all', '--limit', '1000'], { env: { CAUSERIE_STORE_URL: a.store.url }, timeoutMs: 30000 });
    assert.equal(out.code, 0, out.stderr);
    const confirms = out.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l))
      .filter((row) => row.recipient === email && row.kind === 'mail.confirm');
    assert.equal(confirms.length, 3, `confirmation mails queued to the address: ${confirms.length}`);
  });

  test('a comment published on A while B\'s listener was cut off reaches B\'s live readers once it listens again', { skip: !PG && 'PostgreSQL only (SQLite has one node and no listener)' }, async () => {
    const db = new URL(a.store.url).pathname.slice(1);
    const uri = uniq('/article/coupure');
    // warm A's connections: no new one can be opened during the cut
    await Promise.all(Array.from({ length: 8 }, () => a.list({ uri })));
    const reader = sseReader(b.port, uri);
    assert.equal(await reader.opened, 200);
    await sleep(300);
    let id;
    try {
      // The listeners lose their connection and cannot open another.
      await psql(`ALTER DATABASE ${db} ALLOW_CONNECTIONS false`);
      await psql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${db}' AND query = 'LISTEN causerie_events'`);
      await sleep(300);
      for (let i = 0; i < 20 && !id; i += 1) {
        const r = await a.postComment({ uri, author: 'Nœud A', text: 'Publié pendant la coupure.' });
        if (r.status === 201) id = r.body.comment.id;
        else await sleep(100);
      }
      assert.ok(id, 'node A published during the cut');
    } finally {
      await psql(`ALTER DATABASE ${db} ALLOW_CONNECTIONS true`);
    }
    const deadline = Date.now() + 8000;
    while (!reader.ids.includes(id) && Date.now() < deadline) await sleep(50);
    await sleep(300);
    reader.close();
    assert.deepEqual(reader.ids, [id], `B's reader got the comment once: ${JSON.stringify(reader.ids)}`);
    // and the relay still works live afterwards
    const later = sseReader(b.port, uri);
    assert.equal(await later.opened, 200);
    await sleep(300);
    const { id: id2 } = await a.mustPost({ uri, author: 'Nœud A', text: 'Publié après la coupure.' });
    const until = Date.now() + 5000;
    while (!later.ids.includes(id2) && Date.now() < until) await sleep(50);
    later.close();
    assert.deepEqual(later.ids, [id2]);
  });
});

describe('the database out of reach (PostgreSQL: no new connection, every session ended)', () => {
  test('/healthz and the Akismet routes answer 503 with Retry-After, the Akismet way on its routes; both recover', { skip: !PG && 'PostgreSQL only (a SQLite file does not go away)' }, async () => {
    const srv = await startServer({ name: 'hostile9-down' });
    const db = new URL(srv.store.url).pathname.slice(1);
    try {
      const k = await runBinary(['akismet-key', 'add', 'down'], { env: { CAUSERIE_STORE_URL: srv.store.url }, timeoutMs: 60000 });
      assert.equal(k.code, 0, k.stderr);
      const key = k.stdout.trim();
      const check = () => srv.req('POST', '/1.1/comment-check', {
        body: new URLSearchParams({ api_key: key, blog: 'https://journal.example/', user_ip: '192.0.2.7', comment_content: 'Merci pour cet article.' }).toString(),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
      assert.equal((await check()).status, 200);
      try {
        await psql(`ALTER DATABASE ${db} ALLOW_CONNECTIONS false`);
        await psql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${db}'`);
        await sleep(200);
        const h = await srv.req('GET', '/healthz');
        assert.equal(h.status, 503, h.text);
        assert.match(String(h.headers['retry-after']), /^[1-9]\d*$/);
        const c = await check();
        assert.equal(c.status, 503, c.text);
        assert.match(c.headers['x-akismet-error'] || '', /database/, 'the Akismet way: X-akismet-error');
        assert.match(String(c.headers['retry-after']), /^[1-9]\d*$/);
      } finally {
        await psql(`ALTER DATABASE ${db} ALLOW_CONNECTIONS true`);
      }
      let ok = false;
      for (let i = 0; i < 50 && !ok; i += 1) {
        ok = (await srv.req('GET', '/healthz')).status === 200;
        if (!ok) await sleep(100);
      }
      assert.ok(ok, 'healthy again once the database takes connections');
      assert.equal((await check()).status, 200);
    } finally {
      await srv.stop();
    }
  });
});
