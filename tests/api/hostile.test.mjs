// Hostile input never crashes the server (API.md: "Never a 500 for bad input;
// never a crash"), SQL-looking strings are stored literally, and the posting
// rate limit answers 429 with Retry-After.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, uniq, assertError, decodeEntities } from './helpers.mjs';

let srv;
before(async () => { srv = await startServer({ name: 'hostile' }); });
after(async () => { if (srv) await srv.stop(); });

// A small deterministic PRNG, so a failure can be replayed.
function prng(seed) {
  let x = seed >>> 0;
  return () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x; };
}
function randomBytes(rand, n) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i += 1) b[i] = rand() & 0xff;
  return b;
}

async function assertAlive(s) {
  assert.ok(s.alive, `server process died: ${JSON.stringify(s.exit)}\n${s.tail(3000)}`);
  const h = await s.get('/healthz');
  assert.equal(h.status, 200, `healthz after garbage: ${h.status} ${h.text}`);
  await s.mustPost({ uri: uniq('/article/still-alive'), text: 'Toujours debout.' });
}

/** Raw answers may be a 4xx, 501/505, or a closed connection; never another 5xx. */
function assertNot5xx(r, what) {
  if (r.status !== null && r.status >= 500) {
    assert.ok([501, 503, 505].includes(r.status), `${what}: raw answer ${r.status}: ${r.text.slice(0, 200)}`);
  }
}

