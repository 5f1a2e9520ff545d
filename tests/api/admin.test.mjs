// The editors' API, black-box (issue 3): accounts made with `causerie admin
// add` (password on stdin), login with its session cookie and CSRF token,
// lockout, every admin route closed without a session or without the CSRF
// token, the queue and the decisions (approve, reject, spam, ham, delete),
// the explanation of a decision, the policy round trip, the audit log, the
// statistics, and the same decisions from `causerie moderate`.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, runBinary, uniq, assertError, flatten, BACKEND } from './helpers.mjs';

const USER = 'marie';
const PASSWORD = 'correct horse battery staple';
let srv;

/** `causerie CMD…` on the server's store; resolves the process result. */
function cli(args, input, extraEnv = {}) {
  return runBinary(args, { env: { CAUSERIE_STORE_URL: srv.store.url, USER: 'operator', ...extraEnv }, input, timeoutMs: 60000 });
}

async function addEditor(name, password = PASSWORD) {
  const r = await cli(['admin', 'add', name], `${password}\n`);
  assert.equal(r.code, 0, `admin add ${name}: ${r.stderr}`);
  assert.equal(r.sanitizer, null, r.sanitizer || '');
  return r;
}

/** Logs in; returns a client holding the session cookie, and the CSRF token. */
async function login(name = USER, password = PASSWORD) {
  const c = srv.client();
  const r = await c.post('/api/v1/admin/login', { user: name, password });
  assert.equal(r.status, 200, r.text);
  return { c, csrf: r.body.csrf, res: r };
}

const J = (csrf) => ({ headers: { 'X-CSRF-Token': csrf } });

before(async () => {
  srv = await startServer({ name: 'admin', env: { CAUSERIE_SERVER_TRUST_PROXY: 'true' } });
  await addEditor(USER);
});
after(async () => { if (srv) await srv.stop(); });

let ipCounter = 0;
const from = () => { ipCounter += 1; return { headers: { 'X-Forwarded-For': `203.0.113.${ipCounter}` } }; };

