// Sixth hostile pass (helper hostile-6), on reading and writing comments and
// the HTTP layer under them.  Each test is a finding, kept so that it stays
// fixed; each failed before its fix:
//   - a request with two Content-Length headers that disagree, or one beside
//     Transfer-Encoding, is 400 and its connection closed: the first length
//     was taken and the rest of the body read as the next request on the
//     connection (request smuggling behind a proxy that reads the other one);
//     so is a header name with white space before its colon
//     ("Content-Length : 5": libmicrohttpd takes it for another header and
//     read the body as the next request), two Transfer-Encoding lines, and
//     an HTTP/1.1 request without exactly one Host (RFC 9112 3.2: 400);
//   - with server.trust_proxy, the client is the last X-Forwarded-For entry
//     (the one the proxy in front adds), not the first (the client's own
//     words): one reader sending "X-Forwarded-For: <anything>" was a new
//     reader each time, past the post rate limit, and alone hid any comment
//     with three reports;
//   - a number jansson cannot hold (2^63, 1e999) is valid JSON: the field
//     holding it is 422 naming it (parent, value, author, anchor), an
//     unknown field holding it is ignored; the whole body was 400 "not valid
//     JSON" (API.md: "any other value is 422");
//   - a 304 of the comment list said "Content-Length: 0", which RFC 9110
//     8.6 forbids (only the length of the 200 may be sent): a cache that
//     takes it cuts its stored copy; it now sends the 200's length, no body;
//   - PUT (an edit) had no rate limit: one edit token wrote thousands of
//     moderated edits, each an audit row, for the whole edit window; it
//     now counts against limits.posts_per_minute like a post;
//   - the rate limiter's table of 8,192 addresses, once full of addresses
//     that had posted in the last minute, refused every new address for a
//     minute ("try again in 60 seconds" to a reader who never posted): a
//     few seconds of requests from 8,192 addresses shut everyone else out;
//   - a User-Agent that is not UTF-8 (a Latin-1 "été", or any byte) made
//     every comment of that client 503 on PostgreSQL (the text column
//     refused it) and, on SQLite, was stored as it came, so that
//     `causerie privacy export` left the field out; it is now stored with
//     '?' for each byte that is not UTF-8;
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { startServer, uniq, assertError, runBinary } from './helpers.mjs';

let srv;
before(async () => { srv = await startServer({ name: 'hostile6' }); });
after(async () => { if (srv) await srv.stop(); });

