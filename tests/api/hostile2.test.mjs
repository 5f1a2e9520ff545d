// Second hostile pass: HTTP framing on routes the first pass did not reach
// (HEAD on the event stream), and the other findings of that pass, each a
// test that failed before its fix.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, uniq, assertError, runBinary } from './helpers.mjs';

let srv;
before(async () => { srv = await startServer({ name: 'hostile2' }); });
after(async () => { if (srv) await srv.stop(); });

/** Splits a raw HTTP/1.1 byte stream into responses by their Content-Length
 * (a HEAD response has none: `heads` says which ones answer a HEAD). */
function splitResponses(text, heads) {
  const out = [];
  let rest = text;
  for (let i = 0; rest.length; i += 1) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) { out.push({ head: rest, body: '', junk: true }); break; }
    const head = rest.slice(0, end);
    const m = /\r\ncontent-length: *(\d+)/i.exec(head);
    const len = heads[i] ? 0 : (m ? Number(m[1]) : 0);
    out.push({ head, status: Number((/^HTTP\/1\.1 (\d{3})/.exec(head) || [])[1]) || null, body: rest.slice(end + 4, end + 4 + len) });
    rest = rest.slice(end + 4 + len);
  }
  return out;
}

describe('HEAD keeps the connection framed', () => {
  test('HEAD on the event stream has headers and no body, and the next pipelined request is answered', async () => {
    const uri = uniq('/article/head-events');
    const r = await srv.raw(
      `HEAD /api/v1/events?uri=${encodeURIComponent(uri)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`
      + 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
      { timeoutMs: 5000 },
    );
    const parts = splitResponses(r.text, [true, false]);
    assert.equal(parts.length, 2, `two responses, no stray bytes between them:\n${JSON.stringify(r.text)}`);
    assert.equal(parts[0].status, 200, parts[0].head);
    assert.match(parts[0].head, /\r\ncontent-type: text\/event-stream/i);
    assert.equal(parts[1].status, 200, `second response: ${JSON.stringify(r.text)}`);
    assert.equal(parts[1].body, 'ok');
  });
});

describe('a very long chain of replies', () => {
  test('is listed whole, each comment once with its own parent, nested at most 202 levels deep', async () => {
    // A chain of tens of thousands of replies overflowed the worker's stack
    // (the tree was built and dumped by recursion): nesting is bounded, and
    // deeper replies are listed flat, oldest first, under their ancestor at
    // the last level (docs/api.md).
    const uri = uniq('/article/chain');
    const ids = [];
    const tokens = [];
    let parent = null;
    for (let i = 0; i < 230; i += 1) {
      const { id, token } = await srv.mustPost({ uri, text: `Réponse numéro ${i} dans la chaîne.`, parent });
      ids.push(id);
      tokens.push(token);
      parent = id;
    }
    // A side reply deep down, and a deleted comment with replies below the cut.
    const side = await srv.mustPost({ uri, text: 'Une réponse de côté.', parent: ids[220] });
    const del = await srv.del(`/api/v1/comments/${ids[225]}`, { headers: { 'X-Edit-Token': tokens[225] } });
    assert.equal(del.status, 204, del.text);
    const res = await srv.list({ uri, limit: 'all' });
    assert.equal(res.status, 200, res.text.slice(0, 300));
    assert.equal(res.body.count, 230, 'the deleted one is not counted');
    let maxDepth = 0;
    const seen = new Map();
    const walk = (arr, depth) => {
      for (const c of arr) {
        maxDepth = Math.max(maxDepth, depth);
        assert.ok(!seen.has(c.id), `comment ${c.id} listed twice`);
        seen.set(c.id, c);
        walk(c.replies, depth + 1);
      }
    };
    walk(res.body.comments, 1);
    assert.equal(seen.size, 231, 'every comment once');
    for (let i = 1; i < ids.length; i += 1) assert.equal(seen.get(ids[i]).parent, ids[i - 1], `parent of reply ${i}`);
    assert.equal(seen.get(side.id).parent, ids[220]);
    assert.ok(maxDepth <= 202, `nesting depth ${maxDepth}`);
    // Below the cut, oldest first.
    let node = res.body.comments[0];
    for (let d = 1; d < 201; d += 1) node = node.replies[0];
    const flat = node.replies.map((c) => c.id);
    assert.deepEqual(flat, [...flat].sort((a, b) => a - b), 'flat replies oldest first');
    assert.ok(flat.includes(side.id));
    assert.equal(seen.get(ids[225]).deleted, true, 'a deleted comment with replies stays a placeholder');
    assert.ok(srv.alive);
  });
});