describe('accounts and sessions', () => {
  test('admin add: a second add of the same name fails; passwd changes the password; list names them', async () => {
    const again = await cli(['admin', 'add', USER], `${PASSWORD}\n`);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /exists/);
    const short = await cli(['admin', 'add', 'paul'], 'court\n');
    assert.equal(short.code, 1);
    assert.match(short.stderr, /password/);
    const noinput = await cli(['admin', 'add', 'paul'], '');
    assert.equal(noinput.code, 1);
    const bad = await cli(['admin', 'add', 'no spaces please'], `${PASSWORD}\n`);
    assert.equal(bad.code, 1);
    await addEditor('paul', 'premier mot de passe');
    const pw = await cli(['admin', 'passwd', 'paul'], 'second mot de passe');   // all of stdin, no newline
    assert.equal(pw.code, 0, pw.stderr);
    const old = await srv.post('/api/v1/admin/login', { user: 'paul', password: 'premier mot de passe' });
    assertError(assert, old, 401);
    await login('paul', 'second mot de passe');
    const list = await cli(['admin', 'list']);
    assert.equal(list.code, 0);
    assert.match(list.stdout, /^marie\t/m);
    assert.match(list.stdout, /^paul\t/m);
    assert.ok(!list.stdout.includes('argon2'), 'hashes are never printed');
    const usage = await cli(['admin', 'frobnicate']);
    assert.equal(usage.code, 2);
  });

  test('admin passwd ends the sessions opened with the old password, only that editor\'s', async () => {
    // A password changed because it leaked must also shut out whoever logged
    // in with it: the sessions stayed valid until they expired.
    await addEditor('lucie', 'ancien mot de passe');
    const { c: stolen } = await login('lucie', 'ancien mot de passe');
    const { c: other } = await login();
    assert.equal((await stolen.get('/api/v1/admin/queue')).status, 200);
    const pw = await cli(['admin', 'passwd', 'lucie'], 'nouveau mot de passe\n');
    assert.equal(pw.code, 0, pw.stderr);
    assertError(assert, await stolen.get('/api/v1/admin/queue'), 401);
    assert.equal((await other.get('/api/v1/admin/queue')).status, 200, 'another editor keeps hers');
    const { c: fresh } = await login('lucie', 'nouveau mot de passe');
    assert.equal((await fresh.get('/api/v1/admin/queue')).status, 200);
  });

  test('login: 200 with the user and a CSRF token; the cookie is HttpOnly, SameSite=Strict, Path=/', async () => {
    const { res, csrf } = await login();
    assert.equal(res.body.user, USER);
    assert.equal(typeof csrf, 'string');
    assert.ok(csrf.length >= 20);
    let sc = res.headers['set-cookie'];
    if (!Array.isArray(sc)) sc = [sc];
    const cookie = sc.find((x) => x.startsWith('causerie_admin='));
    assert.ok(cookie, `session cookie: ${sc}`);
    assert.match(cookie, /;\s*HttpOnly/i);
    assert.match(cookie, /;\s*SameSite=Strict/i);
    assert.match(cookie, /;\s*Path=\//i);
    assert.match(cookie, /;\s*Max-Age=\d+/i);
    assert.doesNotMatch(cookie, /Secure/i, 'not Secure on a plain-http public URL');
    const token = cookie.split(';')[0].split('=')[1];
    assert.ok(token.length >= 20);
    assert.notEqual(token, csrf);
  });

  test('wrong password and unknown user are the same 401, and take about the same time', async () => {
    await addEditor('timing', 'un mot de passe long');
    const time = async (user) => {
      const t0 = process.hrtime.bigint();
      const r = await srv.post('/api/v1/admin/login', { user, password: 'pas le bon mot de passe' });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      assertError(assert, r, 401, { code: 'invalid_credentials' });
      return { ms, message: r.body.error.message };
    };
    const known = [];
    const unknown = [];
    // four of each (a fifth failure would lock the account), alternated, and
    // their medians: one slow answer on a busy machine (another test file's
    // server starting) must not decide
    for (let i = 0; i < 4; i += 1) {
      known.push(await time('timing'));
      unknown.push(await time(`nobody-${i}`));
    }
    assert.equal(known[0].message, unknown[0].message);
    const med = (v) => { const s = v.map((x) => x.ms).sort((a, b) => a - b); return (s[1] + s[2]) / 2; };
    const k = med(known);
    const u = med(unknown);
    assert.ok(u > k * 0.5 && u < k * 2, `unknown user ${u.toFixed(1)} ms vs wrong password ${k.toFixed(1)} ms`);
    assertError(assert, await srv.post('/api/v1/admin/login', { user: USER }), 422, { field: 'password' });
    assertError(assert, await srv.post('/api/v1/admin/login', { password: 'x' }), 422, { field: 'user' });
    assertError(assert, await srv.req('POST', '/api/v1/admin/login', { body: 'user=a' }), 415);
  });

  test('an unknown name is locked after five failures too, on every node and across a restart', async () => {
    const ghost = uniq('nobody');
    for (let i = 1; i <= 4; i += 1) {
      const r = await srv.post('/api/v1/admin/login', { user: ghost, password: `faux ${i}` });
      assertError(assert, r, 401, { code: 'invalid_credentials' });
    }
    const fifth = await srv.post('/api/v1/admin/login', { user: ghost, password: 'faux 5' });
    assertError(assert, fifth, 429, { code: 'locked' });
    const retry = Number(fifth.headers['retry-after']);
    assert.ok(retry > 14 * 60 && retry <= 15 * 60, `Retry-After ${fifth.headers['retry-after']}`);
    // the count is the store's, as an account's is: another node on the same
    // database, and this one after a restart, answer the same
    if (BACKEND === 'postgresql') {
      const b = await startServer({ name: 'admin-node-b', storeUrl: srv.store.url });
      try {
        assertError(assert, await b.post('/api/v1/admin/login', { user: ghost, password: 'x' }), 429, { code: 'locked' });
      } finally {
        await b.stop();
      }
    }
    await srv.restart({ signal: 'SIGTERM' });
    assertError(assert, await srv.post('/api/v1/admin/login', { user: ghost, password: 'x' }), 429, { code: 'locked' });
    const other = await srv.post('/api/v1/admin/login', { user: uniq('nobody'), password: 'x' });
    assertError(assert, other, 401, { code: 'invalid_credentials' });
  });

  test('five failures lock the account for 15 minutes, even for the right password', async () => {
    await addEditor('fragile');
    for (let i = 1; i <= 4; i += 1) {
      const r = await srv.post('/api/v1/admin/login', { user: 'fragile', password: `faux ${i}` });
      assertError(assert, r, 401, { code: 'invalid_credentials' });
    }
    const fifth = await srv.post('/api/v1/admin/login', { user: 'fragile', password: 'faux 5' });
    assertError(assert, fifth, 429, { code: 'locked' });
    const retry = Number(fifth.headers['retry-after']);
    assert.ok(retry > 14 * 60 && retry <= 15 * 60, `Retry-After ${fifth.headers['retry-after']}`);
    const right = await srv.post('/api/v1/admin/login', { user: 'fragile', password: PASSWORD });
    assertError(assert, right, 429, { code: 'locked' });
    // an operator unlocks it by setting a password
    const pw = await cli(['admin', 'passwd', 'fragile'], `${PASSWORD}\n`);
    assert.equal(pw.code, 0, pw.stderr);
    await login('fragile');
  });

  test('every admin route is 401 without a session; POST/PUT need the CSRF token (403)', async () => {
    const p = await srv.postComment({ uri: uniq('/article/auth') }, from());
    const id = p.body.comment.id;
    const routes = [
      ['GET', '/api/v1/admin/queue'], ['GET', `/api/v1/admin/comments/${id}`],
      ['POST', `/api/v1/admin/comments/${id}/approve`], ['GET', '/api/v1/admin/policy'],
      ['PUT', '/api/v1/admin/policy'], ['GET', '/api/v1/admin/audit'], ['GET', '/api/v1/admin/stats'],
      ['POST', '/api/v1/admin/logout'],
    ];
    for (const [m, u] of routes) {
      const r = await srv.req(m, u, m === 'PUT' ? { json: {} } : {});
      assertError(assert, r, 401);
    }
    const forged = await srv.req('GET', '/api/v1/admin/queue', { headers: { Cookie: 'causerie_admin=forged-token-value' } });
    assertError(assert, forged, 401);
    const { c, csrf } = await login();
    for (const [m, u] of routes.filter(([mm]) => mm !== 'GET')) {
      const none = await c.req(m, u, m === 'PUT' ? { json: {} } : {});
      assertError(assert, none, 403, { code: 'csrf' });
      const wrong = await c.req(m, u, { headers: { 'X-CSRF-Token': `${csrf}x` }, ...(m === 'PUT' ? { json: {} } : {}) });
      assertError(assert, wrong, 403, { code: 'csrf' });
    }
    const q = await c.get('/api/v1/admin/queue');
    assert.equal(q.status, 200, 'GETs need the session only');
  });

  test('logout ends the session', async () => {
    const { c, csrf } = await login();
    const r = await c.post('/api/v1/admin/logout', {}, J(csrf));
    assert.equal(r.status, 204, r.text);
    assertError(assert, await c.get('/api/v1/admin/queue'), 401);
  });
});