describe('garbage on the wire', () => {
  test('a batch of malformed HTTP leaves the server answering', async () => {
    const rand = prng(20261126);
    const H = 'Host: 127.0.0.1\r\n';
    const cases = [
      ['random bytes', randomBytes(rand, 4096)],
      ['random bytes after a request line', Buffer.concat([Buffer.from('POST /api/v1/comments HTTP/1.1\r\n'), randomBytes(rand, 2048)])],
      ['blank lines', '\r\n\r\n\r\n\r\n'],
      ['HTTP/0.9', 'GET /\r\n\r\n'],
      ['bad version', `GET / HTTP/7.3\r\n${H}\r\n`],
      ['no Host in 1.1', 'GET /healthz HTTP/1.1\r\n\r\n'],
      ['long URL', `GET /api/v1/comments?uri=${'A'.repeat(200000)} HTTP/1.1\r\n${H}\r\n`],
      ['long header', `GET /healthz HTTP/1.1\r\n${H}X-Big: ${'b'.repeat(200000)}\r\n\r\n`],
      ['many headers', `GET /healthz HTTP/1.1\r\n${H}${Array.from({ length: 3000 }, (_, i) => `X-H${i}: v\r\n`).join('')}\r\n`],
      ['header without colon', `GET /healthz HTTP/1.1\r\n${H}NoColonHere\r\n\r\n`],
      ['NUL in path', Buffer.from(`GET /api/v1/\0comments HTTP/1.1\r\n${H}\r\n`)],
      ['bad percent-encoding', `GET /api/v1/comments?uri=%zz%&limit=%00&sort=%ff HTTP/1.1\r\n${H}\r\n`],
      ['NUL in query', `GET /api/v1/comments?uri=%00abc HTTP/1.1\r\n${H}\r\n`],
      ['negative Content-Length', `POST /api/v1/comments HTTP/1.1\r\n${H}Content-Type: application/json\r\nContent-Length: -1\r\n\r\n{}`],
      ['non-numeric Content-Length', `POST /api/v1/comments HTTP/1.1\r\n${H}Content-Type: application/json\r\nContent-Length: abc\r\n\r\n{}`],
      ['two Content-Lengths', `POST /api/v1/comments HTTP/1.1\r\n${H}Content-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 5\r\n\r\n{}`],
      ['chunked and Content-Length', `POST /api/v1/comments HTTP/1.1\r\n${H}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n2\r\n{}\r\n0\r\n\r\n`],
      ['bad chunk size', `POST /api/v1/comments HTTP/1.1\r\n${H}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`],
      ['huge chunk size', `POST /api/v1/comments HTTP/1.1\r\n${H}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFF\r\n{}\r\n`],
      ['unknown transfer encoding', `POST /api/v1/comments HTTP/1.1\r\n${H}Content-Type: application/json\r\nTransfer-Encoding: gzip\r\n\r\n{}`],
      ['truncated body then close', `POST /api/v1/comments HTTP/1.1\r\n${H}Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"uri":"/x"`],
      ['unknown method', `BREW /api/v1/comments HTTP/1.1\r\n${H}\r\n`],
      ['absolute URI', `GET http://evil.example/api/v1/comments?uri=/x HTTP/1.1\r\n${H}\r\n`],
      ['dot segments', `GET /api/v1/../../../../etc/passwd HTTP/1.1\r\n${H}\r\n`],
      ['pipelined garbage', `GET /healthz HTTP/1.1\r\n${H}\r\nGARBAGE\r\n\r\nGET /healthz HTTP/1.1\r\n\r\n`],
      ['invalid UTF-8 in headers', Buffer.concat([Buffer.from(`GET /healthz HTTP/1.1\r\n${H}X-Edit-Token: `), Buffer.from([0xff, 0xc0, 0x80]), Buffer.from('\r\n\r\n')])],
    ];
    for (const [name, data] of cases) {
      const r = await srv.raw(data, { timeoutMs: 1000, halfClose: name.startsWith('truncated') });
      assertNot5xx(r, name);
      assert.ok(srv.alive, `server died on "${name}": ${srv.tail(2000)}`);
    }
    // Half-sent headers, left open while others are served.
    const slow = srv.raw([`GET /healthz HTTP/1.1\r\n`, 'Host: x\r\n', 'X-Slow: 1\r\n'], { timeoutMs: 1500, gapMs: 300 });
    await assertAlive(srv);
    await slow;
    await assertAlive(srv);
  });

  test('hostile JSON bodies are 4xx, never 5xx', async () => {
    const J = { 'Content-Type': 'application/json' };
    const base = { uri: uniq('/article/hostile-json'), author: 'A', text: 'ok' };
    const bodies = [
      ['deep arrays', '['.repeat(60000) + ']'.repeat(60000)],
      ['deep objects', '{"a":'.repeat(20000) + '1' + '}'.repeat(20000)],
      ['deep inside a field', JSON.stringify({ ...base, anchor: 'X' }).replace('"X"', '['.repeat(30000) + ']'.repeat(30000))],
      ['many keys', `{${Array.from({ length: 8000 }, (_, i) => `"k${i}":${i}`).join(',')}}`],
      ['duplicate keys', '{"uri":"/a","uri":"/b","author":"A","author":"B","text":"t"}'],
      ['huge number parent', JSON.stringify({ ...base, parent: 'P' }).replace('"P"', '1e400')],
      ['bigint parent', JSON.stringify({ ...base, parent: 'P' }).replace('"P"', '99999999999999999999999')],
      ['negative zero parent', JSON.stringify({ ...base, parent: 'P' }).replace('"P"', '-0')],
      ['NUL in text', JSON.stringify({ ...base, text: 'a\u0000b' })],
      ['NUL in uri', JSON.stringify({ ...base, uri: '/a\u0000b' })],
      ['NUL in author', JSON.stringify({ ...base, author: '\u0000' })],
      ['control characters', JSON.stringify({ ...base, author: '\u0001\u0002\u001b[31m', text: '\u0007\u0008' })],
      ['bidi overrides', JSON.stringify({ ...base, author: '\u202eevil\u202c', text: '\u2066x\u2069' })],
      ['zero-width only author', JSON.stringify({ ...base, author: '\u200b\u200b' })],
      ['combining marks only', JSON.stringify({ ...base, text: '\u0301'.repeat(5000) })],
      ['BOM before JSON', `\ufeff${JSON.stringify(base)}`],
      ['JSON with comments', `/* c */ ${JSON.stringify(base)}`],
      ['NaN', '{"uri":"/a","author":"A","text":"t","parent":NaN}'],
      ['empty object', '{}'],
      ['object keys with NUL', '{"ur\\u0000i":"/a","author":"A","text":"t"}'],
      ['markdown bomb', JSON.stringify({ ...base, text: '*a **a '.repeat(1000) + '['.repeat(3000) + '>'.repeat(3000) })],
      ['nested quotes', JSON.stringify({ ...base, text: '> '.repeat(3000) + 'x' })],
      ['nested lists', JSON.stringify({ ...base, text: Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n') })],
      ['many links', JSON.stringify({ ...base, text: '[a](http://a.example/) '.repeat(2000) })],
    ];
    for (const [name, body] of bodies) {
      const r = await srv.req('POST', '/api/v1/comments', { body, headers: J, timeout: 20000 });
      assert.ok(r.status < 500, `${name}: ${r.status} ${r.text.slice(0, 200)}`);
      if (r.status >= 400) assertError(assert, r, r.status);
      assert.ok(srv.alive, `server died on ${name}`);
    }
    await assertAlive(srv);
  });

  test('hostile query strings and headers are 4xx, never 5xx', async () => {
    const { id, token } = await srv.mustPost({ uri: uniq('/article/hostile-q') });
    const reqs = [
      ['GET', `/api/v1/comments?uri=${'%41'.repeat(20000)}`],
      ['GET', `/api/v1/comments?uri=/a&limit=99999999999999999999999`],
      ['GET', `/api/v1/comments?uri=/a&limit=-0`],
      ['GET', `/api/v1/comments?uri=/a&uri=/b&sort=newest&sort=oldest`],
      ['GET', `/api/v1/comments?uri=/a&cursor=${'%ff'.repeat(500)}`],
      ['GET', `/api/v1/comments?uri=/a&site=${'x'.repeat(5000)}`],
      ['GET', `/api/v1/comments?=&&&=&uri`],
      ['GET', `/api/v1/counts?${Array.from({ length: 2000 }, (_, i) => `uri=/c${i}`).join('&')}`],
      ['GET', `/api/v1/counts?uri=`],
      ['GET', `/feeds/comments.atom?uri=${'%00'.repeat(100)}`],
      ['GET', `/api/v1/comments/${'9'.repeat(400)}`],
      ['PUT', `/api/v1/comments/${id}`, { json: { text: 'x' }, headers: { 'X-Edit-Token': 'x'.repeat(20000) } }],
      ['PUT', `/api/v1/comments/${id}`, { json: { text: 'x' }, headers: { 'X-Edit-Token': `${token}\u00e9` } }],
      ['DELETE', `/api/v1/comments/${id}`, { headers: { 'X-Edit-Token': token.slice(0, -1) } }],
      ['POST', `/api/v1/comments/${id}/vote`, { json: { value: 1 }, headers: { Cookie: `${'c'.repeat(100)}=${'v'.repeat(6000)}; ;;=; x` } }],
      ['POST', `/api/v1/comments/${id}/vote`, { json: { value: 1 }, headers: { 'X-Forwarded-For': 'not-an-ip, 999.1.1.1' } }],
    ];
    for (const [method, p, opts = {}] of reqs) {
      const r = await srv.req(method, p, { timeout: 5000, ...opts });
      assert.ok(r.status < 500, `${method} ${p.slice(0, 80)}: ${r.status} ${r.text.slice(0, 200)}`);
      if (r.status >= 400 && r.status !== 414 && r.status !== 431) assertError(assert, r, r.status);
    }
    const l = await srv.list({ uri: '/article/hostile-q-missing' });
    assert.equal(l.status, 200);
    await assertAlive(srv);
  });

  test('many concurrent connections, some abandoned, are survived', async () => {
    const jobs = [];
    for (let i = 0; i < 60; i += 1) {
      if (i % 3 === 0) jobs.push(srv.raw('POST /api/v1/comments HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\n{', { timeoutMs: 300 }));
      else jobs.push(srv.list({ uri: `/article/concurrent-${i % 5}` }).then((r) => assert.equal(r.status, 200)));
    }
    await Promise.all(jobs);
    await assertAlive(srv);
  });
});

describe('SQL-looking strings are stored literally', () => {
  test('quotes, comments and statements in every field round-trip', async () => {
    const keepUri = uniq('/article/innocent');
    const keep = await srv.mustPost({ uri: keepUri, text: 'témoin' });
    const uri = `/article/sql-${Date.now()}' OR '1'='1' --`;
    const author = "Robert'); DROP TABLE comments;--";
    const text = "1' OR '1'='1'; -- \"; DELETE FROM comments; -- `x` $$ \\ %_";
    const website = "https://example.org/?q=1';DROP%20TABLE%20threads;--";
    const r = await srv.postComment({ uri, author, text, website, title: "'; TRUNCATE votes; --" });
    assert.equal(r.status, 201, r.text);
    const l = await srv.list({ uri });
    assert.equal(l.status, 200);
    assert.equal(l.body.uri, uri);
    assert.equal(l.body.count, 1);
    const c = l.body.comments[0];
    assert.equal(c.author, author);
    assert.ok(decodeEntities(c.html).includes("1' OR '1'='1'; -- \"; DELETE FROM comments; --"), c.html);
    assert.equal(c.website, website);
    // The innocent thread is untouched.
    const other = await srv.list({ uri: keepUri });
    assert.equal(other.body.count, 1);
    assert.equal(other.body.comments[0].id, keep.id);
    const ok = await srv.get(`/api/v1/counts?uri=${encodeURIComponent(uri)}&uri=${encodeURIComponent("' OR 1=1 --")}`);
    assert.deepEqual(ok.body, { [uri]: 1, "' OR 1=1 --": 0 });
  });

  test('LIKE wildcards in a uri match nothing but themselves', async () => {
    const stem = uniq('/article/like');
    await srv.mustPost({ uri: `${stem}-abc` });
    await srv.mustPost({ uri: `${stem}-abd` });
    const wild = [`${stem}%`, `${stem}-ab_`, `${stem}-ab%`, '%', '_', '*'];
    const r = await srv.get(`/api/v1/counts?${wild.map((w) => `uri=${encodeURIComponent(w)}`).join('&')}`);
    assert.equal(r.status, 200, r.text);
    for (const w of wild) assert.equal(r.body[w], 0, `${w} matches nothing`);
    for (const w of wild) {
      const l = await srv.list({ uri: w });
      assert.equal(l.body.count, 0, `list ${w}`);
    }
  });
});

describe('rate limit', () => {
  let limited;
  before(async () => { limited = await startServer({ name: 'ratelimit', env: { CAUSERIE_LIMITS_POSTS_PER_MINUTE: '2' } }); });
  after(async () => { if (limited) await limited.stop(); });

  test('the third post in a minute is 429 with Retry-After; reads still work', async () => {
    const uri = uniq('/article/rate');
    await limited.mustPost({ uri });
    await limited.mustPost({ uri });
    const r = await limited.postComment({ uri });
    assertError(assert, r, 429);
    const ra = r.headers['retry-after'];
    assert.ok(ra !== undefined, 'Retry-After header');
    assert.match(String(ra), /^\d+$/, `Retry-After in seconds: ${ra}`);
    assert.ok(Number(ra) >= 1 && Number(ra) <= 60, `Retry-After between 1 and 60: ${ra}`);
    const again = await limited.postComment({ uri });
    assert.equal(again.status, 429, 'still limited');
    const l = await limited.list({ uri });
    assert.equal(l.status, 200);
    assert.equal(l.body.count, 2, 'the refused posts were not stored');
    assert.equal((await limited.get('/healthz')).status, 200);
  });

  test('invalid posts still get their own error, not a hidden success', async () => {
    const r = await limited.postComment({ uri: uniq('/article/rate'), text: '' });
    assert.ok(r.status === 429 || r.status === 422, `${r.status} ${r.text}`);
    assertError(assert, r, r.status);
  });
});
