// Hostile black-box tests from an operations pass (ops-18).  Each test is a
// finding, kept so that it stays fixed:
//   - server.trust_proxy believed X-Forwarded-For from any peer: a client
//     connecting directly picked its address (escaping the per-address
//     limits).  server.trusted_proxies now lists the proxies believed; the
//     client is the rightmost entry of the chain (all header lines) that is
//     not one of them; an entry that is not an address ends the walk at the
//     last address read.  An empty list keeps the old behaviour.
//   - on SQLite, /healthz answered 200 with the database file removed or
//     renamed under the server ("SELECT 1" never reads the file), and a POST
//     was acknowledged 201 into the unlinked file, lost for good.  Both are
//     now 503 (SQLITE_FCNTL_HAS_MOVED), and 200 again once the file is back.
//   - /metrics counted 412 (a stale policy If-Match), 431 (a head too large)
//     and 501 (a Transfer-Encoding other than chunked) as status "other":
//     every status the server answers has its own label now.
//   - the page routes that read a form (/subscriptions/unsubscribe,
//     /subscriptions/manage, /subscriptions/manage-link) and POST
//     /api/v1/admin/logout read a gzip or deflate body as it was sent
//     (manage-link then found no address in it), and any other coding as
//     plain.  They now inflate gzip and deflate as the JSON routes do, and
//     answer 415 unsupported_encoding to any other coding, as a page to a
//     browser.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { startServer, runBinary, uniq, editorSession, assertError, BACKEND } from './helpers.mjs';

const xff = (...lines) => ({ headers: { 'X-Forwarded-For': lines.length === 1 ? lines[0] : lines } });

// Three posts, one per option set: which were refused by the per-address
// limit (limits.posts_per_minute = 2).
async function threePosts(s, opts) {
  const uri = uniq('/article/proxy');
  const out = [];
  for (const o of opts) out.push((await s.postComment({ uri, text: `Un avis de plus, le numéro ${out.length}.` }, o)).status);
  return out;
}

const BASE_ENV = {
  CAUSERIE_SERVER_TRUST_PROXY: 'true', CAUSERIE_LIMITS_POSTS_PER_MINUTE: '2', CAUSERIE_MODERATION_ENABLED: 'false',
};

