// Hostile black-box tests of the editors' and the operators' side (helper
// hostile-7's pass): the moderation queue, the policy API, the audit log,
// reports, and the command line and configuration an operator uses.  Each
// test is a finding, kept so that it stays fixed:
//   - a configuration file line longer than libinih takes (199 bytes: a
//     site.origins of a dozen sites) is refused naming its line, its
//     setting and the variable to use instead: its tail was read as the
//     next line ("unknown setting site..example,https", or a syntax error
//     on a line that had none);
//   - PUT /api/v1/admin/policy names the bad part in "field" whatever the
//     bad name holds: a category or set name with an accent or a space
//     ("categories.catégorie", "sets.a b") was field "policy" (or
//     "sets.a"), and the message was prefixed "policy: ";
//   - a pattern word that starts as a gap but is not one ("...0",
//     "...-1", "...x", "…2") is 422 like "...13": it was kept as the word
//     "0", "1" or "x", so "zorg ...0 glub" held "zorg 0 glub";
//   - `causerie serve` on port 0 logs the port it bound ("listening on
//     127.0.0.1:0" told nothing), and warns that server.public_url, made
//     from that address, is one no browser reaches;
//   - moderation.policy_file in a directory that does not exist is named
//     at start, in a warning (serve and moderate): nothing was said until
//     an editor saved, and then the file silently stayed unwritten (the
//     store keeps the policy: hostile4's test of that case still holds);
//   - two editors saving the policy from the same reading overwrote each
//     other in silence (the second save dropped the first one's change):
//     GET gives the version as an ETag, and a PUT with If-Match saves only
//     when no one saved since, else 412 policy_changed, nothing changed;
//   - a policy category named "reported" or "none" is 422: its decisions
//     were counted with the comments readers' reports hid, or with those
//     no category matched (audit, statistics, /metrics);
//   - site.origins is checked at start: an entry a browser never sends as
//     its Origin ("journal.example", "https://x.example/comments",
//     "ftp://x") was taken, and the widget's calls failed in silence;
//   - a CAUSERIE_<SECTION>_<KEY> variable of a known section whose key is
//     not a setting (CAUSERIE_STORE_URI, CAUSERIE_LIMITS_POST_PER_MINUTE,
//     CAUSERIE_server_listen) is refused naming it: the typo was ignored
//     and the default used in silence (another database, no rate limit);
//   - moderation.train_file that holds no message (empty, or comments
//     only) is refused at start: the log said "seeded with 0 messages",
//     and the spam filter, knowing nothing, let obvious spam through;
//   - a policy is refused (422) when GET would answer it, indented, larger
//     than server.policy_body_limit: a compact 3.9 MB policy was saved and
//     came back as 6.6 MB, which no one could PUT back (413), so the
//     console could never save the policy again;
//   - server.secret shorter than 16 characters is refused at start (it
//     keys the voter cookies' signatures and the IP hashes: "x" could be
//     guessed and cookies forged); it was taken;
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { startServer, runBinary, uniq, request, BIN } from './helpers.mjs';

const PASSWORD = 'correct horse battery staple';

let srv;
let dir;

before(async () => {
  srv = await startServer({ name: 'hostile7' });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'causerie-h7-'));
});
after(async () => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  if (srv) await srv.stop();
});

function cli(args, input, env = {}) {
  return runBinary(args, { env: { CAUSERIE_STORE_URL: srv.store.url, USER: 'operator', ...env }, input, timeoutMs: 60000 });
}

/** An editor's session on srv: {c (a client with its cookie), h (the CSRF header)}. */
async function editorSession() {
  const name = `ed${uniq('').replace(/[^a-z0-9]/g, '').slice(-10)}`;
  const a = await cli(['admin', 'add', name], `${PASSWORD}\n`);
  assert.equal(a.code, 0, a.stderr);
  const c = srv.client();
  const r = await c.post('/api/v1/admin/login', { user: name, password: PASSWORD });
  assert.equal(r.status, 200, r.text);
  return { c, h: { headers: { 'X-CSRF-Token': r.body.csrf } } };
}

