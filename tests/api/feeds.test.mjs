// Feeds and operations: Atom feed, Server-Sent Events, /healthz, /metrics
// (API.md, "Readers" and "Operations").
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, uniq, assertError, assertCommentShape, parseAtom, sseReader, RFC3339_UTC, BACKEND, runBinary } from './helpers.mjs';

let srv;
before(async () => { srv = await startServer({ name: 'feeds' }); });
after(async () => { if (srv) await srv.stop(); });

const feedPath = (uri) => `/feeds/comments.atom?uri=${encodeURIComponent(uri)}`;

describe('Atom feed', () => {
  test('application/atom+xml, well-formed, one entry per published comment', async () => {
    const uri = uniq('/article/feed');
    const a = await srv.mustPost({ uri, author: 'Pierre', text: 'Premier commentaire du flux.' });
    const b = await srv.mustPost({ uri, author: 'Elie', text: 'Deuxième, en **gras**.' });
    const c = await srv.mustPost({ uri, parent: a.id, author: 'Zoé', text: 'Une réponse dans le flux.' });
    const r = await srv.get(feedPath(uri));
    assert.equal(r.status, 200, r.text);
    assert.match(String(r.headers['content-type']), /^application\/atom\+xml\b/i);
    const feed = await parseAtom(r.raw);
    assert.ok(feed.wellFormed, `not well-formed: ${feed.error}\n${r.text.slice(0, 500)}`);
    assert.equal(feed.root, '{http://www.w3.org/2005/Atom}feed');
    assert.ok(feed.id, 'feed id');
    assert.ok(feed.title, 'feed title');
    assert.match(feed.updated || '', RFC3339_UTC);
    assert.equal(feed.entries.length, 3);
    const contents = feed.entries.map((e) => e.content || '').join('\n');
    assert.ok(contents.includes('Premier commentaire du flux.'), contents);
    assert.ok(contents.includes('<strong>gras</strong>') || contents.includes('gras'), contents);
    assert.ok(contents.includes('Une réponse dans le flux.'), contents);
    const authors = feed.entries.map((e) => e.author).sort();
    assert.deepEqual(authors, ['Elie', 'Pierre', 'Zoé']);
    for (const e of feed.entries) {
      assert.ok(e.id, 'entry id');
      assert.match(e.updated || '', RFC3339_UTC, 'entry updated');
    }
    assert.equal(new Set(feed.entries.map((e) => e.id)).size, 3, 'entry ids are unique');
    void b; void c;
  });

  test('hostile author and text keep the feed well-formed', async () => {
    const uri = uniq('/article/feed-xml');
    const author = '<Tom & "Jerry"> ]]>';
    await srv.mustPost({ uri, author, text: 'A & B < C > D ]]> <![CDATA[ x ]]> &amp; &#0; \u00a0 <script>alert(1)</script>' });
    await srv.mustPost({ uri, author: 'Ctl', text: 'tab\there, form\u000cfeed? vertical\u000btab' });
    const r = await srv.get(feedPath(uri));
    assert.equal(r.status, 200, r.text);
    const feed = await parseAtom(r.raw);
    assert.ok(feed.wellFormed, `not well-formed: ${feed.error}\n${r.text.slice(0, 800)}`);
    assert.ok(feed.entries.some((e) => e.author === author), JSON.stringify(feed.entries.map((e) => e.author)));
    assert.ok(!/<script/i.test(feed.entries.map((e) => e.content).join('')), 'no live script in entry content');
  });

  test('an unknown thread is an empty well-formed feed (or a clean 404)', async () => {
    const r = await srv.get(feedPath(uniq('/article/feed-none')));
    if (r.status === 404) {
      assertError(assert, r, 404);
    } else {
      assert.equal(r.status, 200);
      const feed = await parseAtom(r.raw);
      assert.ok(feed.wellFormed, feed.error);
      assert.equal(feed.entries.length, 0);
    }
  });

  test('a feed without uri is a clean 4xx error', async () => {
    const r = await srv.get('/feeds/comments.atom');
    assertError(assert, r, [400, 422]);
  });
});

const isComment = (e) => e.event === 'comment';

describe('Server-Sent Events', () => {
  test('a newly published comment arrives as event: comment with its id and JSON', async () => {
    const uri = uniq('/article/events');
    const stream = sseReader(srv.port, uri);
    const arrived = stream.until((evs) => evs.some(isComment), 8000);
    const status = await stream.opened;
    assert.ok(status, 'stream opened');
    assert.equal(status, 200);
    assert.match(String(stream.headers['content-type']), /^text\/event-stream\b/i);
    await new Promise((r) => setTimeout(r, 200));
    await srv.mustPost({ uri: uniq('/article/events-other'), text: 'autre fil' });
    const { id } = await srv.mustPost({ uri, author: 'Direct', text: 'En direct.' });
    const timedOut = !(await arrived);
    stream.close();
    const { events } = stream;
    assert.ok(!timedOut, `no comment event within the timeout: ${JSON.stringify(events)}`);
    const ev = events.find((e) => e.event === 'comment');
    assert.equal(ev.id, String(id));
    const c = JSON.parse(ev.data);
    assertCommentShape(assert, c);
    assert.equal(c.id, id);
    assert.equal(c.author, 'Direct');
    assert.deepEqual(c.replies, []);
    assert.ok(!events.some((e) => e.event === 'comment' && JSON.parse(e.data).id !== id), 'no event from another thread');
  });
});