describe('server.trusted_proxies', () => {
  let open; let strict; let mapped;
  before(async () => {
    [open, strict, mapped] = await Promise.all([
      startServer({ name: 'hostile22-xff-any', env: BASE_ENV }),
      startServer({ name: 'hostile22-xff-list', env: { ...BASE_ENV, CAUSERIE_SERVER_TRUSTED_PROXIES: '10.0.0.0/8, 127.0.0.1 2001:db8::/32' } }),
      // an IPv6 socket: the loopback peer is ::ffff:127.0.0.1, listed as IPv4
      startServer({
        name: 'hostile22-xff-mapped',
        env: (s) => ({ ...BASE_ENV, CAUSERIE_SERVER_LISTEN: `[::ffff:127.0.0.1]:${s.port}`, CAUSERIE_SERVER_TRUSTED_PROXIES: '127.0.0.0/8' }),
      }),
    ]);
  });
  after(async () => { await Promise.all([open, strict, mapped].filter(Boolean).map((s) => s.stop())); });

  test('empty (the default): the last entry is believed from any peer, as before', async () => {
    assert.deepEqual(await threePosts(open, [xff('198.51.100.1'), xff('198.51.100.2'), xff('198.51.100.3')]), [201, 201, 201]);
    assert.deepEqual(await threePosts(open, [xff('1.1.1.1, 198.51.100.4'), xff('2.2.2.2, 198.51.100.4'), xff('198.51.100.4')]), [201, 201, 429]);
  });

  test('a peer not in the list is the client, whatever it writes', async () => {
    const s = await startServer({ name: 'hostile22-xff-other', env: { ...BASE_ENV, CAUSERIE_SERVER_TRUSTED_PROXIES: '10.0.0.0/8' } });
    try {
      assert.deepEqual(await threePosts(s, [xff('198.51.100.10'), xff('198.51.100.11'), xff('2001:db8::12')]), [201, 201, 429]);
    } finally { await s.stop(); }
  });

  test('from a listed peer: the rightmost entry that is not a listed proxy, over all lines', async () => {
    // trusted hops are skipped; what the client wrote before its own address is not read
    assert.deepEqual(await threePosts(strict, [
      xff('6.6.6.6, 198.51.100.20, 10.1.1.1'),
      xff('7.7.7.7, 198.51.100.20, 10.2.2.2, 127.0.0.1'),
      xff('198.51.100.20'),
    ]), [201, 201, 429]);
    // each line is part of the chain, in order
    assert.deepEqual(await threePosts(strict, [
      xff('6.6.6.6', '198.51.100.21', '10.1.1.1'),
      xff('198.51.100.21, 10.3.3.3', '2001:db8::1'),
      xff('5.5.5.5, 198.51.100.21'),
    ]), [201, 201, 429]);
    // distinct clients behind the same proxies are distinct
    assert.deepEqual(await threePosts(strict, [
      xff('198.51.100.22, 10.1.1.1'), xff('198.51.100.23, 10.1.1.1'), xff('2001:db9::24, 10.1.1.1'),
    ]), [201, 201, 201]);
    // an IPv6 client in another text form is the same client
    assert.deepEqual(await threePosts(strict, [
      xff('2001:DB9::25'), xff('2001:db9:0:0::25'), xff('2001:db9::25, 10.1.1.1'),
    ]), [201, 201, 429]);
  });

  test('an entry that is not an address ends the walk at the last address read (a listed proxy)', async () => {
    // the client wrote "garbage"; 10.4.4.4 passed it on and is the client then
    assert.deepEqual(await threePosts(strict, [
      xff('198.51.100.30, garbage, 10.4.4.4'),
      xff('198.51.100.31, 198.51.100.32:443, 10.4.4.4'),
      xff('[2001:db9::1], 10.4.4.4'),
    ]), [201, 201, 429]);
    // malformed at the right end: the peer itself (127.0.0.1)
    assert.deepEqual(await threePosts(strict, [xff('198.51.100.33, junk'), xff('198.51.100.34, 999.1.1.1'), xff('unknown')]), [201, 201, 429]);
    // all listed: the leftmost
    assert.deepEqual(await threePosts(strict, [xff('10.5.5.5, 127.0.0.1'), xff('10.5.5.5'), xff('10.5.5.5, 10.6.6.6')]), [201, 201, 429]);
    // no header: the peer, a budget of its own
    const uri = uniq('/article/proxy');
    assert.equal((await strict.postComment({ uri }, xff('198.51.100.35'))).status, 201);
  });

  test('a peer an IPv6 socket sees as ::ffff:127.0.0.1 matches 127.0.0.0/8', async () => {
    assert.deepEqual(await threePosts(mapped, [xff('198.51.100.40'), xff('198.51.100.41'), xff('198.51.100.42')]), [201, 201, 201]);
    assert.deepEqual(await threePosts(mapped, [xff('198.51.100.43'), xff('198.51.100.43, 127.0.0.9'), xff('198.51.100.43')]), [201, 201, 429]);
  });

  test('a bad entry is refused at start, naming the setting', async () => {
    for (const bad of ['10.0.0.0/33', 'localhost', '10.0.0.1; 10.0.0.2', '::/129', '10.0.0.0/', '1.2.3.4:80']) {
      const r = await runBinary(['config'], { env: { CAUSERIE_STORE_URL: 'sqlite:/nonexistent/x.db', CAUSERIE_SERVER_TRUSTED_PROXIES: bad } });
      assert.equal(r.code, 2, `${bad}: ${r.stdout.slice(0, 100)}`);
      assert.match(r.stderr, /server\.trusted_proxies: invalid value/, bad);
    }
    const ok = await runBinary(['config'], { env: { CAUSERIE_STORE_URL: 'sqlite:/nonexistent/x.db', CAUSERIE_SERVER_TRUSTED_PROXIES: '10.0.0.0/8, ::1 192.0.2.7' } });
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /^trusted_proxies = 10\.0\.0\.0\/8, ::1 192\.0\.2\.7$/m);
  });
});

