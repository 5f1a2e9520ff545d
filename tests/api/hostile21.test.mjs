// Hostile black-box tests from a pass over Operations (/metrics, /healthz)
// and the Atom feed (helper ops-17), with real clients' strictness.  Each
// test is a finding, kept so that it stays fixed:
//   - a latency histogram read while requests completed could have its
//     le="+Inf" bucket greater than its _count (the count was read before
//     the buckets), which strict readers of the text format 0.0.4 refuse:
//     _count is now written from the buckets.  The race is too narrow to
//     show from outside on demand (tests/unit/http/test_metrics.c shows it
//     with a thread); here /metrics is read whole, by a strict parser, while
//     other requests complete, after the traffic the issue names.
// Also run in this pass and found sound (no test kept): Content-Type
// text/plain; version=0.0.4; HELP and TYPE once per family, before its
// samples; metric and label names valid, no duplicate series, counters
// only rising between scrapes; route labels are the route table's names
// (an odd path, "/api/v1/%22%0Aweird", is not a label; a raw '"' and line
// feed in the request line is 400 from libmicrohttpd); the moderation
// categories are [a-z_][a-z0-9_]* (policy.c), so no label needs escaping;
// requests, latency, moderation decisions by category (publish/none,
// discard/spam, reject/insult) and outbox depth present after the traffic;
// HEAD /metrics; /healthz 200 "ok" to GET and HEAD (no body); the feed
// well-formed with the Atom namespace, published comments only (not a held
// nor a rejected one), entry ids stable between reads, RFC 3339 times,
// ]]>, C0 controls, U+FFFE/U+FFFF and an odd page uri (quotes, <, &, #,
// spaces) escaped or dropped, an unknown thread a valid empty feed; no
// ETag is offered.
// Left as they are (reported): on SQLite the health check is "SELECT 1",
// which never reads the file (a database file overwritten or removed under
// the server still answers 200).
//   - (the lead's, after the pass) a GET of a path nothing serves (a 404 of
//     the asset catch-all, which is not counted per route) was counted
//     nowhere, where a POST there was route "unmatched": both are now, so
//     that scans of the site show in /metrics.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, uniq } from './helpers.mjs';