describe('the queue and the decisions', () => {
  let ed;
  before(async () => { ed = await login(); });
  const decide = (id, action) => ed.c.post(`/api/v1/admin/comments/${id}/${action}`, {}, J(ed.csrf));
  const published = async (uri, id) => flatten((await srv.list({ uri, limit: 'all' })).body.comments).some((x) => x.id === id);

  test('a spam comment is in the spam queue with its explanation; ham publishes it and readers see it', async () => {
    const uri = uniq('/article/q-spam');
    const p = await srv.postComment({ uri, author: 'Deals', text: 'Buy cheap viagra online without prescription: http://pills.example http://rx.example http://cheap.example' }, from());
    assert.equal(p.body.status, 'pending');
    const id = p.body.comment.id;
    const q = await ed.c.get('/api/v1/admin/queue?status=spam');
    assert.equal(q.status, 200, q.text);
    assert.equal(q.body.status, 'spam');
    const item = q.body.comments.find((x) => x.id === id);
    assert.ok(item, 'in the spam queue');
    assert.equal(item.uri, uri);
    assert.equal(item.site, 'testsite');
    assert.equal(item.author, 'Deals');
    assert.equal(item.status, 'spam');
    assert.match(item.text, /viagra/);
    assert.match(item.html, /<p>/);
    assert.equal(item.reports, 0);
    assert.ok(item.decision, 'with its latest decision');
    assert.equal(item.decision.actor, 'auto');
    assert.equal(item.decision.category, 'spam');
    assert.equal(typeof item.decision.spam_prob, 'number');
    assert.ok(Array.isArray(item.decision.reasons) && item.decision.reasons.length > 0);

    const r = await decide(id, 'ham');
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.status, 'published');
    assert.ok(await published(uri, id), 'readers see it');
    const one = await ed.c.get(`/api/v1/admin/comments/${id}`);
    assert.equal(one.body.comment.trained, 'ham');
  });

  test('a held comment is approved: published for readers, live on the page', async () => {
    const uri = uniq('/article/q-approve');
    const p = await srv.postComment({ uri, text: 'Bonjour, une remarque.', hp: 'bot?' }, from());
    const id = p.body.comment.id;
    // a reader of the page, on the event stream
    const events = [];
    const controller = new AbortController();
    const stream = fetch(`${srv.base}/api/v1/events?uri=${encodeURIComponent(uri)}&site=testsite`, { signal: controller.signal })
      .then(async (res) => {
        const reader = res.body.getReader();
        const dec = new TextDecoder();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          events.push(dec.decode(value));
        }
      }).catch(() => {});
    await new Promise((res) => setTimeout(res, 200));
    const r = await decide(id, 'approve');
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.status, 'published');
    assert.ok(await published(uri, id));
    for (let i = 0; i < 50 && !events.join('').includes(`id: ${id}`); i += 1) await new Promise((res) => setTimeout(res, 50));
    controller.abort();
    await stream;
    assert.match(events.join(''), new RegExp(`event: comment\\nid: ${id}\\n`), 'the live event of the approved comment');
  });

  test('an author cannot rewrite a comment an editor rejected: 422, the judged text kept', async () => {
    const uri = uniq('/article/q-reject-edit');
    const a = await srv.postComment({ uri, text: 'Texte jugé par la rédaction.' }, from());
    assert.equal(a.status, 201, a.text);
    const r = await decide(a.body.comment.id, 'reject');
    assert.equal(r.body.status, 'rejected');
    const e = await srv.put(`/api/v1/comments/${a.body.comment.id}`, { text: 'Texte tout autre, bien sage.' },
      { headers: { 'X-Edit-Token': a.body.edit_token } });
    assertError(assert, e, 422, { code: 'policy' });
    const one = await ed.c.get(`/api/v1/admin/comments/${a.body.comment.id}`);
    assert.equal(one.status, 200, one.text);
    assert.equal(one.body.comment.status, 'rejected');
    assert.match(JSON.stringify(one.body.comment), /Texte jugé par la rédaction/);
    assert.doesNotMatch(JSON.stringify(one.body.comment), /tout autre/);
  });

  test('reject, spam and delete; an unknown action or comment is 404', async () => {
    const uri = uniq('/article/q-reject');
    const a = await srv.postComment({ uri, text: 'Premier avis, correct.' }, from());
    const b = await srv.postComment({ uri, text: 'Second avis, correct.' }, from());
    const c = await srv.postComment({ uri, text: 'Troisième avis, correct.' }, from());
    let r = await decide(a.body.comment.id, 'reject');
    assert.equal(r.body.status, 'rejected');
    r = await decide(b.body.comment.id, 'spam');
    assert.equal(r.body.status, 'spam');
    r = await decide(c.body.comment.id, 'delete');
    assert.equal(r.body.status, 'deleted');
    assert.deepEqual(flatten((await srv.list({ uri })).body.comments), []);
    const rej = await ed.c.get('/api/v1/admin/queue?status=rejected&limit=100');
    assert.ok(rej.body.comments.some((x) => x.id === a.body.comment.id));
    const sp = await ed.c.get(`/api/v1/admin/comments/${b.body.comment.id}`);
    assert.equal(sp.body.comment.trained, 'spam');
    assertError(assert, await decide(a.body.comment.id, 'frobnicate'), 404);
    assertError(assert, await decide(99999999, 'approve'), 404);
    assertError(assert, await ed.c.get('/api/v1/admin/comments/99999999'), 404);
    assertError(assert, await ed.c.get('/api/v1/admin/queue?status=published'), 422, { field: 'status' });
    assertError(assert, await ed.c.get('/api/v1/admin/queue?limit=0'), 422, { field: 'limit' });
  });

  test('spam and ham teach the classifier; a correction unlearns first', async () => {
    const words = 'zorblax quintuplon vermifax glubberine snorkwidget';
    const uri = uniq('/article/q-train');
    const before1 = await srv.postComment({ uri, text: `Un avis sur ${words}.` }, from());
    const id1 = before1.body.comment.id;
    const d0 = (await ed.c.get(`/api/v1/admin/comments/${id1}`)).body.decision;
    assert.equal(typeof d0.spam_prob, 'number');
    // the editor says: spam
    assert.equal((await decide(id1, 'spam')).status, 200);
    const after1 = await srv.postComment({ uri, text: `Encore ${words}.` }, from());
    const d1 = (await ed.c.get(`/api/v1/admin/comments/${after1.body.comment.id}`)).body.decision;
    assert.ok(d1.spam_prob > d0.spam_prob, `learned as spam: ${d0.spam_prob} -> ${d1.spam_prob}`);
    assert.ok(d1.tokens.some((t) => /zorblax|quintuplon|vermifax/.test(t.token) && t.prob > 0.5), JSON.stringify(d1.tokens));
    // then changes its mind: ham (unlearns spam first)
    const r = await decide(id1, 'ham');
    assert.equal(r.body.status, 'published');
    const full = (await ed.c.get(`/api/v1/admin/comments/${id1}`)).body;
    assert.equal(full.comment.trained, 'ham');
    const last = full.decisions[full.decisions.length - 1];
    assert.equal(last.action, 'ham');
    assert.equal(last.trained, 'ham');
    assert.equal(last.untrained, 'spam');
    const after2 = await srv.postComment({ uri, text: `Toujours ${words}.` }, from());
    const d2 = (await ed.c.get(`/api/v1/admin/comments/${after2.body.comment.id}`)).body.decision;
    assert.ok(d2.spam_prob < d1.spam_prob, `unlearned: ${d1.spam_prob} -> ${d2.spam_prob}`);
    // the same decision twice teaches once
    assert.equal((await decide(id1, 'ham')).status, 200);
  });

  test('explain: category, matched terms, spam probability and strongest tokens of every decision', async () => {
    const uri = uniq('/article/q-explain');
    const p = await srv.postComment({ uri, text: 'Quel connard, ce ministre.' }, from());
    assert.equal(p.status, 422);
    const q = await ed.c.get('/api/v1/admin/queue?status=rejected&limit=100');
    const item = q.body.comments.find((x) => x.uri === uri);
    assert.ok(item, 'a rejected comment is kept for the editors');
    const one = await ed.c.get(`/api/v1/admin/comments/${item.id}`);
    assert.equal(one.status, 200, one.text);
    const d = one.body.decision;
    assert.equal(d.actor, 'auto');
    assert.equal(d.action, 'reject');
    assert.equal(d.category, 'insult');
    assert.ok(d.matches.some((m) => m.category === 'insult' && /connard/i.test(m.found)), JSON.stringify(d.matches));
    assert.equal(typeof d.spam_prob, 'number');
    assert.ok(Array.isArray(d.tokens));
    assert.ok(d.reasons.some((x) => /decision: reject/.test(x)));
    assert.match(d.created, /^\d{4}-\d\d-\d\dT/);
    assert.equal(one.body.comment.email, null);
    assert.ok(Array.isArray(one.body.decisions) && one.body.decisions.length === 1);
  });

  test('reported comments: the reported queue, the readers\' reasons, approve clears the reports', async () => {
    const uri = uniq('/article/q-reports');
    const p = await srv.postComment({ uri, text: 'Un avis qui dérange.' }, from());
    const id = p.body.comment.id;
    for (const reason of ['Hors sujet', 'Agressif', 'Trolling']) {
      assert.equal((await srv.post(`/api/v1/comments/${id}/report`, { reason }, from())).status, 202);
    }
    assert.equal(await published(uri, id), false);
    const q = await ed.c.get('/api/v1/admin/queue?status=reported');
    const item = q.body.comments.find((x) => x.id === id);
    assert.ok(item, 'in the reported queue');
    assert.equal(item.reports, 3);
    assert.equal(item.status, 'pending');
    assert.equal(item.decision.actor, 'reports');
    assert.equal(item.decision.category, 'reported');
    const one = await ed.c.get(`/api/v1/admin/comments/${id}`);
    assert.deepEqual(one.body.reports.map((x) => x.reason).sort(), ['Agressif', 'Hors sujet', 'Trolling']);
    assert.ok(!JSON.stringify(one.body.reports).includes('203.0.113'), 'reporters are not revealed');
    assert.equal((await decide(id, 'approve')).body.status, 'published');
    assert.ok(await published(uri, id));
    const again = await ed.c.get('/api/v1/admin/queue?status=reported');
    assert.ok(!again.body.comments.some((x) => x.id === id), 'approved: no longer reported');
  });

  test('the queue pages with limit and cursor', async () => {
    const uri = uniq('/article/q-page');
    const ids = [];
    for (let i = 0; i < 3; i += 1) ids.push((await srv.postComment({ uri, text: `Bonjour ${i}.`, hp: 'x' }, from())).body.comment.id);
    const p1 = await ed.c.get('/api/v1/admin/queue?status=spam&limit=2');
    assert.equal(p1.body.comments.length, 2);
    assert.equal(p1.body.comments[0].id, ids[2]);
    assert.ok(p1.body.cursor);
    const p2 = await ed.c.get(`/api/v1/admin/queue?status=spam&limit=2&before=${p1.body.cursor}`);
    assert.equal(p2.body.comments[0].id, ids[0]);
  });
});