describe('the SQLite file moved under the server', { skip: BACKEND !== 'sqlite' && 'SQLite only' }, () => {
  test('removed or renamed: /healthz (GET, HEAD) and writes answer 503; back in place: 200', async () => {
    const s = await startServer({ name: 'hostile22-moved', env: { CAUSERIE_MODERATION_ENABLED: 'false' } });
    try {
      const file = s.store.url.slice('sqlite:'.length);
      const uri = uniq('/article/moved');
      await s.mustPost({ uri });
      fs.renameSync(file, `${file}.bak`);
      // every worker thread at once: one that had no connection yet opened
      // its first one now, and SQLite's "create if missing" made a new empty
      // database at the path and answered 200 from it (seen under ASan)
      const all = await Promise.all(Array.from({ length: 24 }, () => s.get('/healthz')));
      assert.deepEqual(all.map((r) => r.status), all.map(() => 503));
      assert.equal(fs.existsSync(file), false, 'no empty database made at the path');
      const g = await s.get('/healthz');
      assert.equal(g.status, 503, g.text);
      assert.equal(g.headers['cache-control'], 'no-store');
      assert.equal((await s.req('HEAD', '/healthz')).status, 503);
      const p = await s.postComment({ uri, text: 'Un avis qui ne doit pas se perdre.' });
      assert.equal(p.status, 503, `not acknowledged into a file nobody will open: ${p.text}`);
      assert.equal(p.body.error.code, 'unavailable');
      fs.renameSync(`${file}.bak`, file);
      assert.equal((await s.get('/healthz')).status, 200);
      await s.mustPost({ uri, text: 'Un avis qui arrive, lui.' });
      assert.equal((await s.list({ uri })).body.count, 2);
      fs.rmSync(file);
      assert.equal((await s.get('/healthz')).status, 503);
      assert.equal((await s.postComment({ uri, text: 'Encore un avis perdu ?' })).status, 503);
    } finally { await s.stop(); }
  });
});

describe('/metrics status labels', () => {
  test('412, 431 and 501 are counted under their own status, none as "other"', async () => {
    const s = await startServer({ name: 'hostile22-metrics' });
    try {
      const { c, h } = await editorSession(s);
      const g = await c.get('/api/v1/admin/policy');
      assert.equal(g.status, 200);
      const r412 = await c.put('/api/v1/admin/policy', g.body, { headers: { ...h.headers, 'If-Match': '"not-a-version"' } });
      assert.equal(r412.status, 412, r412.text);
      const r431 = await s.post('/api/v1/comments', { uri: '/a', author: 'A', text: 'Un avis.' }, { headers: { 'X-Pad': 'x'.repeat(7500) } });
      assert.equal(r431.status, 431, r431.text);
      const r501 = await s.raw(`POST /api/v1/comments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: gzip\r\nConnection: close\r\n\r\n{}`);
      assert.equal(r501.status, 501, r501.text);
      const m = await s.get('/metrics');
      assert.equal(m.status, 200);
      for (const st of ['412', '431', '501']) {
        assert.match(m.text, new RegExp(`^causerie_http_requests_total\\{route="[a-z_]+",status="${st}"\\} [1-9]\\d*$`, 'm'), st);
      }
      assert.doesNotMatch(m.text, /status="other"/);
    } finally { await s.stop(); }
  });
});