describe('Server-Sent Events across nodes', () => {
  // Two servers on one PostgreSQL: a comment posted on one reaches the live
  // readers connected to the other (LISTEN/NOTIFY).  SQLite has one node.
  test('a comment posted on node A reaches a reader on node B', { skip: BACKEND !== 'postgresql' && 'PostgreSQL only' }, async () => {
    const b = await startServer({ name: 'feeds-node-b', storeUrl: srv.store.url });
    try {
      const uri = uniq('/article/events-nodes');
      const stream = sseReader(b.port, uri);
      const arrived = stream.until((evs) => evs.some(isComment), 8000);
      assert.ok(await stream.opened, 'stream opened on node B');
      await new Promise((r) => setTimeout(r, 300));
      const { id } = await srv.mustPost({ uri, author: 'Nœud A', text: 'Publié sur le nœud A.' });
      const timedOut = !(await arrived);
      stream.close();
      const { events } = stream;
      assert.ok(!timedOut, `node B's reader got no event: ${JSON.stringify(events)}`);
      const ev = events.find((e) => e.event === 'comment');
      assert.equal(ev.id, String(id));
      assert.equal(JSON.parse(ev.data).author, 'Nœud A');
      assert.equal(events.filter((e) => e.event === 'comment').length, 1, 'exactly one event');
    } finally {
      await b.stop();
    }
  });
});

describe('Server-Sent Events across nodes, a page uri too long for NOTIFY', () => {
  // NOTIFY carries 8000 bytes: a comment on a page whose uri (up to 2,000
  // characters, 8,000 bytes of emoji) did not fit was never relayed; the
  // line now goes without the page, which the other node reads from the
  // comment's thread.  The reader sends the uri as raw UTF-8 (escaped, the
  // request line would be too long for the server).
  test('reaches a reader on the other node', { skip: BACKEND !== 'postgresql' && 'PostgreSQL only' }, async () => {
    const b = await startServer({ name: 'feeds-node-b-long', storeUrl: srv.store.url });
    const net = await import('node:net');
    const uri = `/${uniq('l')}/` + '😀'.repeat(1970);
    let sock;
    try {
      const got = new Promise((resolve) => {
        let buf = '';
        sock = net.connect(b.port, '127.0.0.1', () => {
          sock.write(Buffer.from(`GET /api/v1/events?uri=${uri} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n`, 'utf8'));
        });
        sock.setEncoding('utf8');
        sock.on('data', (d) => { buf += d; if (/event: comment/.test(buf)) resolve(buf); });
        setTimeout(() => resolve(buf), 10000);
      });
      await new Promise((r) => setTimeout(r, 500));
      const { id } = await srv.mustPost({ uri, author: 'Nœud A', text: 'Une page au nom très long.' });
      const text = await got;
      assert.match(text.split('\r\n')[0], /^HTTP\/1\.1 200/, text.slice(0, 200));
      assert.match(text, new RegExp(`event: comment\\nid: ${id}\\n`), text.slice(-400));
    } finally {
      if (sock) sock.destroy();
      await b.stop();
    }
  });
});

describe('Server-Sent Events from the command line', () => {
  // `causerie moderate approve` runs in a process of its own, without a
  // server: on PostgreSQL it tells the serving nodes, whose live readers
  // then get the comment it published.
  test('a comment approved with causerie moderate reaches a live reader', { skip: BACKEND !== 'postgresql' && 'PostgreSQL only' }, async () => {
    const uri = uniq('/article/events-cli');
    const held = await srv.req('POST', '/api/v1/comments', { json: { uri, author: 'Retenu', text: 'Un avis retenu puis approuvé.', hp: 'filled' } });
    assert.equal(held.status, 201, held.text);
    assert.equal(held.body.status, 'pending');
    const id = held.body.comment.id;
    const stream = sseReader(srv.port, uri);
    const arrived = stream.until((evs) => evs.some(isComment), 8000);
    assert.ok(await stream.opened, 'stream opened');
    await new Promise((r) => setTimeout(r, 300));
    const r = await runBinary(['moderate', 'approve', String(id)], { env: { CAUSERIE_STORE_URL: srv.store.url, USER: 'operator' }, timeoutMs: 60000 });
    assert.equal(r.code, 0, r.stderr);
    const timedOut = !(await arrived);
    stream.close();
    const { events } = stream;
    assert.ok(!timedOut, `the reader got no event: ${JSON.stringify(events)}`);
    const ev = events.find((e) => e.event === 'comment');
    assert.equal(ev.id, String(id));
    assert.equal(JSON.parse(ev.data).author, 'Retenu');
  });
});