describe('a body framed two ways', () => {
  const head = (extra) => 'POST /api/v1/comments HTTP/1.1\r\nHost: 127.0.0.1\r\n'
    + `Content-Type: application/json\r\n${extra}\r\n`;

  test('two Content-Length headers that disagree are 400, the connection closed, nothing stored', async () => {
    const uri = uniq('/article/smuggle-cl');
    const body = JSON.stringify({ uri, author: 'A', text: 'Un avis mesuré.' });
    const len = Buffer.byteLength(body);
    for (const pair of [[5, len], [len, 5]]) {
      const r = await srv.raw(head(`Content-Length: ${pair[0]}\r\nContent-Length: ${pair[1]}\r\n`) + body
        + 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', { timeoutMs: 3000 });
      assert.equal(r.status, 400, r.text.slice(0, 400));
      assert.ok(r.closedByServer, 'the connection is closed');
      assert.equal((r.text.match(/HTTP\/1\.1 /g) || []).length, 1, `one answer only: ${r.text.slice(0, 600)}`);
      assert.match(r.text, /\r\n\r\n\{"error":\{"code":"bad_request"/);
    }
    const l = await srv.list({ uri });
    assert.equal(l.body.count, 0, l.text);
  });

  test('Content-Length with Transfer-Encoding is 400, the connection closed', async () => {
    const uri = uniq('/article/smuggle-te');
    const body = JSON.stringify({ uri, author: 'A', text: 'Un avis mesuré.' });
    const chunked = `${Buffer.byteLength(body).toString(16)}\r\n${body}\r\n0\r\n\r\n`;
    const r = await srv.raw(head(`Content-Length: ${Buffer.byteLength(body)}\r\nTransfer-Encoding: chunked\r\n`) + chunked
      + 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', { timeoutMs: 3000 });
    assert.equal(r.status, 400, r.text.slice(0, 400));
    assert.ok(r.closedByServer, 'the connection is closed');
    assert.equal((r.text.match(/HTTP\/1\.1 /g) || []).length, 1, r.text.slice(0, 600));
    assert.equal((await srv.list({ uri })).body.count, 0);
  });

  test('white space before a header\'s colon is 400, the connection closed, the "body" never a request', async () => {
    const r = await srv.raw('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length : 5\r\n\r\n'
      + 'helloGET /api/v1/counts?uri=/a HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n', { timeoutMs: 3000 });
    assert.equal(r.status, 400, r.text.slice(0, 400));
    assert.equal((r.text.match(/HTTP\/1\.1 /g) || []).length, 1, r.text.slice(0, 800));
    assert.ok(r.closedByServer);
  });

  test('two Transfer-Encoding lines are 400', async () => {
    const uri = uniq('/article/smuggle-te2');
    const body = JSON.stringify({ uri, author: 'A', text: 'Un avis mesuré.' });
    const r = await srv.raw(head('Transfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n')
      + `${Buffer.byteLength(body).toString(16)}\r\n${body}\r\n0\r\n\r\n`, { timeoutMs: 3000 });
    assert.equal(r.status, 400, r.text.slice(0, 400));
    assert.equal((await srv.list({ uri })).body.count, 0);
  });

  test('HTTP/1.1 without a Host, or with two, is 400; HTTP/1.0 needs none', async () => {
    for (const h of ['', 'Host: a.example\r\nHost: b.example\r\n']) {
      const r = await srv.raw(`GET /healthz HTTP/1.1\r\n${h}Connection: close\r\n\r\n`);
      assertError(assert, { ...r, headers: { 'content-type': 'application/json' }, body: JSON.parse(r.text.slice(r.text.indexOf('\r\n\r\n') + 4)) }, 400);
      assert.match(r.text, /Host/);
    }
    const r = await srv.raw('GET /healthz HTTP/1.0\r\n\r\n');
    assert.equal(r.status, 200, r.text);
  });

  test('the same Content-Length twice, or chunked alone, still works', async () => {
    const uri = uniq('/article/smuggle-ok');
    const body = JSON.stringify({ uri, author: 'A', text: 'Un avis mesuré.' });
    const len = Buffer.byteLength(body);
    let r = await srv.raw(head(`Content-Length: ${len}\r\nContent-Length: ${len}\r\nConnection: close\r\n`) + body);
    assert.equal(r.status, 201, r.text.slice(0, 400));
    r = await srv.raw(head('Transfer-Encoding: chunked\r\nConnection: close\r\n') + `${len.toString(16)}\r\n${body}\r\n0\r\n\r\n`);
    assert.equal(r.status, 201, r.text.slice(0, 400));
    assert.equal((await srv.list({ uri })).body.count, 2);
  });
});



describe('behind a proxy (server.trust_proxy)', () => {
  let px;
  before(async () => {
    px = await startServer({
      name: 'hostile6-proxy',
      env: {
        CAUSERIE_SERVER_TRUST_PROXY: 'true', CAUSERIE_LIMITS_POSTS_PER_MINUTE: '2',
        CAUSERIE_MODERATION_REPORT_THRESHOLD: '2', CAUSERIE_MODERATION_ENABLED: 'false',
      },
    });
  });
  after(async () => { if (px) await px.stop(); });
  // What nginx's proxy_add_x_forwarded_for sends: the client's header, then
  // the address the proxy saw.
  const via = (forged, real = '198.51.100.7') => ({ headers: { 'X-Forwarded-For': `${forged}, ${real}` } });

  test('entries the client wrote before the proxy\'s own do not make a new reader', async () => {
    const uri = uniq('/article/xff');
    const { id } = await px.mustPost({ uri }, via('10.0.0.1', '198.51.100.9'));
    for (const forged of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) {
      const r = await px.post(`/api/v1/comments/${id}/report`, { reason: 'faux' }, via(forged));
      assert.equal(r.status, 202, r.text);
    }
    const l = await px.list({ uri });
    assert.equal(l.body.count, 1, `one reader reported it, whatever it wrote first: ${l.text}`);
    const posts = [];
    for (const forged of ['10.1.0.1', '10.1.0.2', '10.1.0.3']) {
      posts.push((await px.postComment({ uri, text: `Un avis de plus, ${forged}.` }, via(forged, '198.51.100.20'))).status);
    }
    assert.deepEqual(posts, [201, 201, 429], 'the rate limit counts the proxy\'s address');
  });

  test('the proxy\'s own line counts when it adds a header line of its own', async () => {
    const uri = uniq('/article/xff-lines');
    const { id } = await px.mustPost({ uri }, via('10.2.0.1', '198.51.100.30'));
    for (const forged of ['10.2.0.2', '10.2.0.3']) {
      const head = `POST /api/v1/comments/${id}/report HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n`
        + `X-Forwarded-For: ${forged}\r\nX-Forwarded-For: 198.51.100.31\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`;
      const r = await px.raw(head);
      assert.equal(r.status, 202, r.text.slice(0, 300));
    }
    assert.equal((await px.list({ uri })).body.count, 1);
    // and two readers are still two
    await px.post(`/api/v1/comments/${id}/report`, {}, via('10.2.0.4', '198.51.100.32'));
    await px.post(`/api/v1/comments/${id}/report`, {}, via('10.2.0.4', '198.51.100.33'));
    assert.equal((await px.list({ uri })).body.count, 0, 'two readers hid it');
  });
});

describe('numbers too large to hold', () => {
  const big = { int63: '9223372036854775808', neg: '-9223372036854775809', u64: '18446744073709551616', real: '1e999', nreal: '-1E+999' };
  const bodyWith = (fields, key, num) => JSON.stringify({ ...fields, [key]: 'N' }).replace('"N"', num);

  test('in parent, author or anchor.paragraph: 422 naming the field', async () => {
    const uri = uniq('/article/bignum');
    const base = { uri, author: 'A', text: 'Un avis mesuré sur les nombres.' };
    for (const num of Object.values(big)) {
      for (const [key, field] of [['parent', 'parent'], ['author', 'author']]) {
        const r = await srv.req('POST', '/api/v1/comments', { body: bodyWith(base, key, num), headers: { 'Content-Type': 'application/json' } });
        assertError(assert, r, 422, { field });
      }
      const a = JSON.stringify({ ...base, anchor: { paragraph: 'N' } }).replace('"N"', num);
      assertError(assert, await srv.req('POST', '/api/v1/comments', { body: a, headers: { 'Content-Type': 'application/json' } }), 422, { field: 'anchor' });
    }
    assert.equal((await srv.list({ uri })).body.count, 0);
  });

  test('in a vote value: 422 value', async () => {
    const { id } = await srv.mustPost({ uri: uniq('/article/bignum-vote') });
    for (const num of Object.values(big)) {
      const r = await srv.req('POST', `/api/v1/comments/${id}/vote`, { body: `{"value":${num}}`, headers: { 'Content-Type': 'application/json' } });
      assertError(assert, r, 422, { field: 'value' });
    }
  });

  test('in a field nobody reads, or in a string, it changes nothing', async () => {
    const uri = uniq('/article/bignum-extra');
    const body = JSON.stringify({ uri, author: 'A', text: 'Le nombre 1e999 et 9223372036854775808 restent du texte.', extra: 'N' })
      .replace('"N"', `[${Object.values(big).join(',')},{"k":1e999}]`);
    const r = await srv.req('POST', '/api/v1/comments', { body, headers: { 'Content-Type': 'application/json' } });
    assert.equal(r.status, 201, r.text);
    assert.match(r.body.comment.html, /1e999 et 9223372036854775808/);
  });

  test('a body still malformed elsewhere is 400, at the right column', async () => {
    const r = await srv.req('POST', '/api/v1/comments', { body: '{"uri":"/a","parent":1e999,"author":}', headers: { 'Content-Type': 'application/json' } });
    const e = assertError(assert, r, 400);
    assert.match(e.message, /column 37\b/, e.message);
  });
});

describe('304 of the comment list', () => {
  test('announces no length but the 200\'s, sends no body, and the connection goes on', async () => {
    const uri = uniq('/article/etag-length');
    await srv.mustPost({ uri });
    const full = await srv.list({ uri });
    assert.equal(full.status, 200);
    const etag = full.headers.etag;
    const q = `/api/v1/comments?uri=${encodeURIComponent(uri)}`;
    const r = await srv.raw(`GET ${q} HTTP/1.1\r\nHost: 127.0.0.1\r\nIf-None-Match: ${etag}\r\n\r\n`
      + 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    assert.equal(r.status, 304, r.text.slice(0, 400));
    const first = r.text.slice(0, r.text.indexOf('\r\n\r\n'));
    const cl = /\r\nContent-Length: *(\d+)/i.exec(first);
    if (cl) assert.equal(Number(cl[1]), full.raw.length, `a 304 may only announce the 200's length: ${first}`);
    assert.match(r.text, /\r\n\r\nHTTP\/1\.1 200 OK\r\n/, 'no body after the 304: the next answer follows it');
  });
});

describe('304 of an embedded file', () => {
  test('announces the length of the coding asked for, never 0, and sends no body', async () => {
    for (const enc of ['identity', 'gzip']) {
      const full = await srv.req('GET', '/widget/embed.js', { headers: { 'Accept-Encoding': enc } });
      assert.equal(full.status, 200);
      const etag = full.headers.etag;
      const r = await srv.raw(`GET /widget/embed.js HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: ${enc}\r\nIf-None-Match: ${etag}\r\n\r\n`
        + 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
      assert.equal(r.status, 304, r.text.slice(0, 400));
      const first = r.text.slice(0, r.text.indexOf('\r\n\r\n'));
      const cl = /\r\nContent-Length: *(\d+)/i.exec(first);
      if (cl) assert.equal(Number(cl[1]), Number(full.headers['content-length']), `${enc}: a 304 may only announce the 200's length: ${first}`);
      assert.match(r.text, /\r\n\r\nHTTP\/1\.1 200 OK\r\n/, 'no body after the 304: the next answer follows it');
    }
  });
});

describe('edits are rate limited', () => {
  test('an edit past limits.posts_per_minute is 429 with Retry-After, and changes nothing', async () => {
    const lim = await startServer({ name: 'hostile6-editlimit', env: { CAUSERIE_LIMITS_POSTS_PER_MINUTE: '3', CAUSERIE_MODERATION_ENABLED: 'false' } });
    try {
      const uri = uniq('/article/edit-limit');
      const { id, token } = await lim.mustPost({ uri });
      const statuses = [];
      let last;
      for (let i = 0; i < 4; i += 1) {
        last = await lim.put(`/api/v1/comments/${id}`, { text: `Version ${i} du texte.` }, { headers: { 'X-Edit-Token': token } });
        statuses.push(last.status);
      }
      assert.deepEqual(statuses, [200, 200, 429, 429], 'one post and two edits fill a bucket of three');
      assertError(assert, last, 429, { code: 'rate_limited' });
      assert.match(String(last.headers['retry-after']), /^[1-9]\d*$/);
      const l = await lim.list({ uri });
      assert.match(l.body.comments[0].html, /Version 1 du texte/);
    } finally {
      await lim.stop();
    }
  });
});

describe('a rate limiter full of other addresses', () => {
  test('never refuses an address that has not posted', async (t) => {
    const lim = await startServer({
      name: 'hostile6-ratefill',
      env: { CAUSERIE_SERVER_TRUST_PROXY: 'true', CAUSERIE_LIMITS_POSTS_PER_MINUTE: '1', CAUSERIE_MODERATION_ENABLED: 'false' },
    });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
    try {
      const uri = uniq('/article/ratefill');
      const send = (ip, body, path = '/api/v1/subscriptions') => new Promise((resolve, reject) => {
        const b = Buffer.from(JSON.stringify(body));
        const rq = http.request({
          host: '127.0.0.1', port: lim.port, method: 'POST', path, agent,
          headers: { 'Content-Type': 'application/json', 'Content-Length': b.length, 'X-Forwarded-For': ip },
        }, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode)); });
        rq.on('error', reject);
        rq.end(b);
      });
      // 8,300 addresses subscribe once each (the posting limit): each has
      // used its one request of the minute.
      const N = 8300;
      let next = 0;
      let t5 = 0;   // when address 5 used its request
      const seen = {};
      await Promise.all(Array.from({ length: 16 }, async () => {
        while (next < N) {
          const k = next++;
          if (k === 5) t5 = Date.now();
          const st = await send(`2001:db8::${(k >> 16).toString(16)}:${(k & 0xffff).toString(16)}`, { uri, email: `r${k}@example.org`, kind: 'all' });
          seen[st] = (seen[st] || 0) + 1;
        }
      }));
      assert.deepEqual(seen, { 202: N });
      const fresh = await send('192.0.2.77', { uri, author: 'Nouvelle', text: 'Mon tout premier commentaire.' }, '/api/v1/comments');
      assert.equal(fresh, 201, 'a reader who never posted is not refused for what others did');
      // an address that used its request is still refused — while its
      // bucket has not refilled: a token a minute, and on a slow machine
      // (PostgreSQL under CI) the 8,300 requests can take longer than that
      if (Date.now() - t5 < 50000)
        assert.equal(await send('2001:db8::0:5', { uri, email: 'again@example.org', kind: 'all' }), 429);
      else
        t.diagnostic(`filling took ${Date.now() - t5} ms: address 5's bucket has refilled, not checked`);
    } finally {
      agent.destroy();
      await lim.stop();
    }
  });
});

describe('a User-Agent that is not UTF-8', () => {
  test('the comment is taken, and stored with ? for each bad byte', async () => {
    const uri = uniq('/article/ua-latin1');
    const email = `${uniq('ua')}@example.org`;
    const body = Buffer.from(JSON.stringify({ uri, author: 'A', email, text: 'Un avis depuis un vieux navigateur.' }));
    const head = Buffer.from(`POST /api/v1/comments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n`
      + `Content-Length: ${body.length}\r\nConnection: close\r\nUser-Agent: `, 'latin1');
    const ua = Buffer.concat([Buffer.from('Mozilla/4.0 '), Buffer.from([0xe9, 0x74, 0xe9, 0x20, 0xc3, 0xa9, 0x20, 0xff])]);
    const r = await srv.raw(Buffer.concat([head, ua, Buffer.from('\r\n\r\n'), body]));
    assert.equal(r.status, 201, r.text.slice(0, 400));
    const out = await runBinary(['privacy', 'export', email], { env: { CAUSERIE_STORE_URL: srv.store.url }, timeoutMs: 30000 });
    assert.equal(out.code, 0, out.stderr);
    const exp = JSON.parse(out.stdout);
    const text = JSON.stringify(exp);
    assert.match(text, /"user_agent":"Mozilla\/4\.0 \?t\? é \?"/, text.slice(0, 1500));
  });
});