let srv;
before(async () => { srv = await startServer({ name: 'hostile21' }); });
after(async () => { if (srv) await srv.stop(); });

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
// A strict reader of the text exposition format 0.0.4: asserts on every
// rule a strict client checks and returns {fams, samples}.
function parseProm(text) {
  assert.ok(text.endsWith('\n'), 'ends with a newline');
  const fams = new Map();
  const seen = new Set();
  const samples = [];
  let current = null;
  const fam = (n) => { if (!fams.has(n)) fams.set(n, { help: 0, type: null, samples: 0 }); return fams.get(n); };
  const base = (n) => {
    for (const suf of ['_bucket', '_sum', '_count']) {
      if (n.endsWith(suf) && fams.get(n.slice(0, -suf.length))?.type === 'histogram') return n.slice(0, -suf.length);
    }
    return n;
  };
  for (const l of text.slice(0, -1).split('\n')) {
    assert.ok(l.length > 0, 'no empty line');
    if (l.startsWith('#')) {
      let m = /^# HELP (\S+) (.*)$/.exec(l);
      if (m) {
        assert.match(m[1], NAME); const f = fam(m[1]);
        assert.equal(f.help, 0, `HELP twice: ${m[1]}`); assert.equal(f.samples, 0, `HELP after samples: ${m[1]}`);
        assert.ok(!/\\[^\\n]/.test(m[2]), `bad escape in HELP ${l}`);
        f.help = 1; continue;
      }
      m = /^# TYPE (\S+) (counter|gauge|histogram|summary|untyped)$/.exec(l);
      assert.ok(m, `bad comment line ${JSON.stringify(l)}`);
      const f = fam(m[1]);
      assert.equal(f.type, null, `TYPE twice: ${m[1]}`); assert.equal(f.samples, 0, `TYPE after samples: ${m[1]}`);
      f.type = m[2]; current = m[1]; continue;
    }
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)(?: (-?\d+))?$/.exec(l);
    assert.ok(m, `not a sample line: ${JSON.stringify(l)}`);
    const labels = {};
    if (m[2] !== undefined) {
      let rest = m[2];
      while (rest.length) {
        const lm = /^([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"(,|$)/.exec(rest);
        assert.ok(lm, `bad labels in ${JSON.stringify(l)}`);
        assert.ok(!(lm[1] in labels), `label twice in ${l}`);
        labels[lm[1]] = lm[2];
        rest = rest.slice(lm[0].length);
      }
    }
    assert.ok(/^(-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|NaN|[+-]Inf)$/.test(m[3]), `bad value ${l}`);
    const b = base(m[1]);
    assert.equal(b, current, `sample ${m[1]} outside its family block (${current})`);
    fam(b).samples++;
    const key = m[1] + JSON.stringify(Object.entries(labels).sort());
    assert.ok(!seen.has(key), `duplicate series ${l}`);
    seen.add(key);
    samples.push({ name: m[1], fam: b, labels, value: Number(m[3]) });
  }
  for (const [n, f] of fams) assert.ok(f.type, `family ${n} without TYPE`);
  // histograms
  for (const [n, f] of fams) {
    if (f.type !== 'histogram') continue;
    const series = new Map();
    for (const s of samples.filter((x) => x.fam === n)) {
      const k = JSON.stringify(Object.entries(s.labels).filter(([x]) => x !== 'le').sort());
      if (!series.has(k)) series.set(k, { b: [], sum: null, count: null });
      const e = series.get(k);
      if (s.name === `${n}_bucket`) e.b.push(s); else if (s.name === `${n}_sum`) e.sum = s.value; else if (s.name === `${n}_count`) e.count = s.value;
      else assert.fail(`${s.name} in histogram ${n}`);
    }
    for (const [k, e] of series) {
      assert.ok(e.b.length > 0 && e.sum !== null && e.count !== null, `histogram ${n}${k} incomplete`);
      const last = e.b[e.b.length - 1];
      assert.equal(last.labels.le, '+Inf', `${n}${k} ends with +Inf`);
      let prev = -1; let prevLe = -Infinity;
      for (const b of e.b) {
        const le = b.labels.le === '+Inf' ? Infinity : Number(b.labels.le);
        assert.ok(le > prevLe, `le order ${n}${k}`); prevLe = le;
        assert.ok(b.value >= prev, `cumulative ${n}${k}`); prev = b.value;
      }
      assert.equal(last.value, e.count, `${n}${k}: +Inf bucket == _count`);
    }
  }
  return { fams, samples };
}

async function scrape() {
  const r = await srv.get('/metrics');
  assert.equal(r.status, 200);
  assert.match(String(r.headers['content-type']), /^text\/plain; version=0\.0\.4(;|$)/);
  return { text: r.text, ...parseProm(r.text) };
}

describe('metrics', () => {
  test('strict exposition after the issue traffic', async () => {
    const uri = uniq('/h21/m');
    await srv.mustPost({ uri, text: 'Un avis publié.' });
    const held = await srv.req('POST', '/api/v1/comments', { json: { uri, author: 'R', text: 'Un avis retenu.', hp: 'filled' } });
    const rej = await srv.req('POST', '/api/v1/comments', { json: { uri, author: 'R', text: 'Quel connard, ce ministre.' } });
    const sub = await srv.req('POST', '/api/v1/subscriptions', { json: { uri, email: 'a@example.org', kind: 'all' } });
    assert.equal(held.status, 201, held.text);
    assert.equal(rej.status, 422, rej.text);
    assert.equal(sub.status, 202, sub.text);
    await srv.raw('GET /api/v1/%22%0Aweird HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    await srv.raw('GET /api/v1/"\nweird HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    await srv.raw('GET /api/v1/"weird\\ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    const a = await scrape();
    const has = (name, labels = {}) => a.samples.some((x) => x.name === name
      && Object.entries(labels).every(([k, v]) => x.labels[k] === v) && x.value >= 1);
    assert.ok(has('causerie_http_requests_total', { route: 'comments_post', status: '201' }), a.text);
    assert.ok(has('causerie_http_requests_total', { route: 'comments_post', status: '422' }), a.text);
    assert.ok(has('causerie_http_request_duration_seconds_count', { route: 'subscribe' }), a.text);
    assert.ok(has('causerie_moderation_decisions_total', { action: 'reject', category: 'insult' }), a.text);
    assert.ok(has('causerie_moderation_decisions_total', { action: 'publish', category: 'none' }), a.text);
    assert.ok(a.samples.some((x) => x.name === 'causerie_outbox_pending'), a.text);
    assert.ok(!a.text.includes('weird'), 'paths are not labels');
    // a GET of a path nothing serves (the asset catch-all's 404) counts as unmatched
    const before = a.samples.find((x) => x.name === 'causerie_http_requests_total'
      && x.labels.route === 'unmatched' && x.labels.status === '404')?.value ?? 0;
    assert.equal((await srv.get('/h21-nothing-here.php')).status, 404);
    const c = await scrape();
    const after = c.samples.find((x) => x.name === 'causerie_http_requests_total'
      && x.labels.route === 'unmatched' && x.labels.status === '404')?.value ?? 0;
    assert.equal(after, before + 1, 'a GET 404 is counted as route "unmatched"');
    const b = await scrape();
    for (const s of b.samples) {
      if (b.fams.get(s.fam).type !== 'counter' && b.fams.get(s.fam).type !== 'histogram') continue;
      const o = a.samples.find((x) => x.name === s.name && JSON.stringify(x.labels) === JSON.stringify(s.labels));
      if (o) assert.ok(s.value >= o.value, `${s.name} went down`);
    }
  });
  test('read whole while other requests complete', async () => {
    let stop = false;
    const load = (async () => { while (!stop) await Promise.all(Array.from({ length: 8 }, () => srv.get('/healthz'))); })();
    try { for (let i = 0; i < 200; i += 1) await scrape(); } finally { stop = true; await load; }
  });
});