describe('an error decided from the headers reaches a client still sending its body', () => {
  // The 404/405/415 (and the 413 of a Content-Length over 8 MiB) went out
  // at once and the connection was closed with the body unread: the kernel
  // then resets the connection and a client still uploading never reads the
  // answer (ECONNRESET).  The body is now read and discarded first.
  const big = Buffer.alloc(4 << 20, 'a');
  test('415 for a 4 MiB text/plain body', async () => {
    const r = await srv.req('POST', '/api/v1/comments', { body: big, headers: { 'Content-Type': 'text/plain' } });
    assertError(assert, r, 415);
  });
  test('404 for a 4 MiB body to no resource', async () => {
    const r = await srv.req('POST', '/api/v1/nope', { body: big, headers: { 'Content-Type': 'application/json' } });
    assertError(assert, r, 404);
  });
  test('405 with Allow for a 4 MiB body with the wrong method', async () => {
    const r = await srv.req('PUT', '/api/v1/comments', { body: big, headers: { 'Content-Type': 'application/json' } });
    assertError(assert, r, 405);
    assert.match(String(r.headers.allow), /POST/);
  });
  test('413 for a 20 MiB body', async () => {
    const r = await srv.req('POST', '/api/v1/comments', { body: Buffer.alloc(20 << 20, 'a'), headers: { 'Content-Type': 'application/json' } });
    assertError(assert, r, 413);
  });
  test('Expect: 100-continue with a body over the limit is answered 413 without asking for the body', async () => {
    const r = await srv.raw('POST /api/v1/comments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n'
      + 'Content-Length: 1000000\r\nExpect: 100-continue\r\n\r\n', { timeoutMs: 3000 });
    assert.equal(r.status, 413, r.text.slice(0, 300));
    assert.ok(!/100 Continue/.test(r.text), r.text.slice(0, 300));
  });
  test('the connection stays usable after a drained 415', async () => {
    const body = 'x'.repeat(300000);
    const r = await srv.raw(`POST /api/v1/comments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\n\r\n${body}`
      + 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n', { timeoutMs: 5000 });
    assert.equal(r.status, 415, r.text.slice(0, 300));
    assert.match(r.text, /HTTP\/1\.1 200 OK[\s\S]*\r\n\r\nok$/, r.text.slice(-300));
  });
});

describe('escapes in the path', () => {
  // libmicrohttpd unescapes the path: %00 cut it short (POST
  // /api/v1/comments/1%00/vote was read as /api/v1/comments/1: 405), and
  // %FF came back inside the JSON error message as a raw 0xFF byte.
  test('an escaped NUL in the path is 400, not another route', async () => {
    const { id } = await srv.mustPost({ uri: uniq('/article/nul-path') });
    for (const p of [`/api/v1/comments/${id}%00/vote`, '/api/v1/comments%00', `/api/v1/comments/${id}%00`]) {
      const r = await srv.req('POST', p, { json: { value: 1 } });
      assertError(assert, r, 400);
    }
    const v = await srv.req('POST', `/api/v1/comments/${id}/vote`, { json: { value: 1 } });
    assert.equal(v.status, 200, v.text);
    assert.equal(v.body.likes, 1, 'the NUL requests voted nothing');
  });
  test('invalid UTF-8 in the path is 400 with a body that is valid UTF-8', async () => {
    for (const p of ['/api/v1/comments/%FF/vote', '/api/v1/comments/%C3%28', '/%ED%A0%80', '/feeds/comments.atom%FE']) {
      const r = await srv.req('POST', p, { json: { value: 1 } });
      assertError(assert, r, 400);
      assert.doesNotThrow(() => new TextDecoder('utf-8', { fatal: true }).decode(r.raw), `${p}: body is UTF-8`);
    }
  });
  test('escaped valid characters still reach their route', async () => {
    const { id } = await srv.mustPost({ uri: uniq('/article/escaped-path') });
    const digits = String(id).split('').map((d) => `%${d.charCodeAt(0).toString(16)}`).join('');
    const r = await srv.req('POST', `/api/v1/comments/${digits}/vote`, { json: { value: -1 } });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.dislikes, 1);
  });
});