describe('form bodies with a Content-Encoding', () => {
  const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
  const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };
  let s;
  before(async () => { s = await startServer({ name: 'hostile22-forms' }); });
  after(async () => { if (s) await s.stop(); });

  test('manage-link: a gzip or deflate form is read inflated; a damaged one is 400', async () => {
    const form = Buffer.from('email=lectrice%40example.org');
    for (const [body, ce] of [[zlib.gzipSync(form), 'gzip'], [zlib.gzipSync(form), 'x-gzip'], [zlib.deflateSync(form), 'deflate'], [form, 'identity']]) {
      const r = await s.req('POST', '/subscriptions/manage-link', { body, headers: { ...FORM, 'Content-Encoding': ce, Accept: BROWSER } });
      assert.equal(r.status, 200, `${ce}: ${r.status} ${r.text.slice(0, 300)}`);
      assert.match(r.headers['content-type'], /^text\/html/);
    }
    const gz = zlib.gzipSync(form);
    const cut = await s.req('POST', '/subscriptions/manage-link', { body: gz.subarray(0, gz.length - 4), headers: { ...FORM, 'Content-Encoding': 'gzip', Accept: BROWSER } });
    assert.equal(cut.status, 400, cut.text.slice(0, 300));
    assert.match(cut.headers['content-type'], /^text\/html/);
    assert.match(cut.text, /not valid gzip/);
    const bomb = zlib.gzipSync(Buffer.alloc(50 << 20, 0x61), { level: 9 });
    const big = await s.req('POST', '/subscriptions/manage-link', { body: bomb, headers: { ...FORM, 'Content-Encoding': 'gzip' } });
    assertError(assert, big, 413, { code: 'too_large' });
  });

  test('the pages: any other coding is 415, a page to a browser, JSON to others', async () => {
    const form = 'List-Unsubscribe=One-Click';
    for (const p of ['/subscriptions/unsubscribe?token=abc', '/subscriptions/manage?token=abc', '/subscriptions/manage-link']) {
      for (const ce of ['br', 'x-unknown', 'gzip, gzip']) {
        const r = await s.req('POST', p, { body: form, headers: { ...FORM, 'Content-Encoding': ce, Accept: BROWSER } });
        assert.equal(r.status, 415, `${p} ${ce}: ${r.status} ${r.text.slice(0, 200)}`);
        assert.match(r.headers['content-type'], /^text\/html; charset=utf-8/, `${p} ${ce}`);
        assert.match(r.text, /^<!DOCTYPE html>/);
        assert.match(r.headers['accept-encoding'] || '', /gzip, deflate/);
        const j = await s.req('POST', p, { body: form, headers: { ...FORM, 'Content-Encoding': ce } });
        assertError(assert, j, 415, { code: 'unsupported_encoding' });
      }
      // a GET carries no body: its coding is not read
      if (!p.endsWith('manage-link')) {
        const g = await s.req('GET', p, { headers: { 'Content-Encoding': 'br', Accept: BROWSER } });
        assert.notEqual(g.status, 415, p);
      }
    }
    // a gzip form reaches the handler: a bad token is what is refused
    const u = await s.req('POST', '/subscriptions/unsubscribe?token=abc', { body: zlib.gzipSync(Buffer.from(form)), headers: { ...FORM, 'Content-Encoding': 'gzip', Accept: BROWSER } });
    assert.equal(u.status, 400, u.text.slice(0, 300));
  });

  test('POST /api/v1/admin/logout: gzip read, another coding 415, after the session is judged', async () => {
    const body = Buffer.from('{}');
    assertError(assert, await s.req('POST', '/api/v1/admin/logout', { body, headers: { 'Content-Encoding': 'br' } }), 401);
    const a = await editorSession(s);
    const r = await a.c.req('POST', '/api/v1/admin/logout', { body, headers: { ...a.h.headers, 'Content-Encoding': 'br' } });
    assertError(assert, r, 415, { code: 'unsupported_encoding' });
    assert.equal((await a.c.get('/api/v1/admin/queue')).status, 200, 'still logged in');
    const bad = await a.c.req('POST', '/api/v1/admin/logout', { body, headers: { ...a.h.headers, 'Content-Encoding': 'gzip' } });
    assertError(assert, bad, 400);
    const ok = await a.c.req('POST', '/api/v1/admin/logout', { body: zlib.gzipSync(body), headers: { ...a.h.headers, 'Content-Encoding': 'gzip' } });
    assert.equal(ok.status, 204, ok.text);
    assert.equal((await a.c.get('/api/v1/admin/queue')).status, 401);
  });
});