/** Writes a configuration file in this test's directory; returns its path. */
function ini(name, text) {
  const f = path.join(dir, name);
  fs.writeFileSync(f, text);
  return f;
}

describe('--config: long lines', () => {
  test('a line longer than the INI reader takes is refused by its line and setting; 199 bytes still work', async () => {
    const origins = Array.from({ length: 12 }, (_, i) => `https://journal${i}.example`).join(',');
    const f = ini('long.ini', `[server]\nlisten = 127.0.0.1:1\n[site]\norigins = ${origins}\n`);
    const r = await runBinary(['--config', f, 'config'], { env: { CAUSERIE_STORE_URL: srv.store.url } });
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /long\.ini: line 4 \(site\.origins\): longer than 199 bytes/);
    assert.match(r.stderr, /CAUSERIE_SITE_ORIGINS/);
    assert.doesNotMatch(r.stderr, /unknown setting|syntax error/);
    // the same list in the variable it names is taken
    const env = await runBinary(['config'], { env: { CAUSERIE_STORE_URL: srv.store.url, CAUSERIE_SITE_ORIGINS: origins } });
    assert.equal(env.code, 0, env.stderr);
    assert.ok(env.stdout.includes(`origins = ${origins}`), env.stdout);
    // a line of exactly 199 bytes (LF or CRLF) is read whole, and the next line too
    for (const eol of ['\n', '\r\n']) {
      const name = `N${'n'.repeat(191)}`;
      const g = ini('edge.ini', `[site]${eol}name = ${name}${eol}[server]${eol}listen = 127.0.0.1:1234${eol}`);
      const ok = await runBinary(['--config', g, 'config'], { env: { CAUSERIE_STORE_URL: srv.store.url } });
      assert.equal(ok.code, 0, ok.stderr);
      assert.ok(ok.stdout.includes(`name = ${name}\n`), ok.stdout.slice(0, 400));
      assert.match(ok.stdout, /listen = 127\.0\.0\.1:1234/);
    }
  });
});

describe('PUT /api/v1/admin/policy: what a 422 names', () => {
  test('a bad category or set name is the field, whatever it holds; the message is not prefixed "policy: "', async () => {
    const { c, h } = await editorSession();
    const g = await c.get('/api/v1/admin/policy');
    assert.equal(g.status, 200);
    const cases = [
      [(p) => { p.categories['catégorie'] = { action: 'hold', lexicon: { fr: { terms: ['zorglub'] } } }; }, 'categories.catégorie'],
      [(p) => { p.categories['mots interdits'] = { action: 'hold', lexicon: { fr: { terms: ['zorglub'] } } }; }, 'categories.mots interdits'],
      [(p) => { p.sets['ensemble é'] = ['zorglub']; }, 'sets.ensemble é'],
      [(p) => { p.categories.custom.lexicon['f r'] = { terms: ['zorglub'] }; }, 'categories.custom.lexicon.f r'],
      [(p) => { p.categories.custom.lexicon.fr = { terms: ['zorglub'], 'termes à voir': [] }; }, 'categories.custom.lexicon.fr.termes à voir'],
    ];
    for (const [change, field] of cases) {
      const pol = JSON.parse(g.text);
      change(pol);
      const r = await c.put('/api/v1/admin/policy', pol, h);
      assert.equal(r.status, 422, r.text.slice(0, 300));
      assert.equal(r.body.error.code, 'invalid_field');
      assert.equal(r.body.error.field, field, r.text.slice(0, 300));
      assert.ok(r.body.error.message.startsWith(`${field}: `), r.body.error.message);
    }
    // the whole policy is still "policy", a pattern still its own index
    const pol = JSON.parse(g.text);
    pol.categories.custom.lexicon.fr = { terms: ['zorglub', '!!!'] };
    const r = await c.put('/api/v1/admin/policy', pol, h);
    assert.equal(r.status, 422);
    assert.equal(r.body.error.field, 'categories.custom.lexicon.fr.terms[1]');
    const after = await c.get('/api/v1/admin/policy');
    assert.equal(after.text, g.text, 'nothing changed');
  });

  test('a word that starts as a gap but is not "..." or "...N" (N 1-12) is 422 naming the pattern', async () => {
    const { c, h } = await editorSession();
    const g = await c.get('/api/v1/admin/policy');
    for (const bad of ['...0', '...-1', '...x', '...3x', '…2', '....']) {
      const pol = JSON.parse(g.text);
      pol.categories.custom.lexicon.fr = { terms: ['zorglub', `zorg ${bad} glub`] };
      const r = await c.put('/api/v1/admin/policy', pol, h);
      assert.equal(r.status, 422, `${bad}: ${r.text.slice(0, 300)}`);
      assert.equal(r.body.error.field, 'categories.custom.lexicon.fr.terms[1]', bad);
      assert.match(r.body.error.message, /a gap is "\.\.\." or "\.\.\.N" with N from 1 to 12/, bad);
    }
    // the real gaps still work
    const pol = JSON.parse(g.text);
    pol.categories.custom.lexicon.fr = { terms: ['zorg ...2 glub', 'blip … blop'] };
    const ok = await c.put('/api/v1/admin/policy', pol, h);
    assert.equal(ok.status, 200, ok.text.slice(0, 300));
    const post = (text) => srv.post('/api/v1/comments', { uri: `/${uniq('gap')}`, author: 'Pierre', text });
    assert.equal((await post('Il a dit zorg un deux glub hier.')).body.status, 'pending');
    assert.equal((await post('Il a dit blip et blop hier.')).body.status, 'pending');
    assert.equal((await post('Il a dit zorg un deux trois glub hier.')).body.status, 'published', 'three words are past ...2');
    assert.equal((await c.put('/api/v1/admin/policy', JSON.parse(g.text), h)).status, 200);
  });
});