describe('transfer codings', () => {
  // libmicrohttpd frames chunked bodies only: with "Transfer-Encoding: gzip"
  // it waited for a body it could not read until the 60 s idle timeout.
  test('a transfer coding other than chunked is 501 at once', async () => {
    for (const te of ['gzip', 'gzip, chunked', 'identity']) {
      const t0 = Date.now();
      const r = await srv.raw(`POST /api/v1/comments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: ${te}\r\n\r\nabc`, { timeoutMs: 5000 });
      assert.equal(r.status, 501, `${te}: ${r.text.slice(0, 300)}`);
      assert.ok(Date.now() - t0 < 4000, `${te}: answered at once`);
      assert.match(r.text, /\r\n\r\n\{"error":\{"code":"not_implemented"/);
    }
  });
  test('chunked, in any case, still works', async () => {
    const body = JSON.stringify({ uri: uniq('/article/chunked'), author: 'Pierre', text: 'En morceaux.' });
    const r = await srv.raw(`POST /api/v1/comments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: Chunked\r\nConnection: close\r\n\r\n${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`, { timeoutMs: 5000 });
    assert.equal(r.status, 201, r.text.slice(0, 300));
  });
});

describe('a delete acknowledged 204 stays done', () => {
  // An edit read the comment, then wrote its text and its old status back:
  // a DELETE that landed in between (204) was undone and the comment came
  // back.  An editor's decision did the same (approve after the author's
  // DELETE).  The status is now settled in the UPDATE itself.
  test('an edit sent with the delete never brings the comment back', async () => {
    const uri = uniq('/article/put-delete');
    let deleted = 0;
    for (let i = 0; i < 60; i += 1) {
      const { id, token } = await srv.mustPost({ uri, text: `Version originale ${i}.` });
      const H = { headers: { 'X-Edit-Token': token } };
      const [p1, d, p2] = await Promise.all([
        srv.put(`/api/v1/comments/${id}`, { text: `Modifié ${i} a.` }, H),
        srv.del(`/api/v1/comments/${id}`, H),
        srv.put(`/api/v1/comments/${id}`, { text: `Modifié ${i} b.` }, H),
      ]);
      for (const p of [p1, p2]) assert.ok([200, 404].includes(p.status), `edit: ${p.status} ${p.text}`);
      assert.equal(d.status, 204, d.text);
      deleted += 1;
      const g = await srv.get(`/api/v1/comments/${id}`);
      assert.equal(g.status, 404, `comment ${id} deleted (204) but back: ${g.text.slice(0, 200)}`);
    }
    const l = await srv.list({ uri, limit: 'all' });
    assert.equal(l.body.count, 0, `${deleted} deleted, none listed`);
  });

  test("an editor's approval sent with the author's delete never brings the comment back", async () => {
    const r = await runBinary(['admin', 'add', 'hostile2'], { env: { CAUSERIE_STORE_URL: srv.store.url }, input: 'mot de passe assez long\n', timeoutMs: 60000 });
    assert.equal(r.code, 0, r.stderr);
    const ed = srv.client();
    const login = await ed.post('/api/v1/admin/login', { user: 'hostile2', password: 'mot de passe assez long' });
    assert.equal(login.status, 200, login.text);
    const A = { headers: { 'X-CSRF-Token': login.body.csrf } };
    const uri = uniq('/article/approve-delete');
    for (let i = 0; i < 40; i += 1) {
      // The honeypot field holds it for the editors.
      const p = await srv.postComment({ uri, text: `Retenu ${i}.`, hp: 'robot' });
      assert.equal(p.status, 201, p.text);
      assert.equal(p.body.status, 'pending');
      const id = p.body.comment.id;
      const [d, a] = await Promise.all([
        srv.del(`/api/v1/comments/${id}`, { headers: { 'X-Edit-Token': p.body.edit_token } }),
        ed.post(`/api/v1/admin/comments/${id}/approve`, undefined, A),
      ]);
      assert.equal(d.status, 204, d.text);
      assert.ok([200, 409].includes(a.status), `approve: ${a.status} ${a.text}`);
      const g = await srv.get(`/api/v1/comments/${id}`);
      assert.equal(g.status, 404, `comment ${id} deleted by its author (204) but back: ${g.text.slice(0, 200)}`);
    }
  });
});

describe('the request method', () => {
  // A method of any bytes was quoted raw in the 405's JSON message: 0xFF
  // made the error body invalid UTF-8.
  test('a method that is not an HTTP token is 400, its answer valid UTF-8 JSON', async () => {
    for (const m of [Buffer.from([0xff, 0xfe]), Buffer.from('GE\u0001T'), Buffer.from('G"T'), Buffer.from('GÉT')]) {
      const r = await srv.raw(Buffer.concat([m, Buffer.from(' /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')]), { timeoutMs: 3000 });
      if (r.status === null) continue; // refused by the HTTP parser itself: nothing to check
      assert.equal(r.status, 400, `${m.toString('hex')}: ${r.text.slice(0, 200)}`);
      const body = r.raw.subarray(r.raw.indexOf('\r\n\r\n') + 4);
      const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
      assert.equal(JSON.parse(text).error.code, 'bad_request');
    }
  });
  test('an unknown method that is a token is still 405 with Allow', async () => {
    const r = await srv.raw('BREW /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n', { timeoutMs: 3000 });
    assert.equal(r.status, 405, r.text.slice(0, 200));
    assert.match(r.text, /\r\nAllow: GET, HEAD, OPTIONS\r\n/);
  });
});

describe('a short edit window', () => {
  // The 403 said "within 0 minutes of posting" for any window under a minute.
  test('its 403 names the window as configured', async () => {
    const s = await startServer({ name: 'hostile2-window', env: { CAUSERIE_SERVER_EDIT_WINDOW: '2' } });
    try {
      const { id, token } = await s.mustPost({ uri: uniq('/article/window') });
      await new Promise((r) => setTimeout(r, 2300));
      const r = await s.put(`/api/v1/comments/${id}`, { text: 'Trop tard.' }, { headers: { 'X-Edit-Token': token } });
      const e = assertError(assert, r, 403, { code: 'edit_window_closed' });
      assert.match(e.message, /\b2 seconds\b/, e.message);
      const d = await s.del(`/api/v1/comments/${id}`, { headers: { 'X-Edit-Token': token } });
      assertError(assert, d, 403, { code: 'edit_window_closed' });
    } finally {
      await s.stop();
    }
  });
});

describe('the anchor', () => {
  // A bad anchor.paragraph was named "anchor", a bad anchor.quote "quote"
  // (a key of no request field).
  test('a bad anchor.quote is 422 naming the field anchor', async () => {
    for (const quote of ['q'.repeat(1001), 5, ['x'], { a: 1 }, true]) {
      const r = await srv.postComment({ uri: uniq('/article/anchor'), anchor: { paragraph: 'p1', quote } });
      assertError(assert, r, 422, { field: 'anchor' });
    }
  });
  test('a good or empty quote is kept as given, trimmed', async () => {
    const ok = await srv.mustPost({ uri: uniq('/article/anchor'), anchor: { paragraph: 'p2', quote: '  la phrase citée  ' } });
    assert.deepEqual(ok.comment.anchor, { paragraph: 'p2', quote: 'la phrase citée' });
    const none = await srv.mustPost({ uri: uniq('/article/anchor'), anchor: { paragraph: 'p3', quote: '' } });
    assert.deepEqual(none.comment.anchor, { paragraph: 'p3', quote: null });
    const max = await srv.mustPost({ uri: uniq('/article/anchor'), anchor: { paragraph: 'p4', quote: 'é'.repeat(1000) } });
    assert.equal(max.comment.anchor.quote.length, 1000);
  });
});

describe('a request target in absolute form', () => {
  // "GET http://host/path HTTP/1.1" (what a client talking to a proxy sends;
  // RFC 9112 3.2.2: a server must accept it) was routed as the path
  // "http://host/path" and answered 404.
  test('is routed by its path, in any case of the scheme, with its query', async () => {
    const uri = `/abs/${uniq()}`;
    const r = await srv.raw(`GET http://127.0.0.1/api/v1/counts?uri=${encodeURIComponent(uri)} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`, { timeoutMs: 3000 });
    assert.equal(r.status, 200, r.text.slice(0, 300));
    assert.deepEqual(JSON.parse(r.text.slice(r.text.indexOf('\r\n\r\n') + 4)), { [uri]: 0 });
    const h = await srv.raw('GET HTTPS://example.org/healthz HTTP/1.1\r\nHost: example.org\r\nConnection: close\r\n\r\n', { timeoutMs: 3000 });
    assert.equal(h.status, 200, h.text.slice(0, 300));
  });
  test('with no path is the path "/"', async () => {
    const r = await srv.raw('GET http://127.0.0.1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n', { timeoutMs: 3000 });
    assert.equal(r.status, 404, r.text.slice(0, 300));
    assert.match(r.text, /no such resource: \/"/);
  });
});

describe('answers decided from the headers keep the connection', () => {
  // A CORS preflight, a 404 and a 405 were queued before libmicrohttpd's last
  // call, which made it close the connection: a browser needed a new one
  // after every preflight, and a pipelined request after them was dropped.
  let cors;
  before(async () => { cors = await startServer({ name: 'hostile2-cors', env: { CAUSERIE_SITE_ORIGINS: 'https://news.example' } }); });
  after(async () => { if (cors) await cors.stop(); });
  test('a preflight, a 404 and a 405 are answered on one connection, and the request after them too', async () => {
    const uri = `/keep/${uniq()}`;
    const r = await cors.raw(
      'OPTIONS /api/v1/comments HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: https://news.example\r\nAccess-Control-Request-Method: POST\r\n\r\n' +
      'GET /api/v1/nothing HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n' +
      'DELETE /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n' +
      `GET /api/v1/counts?uri=${encodeURIComponent(uri)} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`, { timeoutMs: 5000 });
    const parts = splitResponses(r.text, []);
    assert.deepEqual(parts.map((p) => p.status), [204, 404, 405, 200], r.text.slice(0, 600));
    assert.doesNotMatch(parts[0].head, /\r\nConnection: close/i);
    assert.match(parts[0].head, /\r\nAccess-Control-Allow-Origin: https:\/\/news\.example/i);
    assert.deepEqual(JSON.parse(parts[3].body), { [uri]: 0 });
  });
  test('every answer of a CORS route varies by Origin, allowed or not', async () => {
    for (const origin of ['https://news.example', 'https://elsewhere.example', null]) {
      const res = await fetch(`${cors.base}/api/v1/counts?uri=/v`, { headers: origin ? { Origin: origin } : {} });
      assert.equal(res.status, 200);
      assert.match(res.headers.get('vary') || '', /Origin/, `origin ${origin}`);
      assert.equal(res.headers.get('access-control-allow-origin'), origin === 'https://news.example' ? origin : null);
    }
  });
});

describe('OPTIONS *', () => {
  // The asterisk form asks about the server itself (RFC 9110 9.3.7); it was 404.
  test('is 204 with the methods the server knows', async () => {
    const r = await srv.raw('OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n', { timeoutMs: 3000 });
    assert.equal(r.status, 204, r.text.slice(0, 300));
    assert.match(r.text, /\r\nAllow: GET, HEAD, POST, PUT, DELETE, OPTIONS\r\n/);
  });
});