describe('operations', () => {
  test('/healthz is 200 ok', async () => {
    const r = await srv.get('/healthz');
    assert.equal(r.status, 200);
    assert.equal(r.text.trim(), 'ok');
  });

  test('/metrics: Prometheus text with requests by route and status and a latency histogram', async () => {
    const uri = uniq('/article/metrics-secret-uri');
    const { id } = await srv.mustPost({ uri });
    await srv.list({ uri });
    await srv.list({ uri });
    await srv.post('/api/v1/comments/999999999/vote', { value: 1 }); // a 404 on a known route
    await srv.post(`/api/v1/comments/${id}/vote`, { value: 1 });
    const r = await srv.get('/metrics');
    assert.equal(r.status, 200);
    assert.match(String(r.headers['content-type']), /^text\/plain\b/i);
    const lines = r.text.split('\n').filter((l) => l.length > 0);
    const sampleRe = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{((?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*",?)*)\})?\s+(-?[0-9.eE+-]+|NaN|[+-]Inf)(\s+-?\d+)?$/;
    const samples = [];
    const types = {};
    for (const l of lines) {
      if (l.startsWith('#')) {
        const m = /^# TYPE (\S+) (counter|gauge|histogram|summary|untyped)$/.exec(l);
        if (m) types[m[1]] = m[2];
        else assert.match(l, /^# (HELP \S+ .*|TYPE .*|.*)$/);
        continue;
      }
      const m = sampleRe.exec(l);
      assert.ok(m, `not a Prometheus sample line: ${l}`);
      const labels = {};
      if (m[3]) for (const lm of m[3].matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[lm[1]] = lm[2];
      samples.push({ name: m[1], labels, value: Number(m[4]) });
    }
    const statusOf = (s) => s.labels.status ?? s.labels.code;
    const reqs = samples.filter((s) => s.labels.route !== undefined && statusOf(s) !== undefined && types[s.name] === 'counter');
    assert.ok(reqs.length > 0, `a counter with route and status labels: ${r.text.slice(0, 1500)}`);
    assert.ok(reqs.some((s) => statusOf(s) === '404' && s.value >= 1), 'the 404 was counted');
    assert.ok(reqs.some((s) => statusOf(s) === '201' && s.value >= 1), 'the 201 was counted');
    assert.ok(reqs.some((s) => statusOf(s) === '200' && s.value >= 2), 'the list requests were counted');
    const routes = new Set(reqs.map((s) => s.labels.route));
    assert.ok(routes.size >= 2, `several routes: ${[...routes]}`);
    assert.ok(!r.text.includes('metrics-secret-uri'), 'query strings are not labels');
    assert.ok(![...routes].some((x) => x.includes(`/${id}/`) || x.endsWith(`/${id}`)), `ids in paths are not labels: ${[...routes]}`);

    const hist = Object.entries(types).filter(([, t]) => t === 'histogram').map(([n]) => n);
    assert.ok(hist.length > 0, 'a histogram is declared');
    const h = hist.find((n) => samples.some((s) => s.name === `${n}_bucket`)) || hist[0];
    const buckets = samples.filter((s) => s.name === `${h}_bucket`);
    assert.ok(buckets.length > 1, `buckets of ${h}`);
    assert.ok(buckets.some((s) => s.labels.le === '+Inf'), 'an +Inf bucket');
    assert.ok(samples.some((s) => s.name === `${h}_sum`), `${h}_sum`);
    assert.ok(samples.some((s) => s.name === `${h}_count` && s.value >= 1), `${h}_count`);
    // Buckets of one series are cumulative.
    const key = (s) => JSON.stringify(Object.entries(s.labels).filter(([k]) => k !== 'le').sort());
    const series = new Map();
    for (const b of buckets) { if (!series.has(key(b))) series.set(key(b), []); series.get(key(b)).push(b); }
    for (const bs of series.values()) {
      const sorted = [...bs].sort((x, y) => (x.labels.le === '+Inf' ? Infinity : Number(x.labels.le)) - (y.labels.le === '+Inf' ? Infinity : Number(y.labels.le)));
      for (let i = 1; i < sorted.length; i += 1) assert.ok(sorted[i].value >= sorted[i - 1].value, `cumulative buckets in ${h}`);
    }
  });

  test('/metrics counters grow with traffic', async () => {
    const count404 = async () => {
      const r = await srv.get('/metrics');
      let total = 0;
      for (const l of r.text.split('\n')) {
        const name = l.split(/[{\s]/)[0];
        if (!l.startsWith('#') && /route="/.test(l) && /(status|code)="404"/.test(l) && !/_(bucket|sum|count)$/.test(name)) {
          total += Number(l.trim().split(/\s+/)[1]);
        }
      }
      return total;
    };
    const before404 = await count404();
    for (let i = 0; i < 3; i += 1) await srv.post('/api/v1/comments/999999998/vote', { value: 1 });
    // A request is counted when it completes (libmicrohttpd's completion
    // callback, after the response has been handed over), so the last one
    // may land a moment after its answer: read again for up to a second.
    let after404 = await count404();
    for (let i = 0; i < 20 && after404 < before404 + 3; i += 1) {
      await new Promise((r) => setTimeout(r, 50));
      after404 = await count404();
    }
    assert.ok(after404 >= before404 + 3, `404 counter ${before404} -> ${after404}`);
  });
});