describe('site.origins', () => {
  test('an entry that is not an origin is refused naming the setting; origins and * are taken', async () => {
    const base = { CAUSERIE_STORE_URL: srv.store.url };
    for (const bad of ['journal.example', 'https://journal.example/comments', 'ftp://journal.example', 'https://', 'https://a.example, /', 'https://a.example:99x']) {
      const r = await runBinary(['config'], { env: { ...base, CAUSERIE_SITE_ORIGINS: bad } });
      assert.equal(r.code, 2, `${bad}: ${r.stdout.slice(0, 100)}`);
      assert.match(r.stderr, /site\.origins: invalid value/, bad);
    }
    const f = ini('origins.ini', '[site]\norigins = journal.example\n');
    const r = await runBinary(['--config', f, 'config'], { env: base });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /origins\.ini: site\.origins: invalid value "journal\.example"/);
    for (const ok of ['*', 'https://journal.example', 'https://journal.example/', 'http://localhost:8080, https://b.example', 'https://[::1]:8443', 'HTTPS://Journal.Example']) {
      const g = await runBinary(['config'], { env: { ...base, CAUSERIE_SITE_ORIGINS: ok } });
      assert.equal(g.code, 0, `${ok}: ${g.stderr}`);
    }
  });
});

describe('environment variables', () => {
  test('a variable of a known section with an unknown or lower-case key is refused naming it; others are left alone', async () => {
    for (const [name, value] of [['CAUSERIE_STORE_URI', 'sqlite:/tmp/elsewhere.db'], ['CAUSERIE_LIMITS_POST_PER_MINUTE', '3'], ['CAUSERIE_server_listen', '127.0.0.1:1']]) {
      for (const args of [['config'], ['serve']]) {
        const r = await runBinary(args, { env: { CAUSERIE_STORE_URL: srv.store.url, CAUSERIE_SERVER_LISTEN: '127.0.0.1:0', [name]: value }, timeoutMs: 15000 });
        assert.equal(r.code, 2, `${name} ${args}: ${r.stderr.slice(-300)}`);
        assert.ok(r.stderr.includes(`${name}: unknown setting`), r.stderr);
      }
    }
    // the tests' own variables, and names of no section, are not settings
    const ok = await runBinary(['config'], { env: { CAUSERIE_STORE_URL: srv.store.url, CAUSERIE_TEST_SOMETHING: '1', CAUSERIE_SKIP_SETUP: '1', CAUSERIE_LIMITS_POSTS_PER_MINUTE: '7' } });
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /posts_per_minute = 7/);
  });
});