describe('policy, audit and statistics', () => {
  let ed;
  before(async () => { ed = await login(); });

  test('GET and PUT of the policy round-trip; a new term applies at once', async () => {
    const g = await ed.c.get('/api/v1/admin/policy');
    assert.equal(g.status, 200, g.text);
    assert.match(g.headers['content-type'], /^application\/json/);
    const policy = g.body;
    assert.ok(policy.categories && policy.categories.insult && policy.categories.custom);
    const v0 = Number(g.headers['x-causerie-policy-version']);
    policy.categories.custom.action = 'reject';
    policy.categories.custom.message = { fr: 'Pas de ça ici.', en: 'Not here.' };
    policy.categories.custom.lexicon = { fr: { terms: ['tramway fantôme'] } };
    const put = await ed.c.put('/api/v1/admin/policy', policy, J(ed.csrf));
    assert.equal(put.status, 200, put.text);
    assert.equal(Number(put.headers['x-causerie-policy-version']), v0 + 1);
    assert.deepEqual(put.body.categories.custom.lexicon.fr.terms, ['tramway fantôme']);
    const g2 = await ed.c.get('/api/v1/admin/policy');
    assert.deepEqual(g2.body, put.body, 'GET returns what PUT stored');
    const r = await srv.postComment({ uri: uniq('/article/tram'), text: 'Encore un tramway fantôme.' }, from());
    assertError(assert, r, 422, { code: 'policy' });
    assert.equal(r.body.error.category, 'custom');
    assert.equal(r.body.error.message, 'Pas de ça ici.');
  });

  test('a policy larger than server.body_limit is accepted (server.policy_body_limit)', async () => {
    const g = await ed.c.get('/api/v1/admin/policy');
    const big = JSON.parse(JSON.stringify(g.body));
    const word = (i) => { let w = ''; do { w += String.fromCharCode(97 + (i % 26)); i = Math.floor(i / 26); } while (i); return `zq${w}`; };
    big.categories.custom.lexicon = { fr: { terms: Array.from({ length: 9000 }, (_, i) => `${word(i)} interdit`) } };
    const text = JSON.stringify(big);
    assert.ok(text.length > 131072 + 65536, `the policy is ${text.length} bytes`);
    const put = await ed.c.put('/api/v1/admin/policy', big, J(ed.csrf));
    assert.equal(put.status, 200, put.text.slice(0, 300));
    assert.equal(put.body.categories.custom.lexicon.fr.terms.length, 9000);
    // the larger limit is the policy's only: a comment of that size is still 413
    const r = await srv.req('POST', '/api/v1/comments', { json: { uri: uniq('/article/big'), text: 'x'.repeat(140000) } });
    assertError(assert, r, 413);
    // past server.policy_body_limit (4 MiB) it is a clean 413, and nothing changes
    const huge = JSON.parse(JSON.stringify(g.body));
    huge.description = 'x'.repeat(4 * 1024 * 1024 + 1);
    assertError(assert, await ed.c.put('/api/v1/admin/policy', huge, J(ed.csrf)), 413);
    assert.equal((await ed.c.get('/api/v1/admin/policy')).body.categories.custom.lexicon.fr.terms.length, 9000);
    big.categories.custom.lexicon = g.body.categories.custom.lexicon;
    const back = await ed.c.put('/api/v1/admin/policy', big, J(ed.csrf));
    assert.equal(back.status, 200, back.text.slice(0, 300));
  });

  test('an invalid policy is 422 naming the bad field, and changes nothing', async () => {
    const g = await ed.c.get('/api/v1/admin/policy');
    const bad = JSON.parse(JSON.stringify(g.body));
    bad.categories.insult.action = 'explode';
    const r = await ed.c.put('/api/v1/admin/policy', bad, J(ed.csrf));
    const e = assertError(assert, r, 422);
    assert.equal(e.field, 'categories.insult.action');
    assert.match(e.message, /categories\.insult\.action/);
    const long = JSON.parse(JSON.stringify(g.body));
    long.categories.custom.lexicon = { fr: { terms: ['x'.repeat(400)] } };
    const r3 = await ed.c.put('/api/v1/admin/policy', long, J(ed.csrf));
    assert.equal(assertError(assert, r3, 422).field, 'categories.custom.lexicon.fr.terms[0]');
    const r2 = await ed.c.put('/api/v1/admin/policy', [1, 2], J(ed.csrf));
    assertError(assert, r2, 400);
    const after2 = await ed.c.get('/api/v1/admin/policy');
    assert.deepEqual(after2.body, g.body);
  });

  test('a bad abuse_model section is 422 naming its field, and changes nothing', async () => {
    const g = await ed.c.get('/api/v1/admin/policy');
    assert.ok(g.body.abuse_model, 'the default policy has an abuse_model section');
    const cases = [
      [(p) => { p.abuse_model.hold = 1.5; }, /^abuse_model\.hold/],
      [(p) => { p.abuse_model.hold = 'high'; }, /^abuse_model\.hold/],
      [(p) => { p.abuse_model.hold = 0.9; p.abuse_model.reject = 0.5; }, /^abuse_model\.reject/],
      [(p) => { p.abuse_model.per_category = [0.5]; }, /^abuse_model\.per_category/],
      [(p) => { p.abuse_model.per_category = { insult: { hold: -1 } }; }, /^abuse_model\.per_category\.insult/],
      [(p) => { p.abuse_model.per_category = { ['x'.repeat(5000)]: { hold: 0.5 } }; }, /^abuse_model\.per_category/],
      [(p) => { p.abuse_model.surprise = true; }, /^abuse_model/],
    ];
    for (const [spoil, field] of cases) {
      const bad = JSON.parse(JSON.stringify(g.body));
      spoil(bad);
      const e = assertError(assert, await ed.c.put('/api/v1/admin/policy', bad, J(ed.csrf)), 422);
      assert.match(e.field, field, JSON.stringify(bad.abuse_model).slice(0, 200));
    }
    assert.deepEqual((await ed.c.get('/api/v1/admin/policy')).body, g.body);
  });

  test('the audit log lists every decision, newest first, with its actor', async () => {
    const uri = uniq('/article/audit');
    const p = await srv.postComment({ uri, text: 'Un avis pour le journal.', hp: 'x' }, from());
    const id = p.body.comment.id;
    await ed.c.post(`/api/v1/admin/comments/${id}/approve`, {}, J(ed.csrf));
    const a = await ed.c.get('/api/v1/admin/audit?limit=50');
    assert.equal(a.status, 200, a.text);
    const mine = a.body.entries.filter((x) => x.comment_id === id);
    assert.equal(mine.length, 2);
    assert.equal(mine[0].actor, `admin:${USER}`);
    assert.equal(mine[0].action, 'approve');
    assert.equal(mine[1].actor, 'auto');
    assert.equal(mine[1].action, 'discard');
    assert.equal(mine[1].category, 'spam');
    for (let i = 1; i < a.body.entries.length; i += 1) assert.ok(a.body.entries[i].id < a.body.entries[i - 1].id);
    assert.ok(a.body.entries.some((x) => x.action === 'policy' && x.actor === `admin:${USER}`), 'the policy change is audited');
    const page = await ed.c.get('/api/v1/admin/audit?limit=1');
    assert.equal(page.body.entries.length, 1);
    const next = await ed.c.get(`/api/v1/admin/audit?limit=1&cursor=${page.body.cursor}`);
    assert.ok(next.body.entries[0].id < page.body.entries[0].id);
    // a posted comment's own decision (kept in its row, with the comment's
    // id) and the decisions' rows make one log: walked in pages of 3, every
    // entry comes once, newest first, as in one page of 1000
    assert.equal(mine[1].id, id);
    const all = (await ed.c.get('/api/v1/admin/audit?limit=1000')).body.entries.map((x) => x.id);
    const walked = [];
    let cursor = 0;
    for (let i = 0; i < 1000; i += 1) {
      const r = await ed.c.get(`/api/v1/admin/audit?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(r.status, 200, r.text);
      walked.push(...r.body.entries.map((x) => x.id));
      if (r.body.entries.length < 3 || !r.body.cursor) break;
      cursor = r.body.cursor;
    }
    assert.deepEqual(walked, all);
    assertError(assert, await ed.c.get('/api/v1/admin/audit?limit=abc'), 422, { field: 'limit' });
  });

  test('statistics: comments per day for 30 days and decisions by category', async () => {
    const s = await ed.c.get('/api/v1/admin/stats');
    assert.equal(s.status, 200, s.text);
    assert.equal(s.body.days, 30);
    const today = new Date().toISOString().slice(0, 10);
    const t = s.body.comments_per_day.find((d) => d.day === today);
    assert.ok(t && t.count > 0 && t.published > 0, JSON.stringify(s.body.comments_per_day));
    const cats = Object.fromEntries(s.body.decisions_by_category.map((c) => [c.category, c.count]));
    assert.ok(cats.spam > 0 && cats.none > 0, JSON.stringify(cats));
    assert.ok(s.body.decisions_by_actor.some((x) => x.actor === 'admin' && x.count > 0));
  });
});

describe('causerie moderate (command line)', () => {
  test('list, show and approve from the command line, audited as cli:$USER', async () => {
    const uri = uniq('/article/cli');
    const p = await srv.postComment({ uri, text: 'Un avis retenu pour la ligne de commande.', hp: 'x' }, from());
    const id = p.body.comment.id;
    const list = await cli(['moderate', 'list', '--status', 'spam']);
    assert.equal(list.code, 0, list.stderr);
    assert.match(list.stdout, new RegExp(`^${id}\\tspam\\t`, 'm'));
    const show = await cli(['moderate', 'show', String(id)]);
    assert.equal(show.code, 0, show.stderr);
    assert.match(show.stdout, /honeypot/);
    const ok = await cli(['moderate', 'approve', String(id)]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /published/);
    assert.ok(flatten((await srv.list({ uri })).body.comments).some((x) => x.id === id), 'the running server serves it at once');
    const ed = await login();
    const a = await ed.c.get('/api/v1/admin/audit?limit=5');
    assert.ok(a.body.entries.some((x) => x.comment_id === id && x.actor === 'cli:operator' && x.action === 'approve'));
    const missing = await cli(['moderate', 'approve', '99999999']);
    assert.equal(missing.code, 1);
    const usage = await cli(['moderate', 'approve']);
    assert.equal(usage.code, 2);
    const badStatus = await cli(['moderate', 'list', '--status', 'weird']);
    assert.equal(badStatus.code, 1);
  });
});

describe('the spam model shared by processes and nodes', () => {
  // Each process decides with a copy of the model in memory and compares the
  // store's model version at most once a second: a learning elsewhere (the
  // command line, another node) must change its decisions within about that.

  /** Editor session on a node (sessions live in the shared store). */
  async function loginOn(node) {
    const c = node.client();
    const r = await c.post('/api/v1/admin/login', { user: USER, password: PASSWORD });
    assert.equal(r.status, 200, r.text);
    return { c, csrf: r.body.csrf };
  }

  /** spam_prob of the decision of a new comment of `words` on `node` (always
   * the same text: only the model may change the probability). */
  async function probOf(node, ed, words) {
    const r = await node.postComment({ uri: uniq('/article/q-shared'), text: `Avis : ${words}.` }, from());
    assert.ok(r.status === 201 || r.status === 202, r.text);
    const d = (await ed.c.get(`/api/v1/admin/comments/${r.body.comment.id}`)).body.decision;
    assert.equal(typeof d.spam_prob, 'number');
    return d.spam_prob;
  }

  /** Posts on `node` until the spam probability passes `above`; the ms it took, or null. */
  async function msUntilAbove(node, ed, words, above, limitMs = 4000) {
    const t0 = Date.now();
    while (Date.now() - t0 < limitMs) {
      if ((await probOf(node, ed, words)) > above)
        return Date.now() - t0;
      await new Promise((res) => setTimeout(res, 100));
    }
    return null;
  }

  test('`causerie moderate spam` in another process reaches the running server within about a second', async () => {
    const words = 'plinkor wastrubel quorfenix dramblewick';
    const ed = await login();
    const p0 = await probOf(srv, ed, words);
    assert.equal(await probOf(srv, ed, words), p0, 'the same text, the same probability');
    const ids = [];
    for (let i = 0; i < 2; i++) {
      const r = await srv.postComment({ uri: uniq('/article/q-cli-train'), text: `Offre ${i} ${words}.` }, from());
      ids.push(r.body.comment.id);
    }
    for (const id of ids) {
      const r = await cli(['moderate', 'spam', String(id)]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.sanitizer, null, r.sanitizer || '');
    }
    const ms = await msUntilAbove(srv, ed, words, p0);
    assert.ok(ms !== null, `the server still decides ${words} at ${p0} or less`);
    assert.ok(ms < 2500, `took ${ms} ms`);
  });

  test('an editor\'s spam on node A changes node B\'s decisions within about a second', { skip: BACKEND !== 'postgresql' && 'PostgreSQL only' }, async () => {
    const b = await startServer({ name: 'admin-node-b', storeUrl: srv.store.url, env: { CAUSERIE_SERVER_TRUST_PROXY: 'true' } });
    try {
      const words = 'brundlefax ostrovar quimbletoe sparnicle';
      const edA = await login();
      const edB = await loginOn(b);
      const p0 = await probOf(b, edB, words);   /* node B has loaded its copy */
      const ids = [];
      for (let i = 0; i < 2; i++) {
        const r = await b.postComment({ uri: uniq('/article/q-node-train'), text: `Offre ${i} ${words}.` }, from());
        ids.push(r.body.comment.id);
      }
      for (const id of ids) {
        const r = await edA.c.post(`/api/v1/admin/comments/${id}/spam`, {}, J(edA.csrf));
        assert.equal(r.status, 200, r.text);
      }
      const ms = await msUntilAbove(b, edB, words, p0);
      assert.ok(ms !== null, `node B still decides ${words} at ${p0} or less`);
      assert.ok(ms < 2500, `took ${ms} ms`);
      // and back: ham on node B reaches node A
      const pA = await probOf(srv, edA, words);
      for (const id of ids) {
        const r = await edB.c.post(`/api/v1/admin/comments/${id}/ham`, {}, J(edB.csrf));
        assert.equal(r.status, 200, r.text);
      }
      const t0 = Date.now();
      let pA2 = pA;
      while (Date.now() - t0 < 4000) {
        pA2 = await probOf(srv, edA, words);
        if (pA2 < pA) break;
        await new Promise((res) => setTimeout(res, 100));
      }
      assert.ok(pA2 < pA, `node A still decides ${words} at ${pA2}`);
      assert.ok(Date.now() - t0 < 2500, `took ${Date.now() - t0} ms`);
    } finally {
      await b.stop();
    }
  });
});