describe('server.secret', () => {
  test('a secret under 16 characters is refused without being printed; 16 or none are taken', async () => {
    for (const bad of ['x', 'secret', '0123456789abcde']) {
      const r = await runBinary(['config'], { env: { CAUSERIE_STORE_URL: srv.store.url, CAUSERIE_SERVER_SECRET: bad } });
      assert.equal(r.code, 2, bad);
      assert.match(r.stderr, /server\.secret: at least 16 characters/);
      assert.ok(!r.stderr.includes(`"${bad}"`), 'the secret is not printed');
    }
    for (const ok of ['0123456789abcdef', '']) {
      const r = await runBinary(['config'], { env: { CAUSERIE_STORE_URL: srv.store.url, CAUSERIE_SERVER_SECRET: ok } });
      assert.equal(r.code, 0, r.stderr);
    }
  });
});

describe('serve on port 0', () => {
  test('the log names the port bound, which answers, and warns that the public URL is unreachable', async () => {
    const env = { PATH: process.env.PATH, CAUSERIE_STORE_URL: `sqlite:${path.join(dir, 'port0.db')}`, CAUSERIE_SERVER_LISTEN: '127.0.0.1:0' };
    const p = spawn(BIN, ['serve'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    try {
      const port = await new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`no listening line: ${log}`)), 20000);
        p.stderr.on('data', (d) => {
          log += d;
          const m = /listening on 127\.0\.0\.1:(\d+) /.exec(log);
          if (m) { clearTimeout(t); resolve(Number(m[1])); }
        });
        p.once('exit', (code) => { clearTimeout(t); reject(new Error(`exited ${code}: ${log}`)); });
      });
      assert.ok(port > 0, log);
      const r = await request(port, 'GET', '/healthz');
      assert.equal(r.status, 200);
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.match(log, /warn +server\.public_url is http:\/\/127\.0\.0\.1:0, which no browser reaches/);
    } finally {
      p.kill('SIGTERM');
      await new Promise((resolve) => { if (p.exitCode !== null) resolve(); else p.once('exit', resolve); });
    }
  });
});

describe('moderation.policy_file', () => {
  test('a file in a directory that does not exist is named in a warning at start; a new file in a real directory is written on save', async () => {
    const missing = path.join(dir, 'no-such-dir', 'policy.json');
    const warning = `moderation.policy_file: ${missing} cannot be written: ${path.dirname(missing)}: No such file or directory`;
    const s1 = await startServer({ name: 'hostile7-polfile-missing', env: { CAUSERIE_MODERATION_POLICY_FILE: missing } });
    try {
      assert.ok(s1.log.includes(warning), s1.log.slice(-800));
      const r = await runBinary(['moderate', 'list'], { env: { CAUSERIE_STORE_URL: s1.store.url, CAUSERIE_MODERATION_POLICY_FILE: missing }, timeoutMs: 30000 });
      assert.equal(r.code, 0, r.stderr.slice(-500));
      assert.ok(r.stderr.includes(warning), r.stderr.slice(-500));
    } finally {
      await s1.stop();
    }
    // a file that does not exist yet in a directory that does is fine, and written by a save
    const file = path.join(dir, 'policy-new.json');
    const s2 = await startServer({ name: 'hostile7-polfile', env: { CAUSERIE_MODERATION_POLICY_FILE: file } });
    try {
      const name = `pf${uniq('').replace(/[^a-z0-9]/g, '').slice(-10)}`;
      assert.equal((await runBinary(['admin', 'add', name], { env: { CAUSERIE_STORE_URL: s2.store.url }, input: `${PASSWORD}\n` })).code, 0);
      const c = s2.client();
      const l = await c.post('/api/v1/admin/login', { user: name, password: PASSWORD });
      assert.equal(l.status, 200, l.text);
      const pol = JSON.parse((await c.get('/api/v1/admin/policy')).text);
      pol.categories.custom.lexicon.fr = { terms: ['zorglub'] };
      assert.equal((await c.put('/api/v1/admin/policy', pol, { headers: { 'X-CSRF-Token': l.body.csrf } })).status, 200);
      assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')).categories.custom.lexicon.fr.terms, ['zorglub']);
    } finally {
      await s2.stop();
    }
  });
});

describe('PUT /api/v1/admin/policy: reserved category names', () => {
  test('"reported" and "none" are 422 like "spam": the statistics give them another meaning', async () => {
    const { c, h } = await editorSession();
    const g = await c.get('/api/v1/admin/policy');
    for (const name of ['reported', 'none', 'spam']) {
      const pol = JSON.parse(g.text);
      pol.categories[name] = { action: 'hold', lexicon: { fr: { terms: ['zorglub'] } } };
      const r = await c.put('/api/v1/admin/policy', pol, h);
      assert.equal(r.status, 422, `${name}: ${r.text.slice(0, 300)}`);
      assert.equal(r.body.error.field, `categories.${name}`);
    }
    assert.equal((await c.get('/api/v1/admin/policy')).text, g.text, 'nothing changed');
  });
});

describe('PUT /api/v1/admin/policy: what GET gives back can be sent back', () => {
  test('a policy whose indented form passes server.policy_body_limit is 422; one that fits round-trips', async () => {
    // well above the default policy's indented size (about 350 KB since
    // session 11; it was 400 000, which the default policy plus 200 words
    // then passed; 700 000 until session 14, when the default reached
    // 694 KB and, with the 200 words below, passed it; 800 000 until
    // session 19, when it reached 805 KB; 900 000 until session 20, when
    // it reached 859 KB; not much more: the terms that fill the compact
    // form, 562 KB now, stay under 50 000, a list's most)
    const limit = 1000000;
    const s2 = await startServer({ name: 'hostile7-polsize', env: { CAUSERIE_SERVER_POLICY_BODY_LIMIT: String(limit) } });
    try {
      const name = `ps${uniq('').replace(/[^a-z0-9]/g, '').slice(-10)}`;
      assert.equal((await runBinary(['admin', 'add', name], { env: { CAUSERIE_STORE_URL: s2.store.url }, input: `${PASSWORD}\n` })).code, 0);
      const c = s2.client();
      const l = await c.post('/api/v1/admin/login', { user: name, password: PASSWORD });
      const h = { headers: { 'X-CSRF-Token': l.body.csrf } };
      const g = await c.get('/api/v1/admin/policy');
      const pol = JSON.parse(g.text);
      const compact = (n) => {
        pol.categories.custom.lexicon.fr = { terms: Array.from({ length: n }, (_, i) => `zorg${i}`) };
        return JSON.stringify(pol);
      };
      // compact under the limit, indented over it (in bytes: the Hebrew
      // and Arabic lexicons take two bytes a letter)
      const bytes = (t) => Buffer.byteLength(t, 'utf8');
      let n = 1000;
      while (bytes(compact(n + 1000)) < limit - 2000) n += 1000;
      const body = compact(n);
      assert.ok(bytes(body) < limit, `${bytes(body)}`);
      const r = await c.req('PUT', '/api/v1/admin/policy', { body, headers: { ...h.headers, 'Content-Type': 'application/json' } });
      assert.equal(r.status, 422, `${bytes(body)} bytes: ${r.status} ${r.text.slice(0, 200)}`);
      assert.equal(r.body.error.field, 'policy');
      assert.match(r.body.error.message, new RegExp(`server\\.policy_body_limit \\(${limit}\\)`));
      assert.equal((await c.get('/api/v1/admin/policy')).text, g.text, 'nothing changed');
      // a smaller one is saved, and what GET gives is taken back as it is
      const small = compact(200);
      assert.equal((await c.req('PUT', '/api/v1/admin/policy', { body: small, headers: { ...h.headers, 'Content-Type': 'application/json' } })).status, 200);
      const back = await c.get('/api/v1/admin/policy');
      assert.ok(bytes(back.text) <= limit, `${bytes(back.text)}`);
      const again = await c.req('PUT', '/api/v1/admin/policy', { body: back.text, headers: { ...h.headers, 'Content-Type': 'application/json' } });
      assert.equal(again.status, 200, again.text.slice(0, 200));
    } finally {
      await s2.stop();
    }
  });
});

describe('PUT /api/v1/admin/policy: two editors at once', () => {
  test('If-Match with the ETag read: the first save wins, the other is 412 and changes nothing', async () => {
    const a = await editorSession();
    const b = await editorSession();
    const g = await a.c.get('/api/v1/admin/policy');
    assert.equal(g.status, 200);
    const etag = g.headers.etag;
    assert.equal(etag, `"${g.headers['x-causerie-policy-version']}"`);
    const base = JSON.parse(g.text);
    const withTerm = (t) => { const p = JSON.parse(g.text); p.categories.custom.lexicon.fr = { terms: [t] }; return p; };
    // one after the other
    const first = await a.c.put('/api/v1/admin/policy', withTerm('zorgalpha'), { headers: { ...a.h.headers, 'If-Match': etag } });
    assert.equal(first.status, 200, first.text.slice(0, 300));
    assert.equal(first.headers.etag, `"${Number(etag.slice(1, -1)) + 1}"`);
    const second = await b.c.put('/api/v1/admin/policy', withTerm('zorgbeta'), { headers: { ...b.h.headers, 'If-Match': etag } });
    assert.equal(second.status, 412, second.text.slice(0, 300));
    assert.equal(second.body.error.code, 'policy_changed');
    let now = JSON.parse((await a.c.get('/api/v1/admin/policy')).text);
    assert.deepEqual(now.categories.custom.lexicon.fr.terms, ['zorgalpha'], "the first editor's change is kept");
    // at the same time, from one reading: exactly one is saved
    const g2 = await a.c.get('/api/v1/admin/policy');
    const both = await Promise.all([
      a.c.put('/api/v1/admin/policy', withTerm('zorggamma'), { headers: { ...a.h.headers, 'If-Match': g2.headers.etag } }),
      b.c.put('/api/v1/admin/policy', withTerm('zorgdelta'), { headers: { ...b.h.headers, 'If-Match': g2.headers.etag } }),
    ]);
    assert.deepEqual(both.map((r) => r.status).sort(), [200, 412], both.map((r) => r.text.slice(0, 200)).join(' | '));
    const won = both[0].status === 200 ? 'zorggamma' : 'zorgdelta';
    now = JSON.parse((await a.c.get('/api/v1/admin/policy')).text);
    assert.deepEqual(now.categories.custom.lexicon.fr.terms, [won]);
    // a tag that is not this ETag's form is 412; "*" and no If-Match save as before
    for (const bad of ['W/"1"', '5', '"x"']) {
      const r = await a.c.put('/api/v1/admin/policy', base, { headers: { ...a.h.headers, 'If-Match': bad } });
      assert.equal(r.status, 412, `${bad}: ${r.text.slice(0, 200)}`);
    }
    assert.equal((await a.c.put('/api/v1/admin/policy', base, { headers: { ...a.h.headers, 'If-Match': '*' } })).status, 200);
    assert.equal((await b.c.put('/api/v1/admin/policy', base, b.h)).status, 200);
  });
});

describe('moderation.train_file', () => {
  test('a file with no message is refused at start; two lines seed the model', async () => {
    for (const [name, text] of [['empty.tsv', ''], ['comments.tsv', '# nothing yet\n\n']]) {
      const f = ini(name, text);
      const r = await runBinary(['serve'], { env: { CAUSERIE_STORE_URL: `sqlite:${path.join(dir, `train-${name}.db`)}`, CAUSERIE_SERVER_LISTEN: '127.0.0.1:0', CAUSERIE_MODERATION_TRAIN_FILE: f }, timeoutMs: 15000 });
      assert.equal(r.code, 1, `${name}: ${r.stderr.slice(-400)}`);
      assert.ok(r.stderr.includes(`moderation.train_file: ${f} holds no message`), r.stderr.slice(-400));
    }
    const f = ini('two.tsv', 'spam\tbuy cheap pills now\nham\tmerci pour cet article\n');
    const s2 = await startServer({ name: 'hostile7-train', env: { CAUSERIE_MODERATION_TRAIN_FILE: f } });
    try {
      assert.match(s2.log, /spam model seeded with 2 messages/);
    } finally {
      await s2.stop();
    }
  });
});
