// Hostile black-box tests of issue 3's HTTP surface (editors, Akismet,
// routing): each test is a finding of an attack on the running server, kept
// so that it stays fixed.
//   - only an editor's session with its CSRF token may send the policy's
//     large body (4 MiB): anyone else is held to server.body_limit, so an
//     anonymous client cannot make the server buffer 4 MiB per connection;
//   - a \u0000 in a JSON body is a 400 that says so in words (not the
//     parser's "JSON_ALLOW_NUL");
//   - the login lockout must not tell an existing account from an unknown
//     name (both lock after five failures);
//   - a method on a path that names no resource is 404, not a 405 that
//     advertises "Allow: GET" for a path GET does not serve either;
//   - a comment its author deleted cannot be brought back, trained on or
//     deleted again by an editor (409 deleted); an editor's own delete can
//     be undone;
//   - editors' decisions made at the same time on one comment teach the
//     spam filter once per class change (each change unlearns the previous
//     class, as the audit shows);
//   - a clean edit of a rejected comment is still 422 with the category and
//     message of the rejection (not a made-up category in English);
//   - a text or an author name that shows nothing (zero-width characters,
//     combining marks alone, Hangul fillers) is empty: 422;
//   - the queue's and the audit log's integer parameters (and the ids of
//     `causerie moderate`) are digits only, within the int64 range;
//   - Akismet's user_role=administrator is never spam; a key is the same
//     in any case (it travels as a host-name label);
//   - Akismet form bodies are split on '&' only (curl -d leaves a ';' of
//     the comment as it is), and multipart/form-data (a browser's FormData)
//     is read too.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, runBinary, uniq, assertError } from './helpers.mjs';

const PASSWORD = 'correct horse battery staple';
let srv;

function cli(args, input) {
  return runBinary(args, { env: { CAUSERIE_STORE_URL: srv.store.url, USER: 'operator' }, input, timeoutMs: 60000 });
}

async function addEditor(name) {
  const r = await cli(['admin', 'add', name], `${PASSWORD}\n`);
  assert.equal(r.code, 0, r.stderr);
}

let ipCounter = 0;
const from = () => { ipCounter += 1; return { headers: { 'X-Forwarded-For': `198.18.${ipCounter >> 8}.${ipCounter & 255}` } }; };

async function login(name) {
  const c = srv.client();
  const r = await c.post('/api/v1/admin/login', { user: name, password: PASSWORD }, from());
  assert.equal(r.status, 200, r.text);
  return { c, h: { headers: { 'X-CSRF-Token': r.body.csrf } } };
}

before(async () => {
  srv = await startServer({ name: 'hostile-moderation', env: { CAUSERIE_SERVER_TRUST_PROXY: 'true' } });
  await addEditor('marie');
});
after(async () => { if (srv) await srv.stop(); });

describe('login lockout', () => {
  test('an unknown name locks after five failures exactly as an account does', async () => {
    await addEditor('real');
    // the lockout is per name and address (hostile19): one address per name
    const addr = { real: from(), 'ghost-of-nobody': from(), 'another-nobody': from() };
    const attempt = (user, i) => srv.post('/api/v1/admin/login', { user, password: `faux ${i}` }, addr[user]);
    for (const user of ['real', 'ghost-of-nobody']) {
      for (let i = 1; i <= 4; i += 1) assertError(assert, await attempt(user, i), 401, { code: 'invalid_credentials' });
      const fifth = await attempt(user, 5);
      assertError(assert, fifth, 429, { code: 'locked' });
      const retry = Number(fifth.headers['retry-after']);
      assert.ok(retry > 14 * 60 && retry <= 15 * 60, `${user}: Retry-After ${fifth.headers['retry-after']}`);
      const sixth = await attempt(user, 6);
      assertError(assert, sixth, 429, { code: 'locked' });
      assert.equal(sixth.body.error.message.replace(/\d+/g, 'N'), fifth.body.error.message.replace(/\d+/g, 'N'));
    }
    // another unknown name is not locked by the first one's failures
    assertError(assert, await attempt('another-nobody', 1), 401, { code: 'invalid_credentials' });
  });
});

describe('NUL in JSON bodies', () => {
  test('\\u0000 in a field is a 400 that names the NUL character', async () => {
    for (const [path, body] of [
      ['/api/v1/admin/login', '{"user":"ma\\u0000rie","password":"x"}'],
      ['/api/v1/comments', '{"uri":"/a","author":"A","text":"mot\\u0000nul"}'],
      ['/api/v1/comments', '{"uri":"/a","author":"A","text":"x","a\\u0000b":1}'],
    ]) {
      const r = await srv.req('POST', path, { body, headers: { 'Content-Type': 'application/json' } });
      const e = assertError(assert, r, 400);
      assert.match(e.message, /NUL/);
      assert.doesNotMatch(e.message, /JSON_ALLOW_NUL/);
    }
  });
});

describe('the policy\'s large body limit', () => {
  test('is for an editor\'s session with its CSRF token only; anyone else gets 413 past body_limit', async () => {
    const big = Buffer.alloc(1024 * 1024, 0x20);
    const anon = await srv.req('PUT', '/api/v1/admin/policy', { body: big, headers: { 'Content-Type': 'application/json' } });
    assertError(assert, anon, 413);
    assertError(assert, await srv.req('PUT', '/api/v1/admin/policy', { json: {} }), 401, { code: 'unauthorized' });
    const ed = await login('marie');
    const noCsrf = await ed.c.req('PUT', '/api/v1/admin/policy', { body: big, headers: { 'Content-Type': 'application/json' } });
    assertError(assert, noCsrf, 413);
    const wrongCsrf = await ed.c.req('PUT', '/api/v1/admin/policy', { body: big, headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': 'x'.repeat(32) } });
    assertError(assert, wrongCsrf, 413);
    const g = await ed.c.get('/api/v1/admin/policy');
    const policy = JSON.parse(JSON.stringify(g.body));
    policy.categories.custom.lexicon = { fr: { terms: Array.from({ length: 12000 }, (_, i) => `zqhostile${i.toString(36)} interdit`) } };
    const text = JSON.stringify(policy);
    assert.ok(text.length > 256 * 1024, `${text.length} bytes`);
    const put = await ed.c.put('/api/v1/admin/policy', policy, ed.h);
    assert.equal(put.status, 200, put.text.slice(0, 300));
    const back = await ed.c.put('/api/v1/admin/policy', g.body, ed.h);
    assert.equal(back.status, 200, back.text.slice(0, 300));
  });
});

describe('routing', () => {
  test('a method on a path that names no resource is 404, a real resource still 405 with Allow', async () => {
    for (const [m, p] of [['POST', '/api/v1/nope'], ['POST', '/api/v1/admin/nope'], ['PUT', '/1.1/nope'],
      ['POST', '/1.1/comment-check/x'], ['DELETE', '/api/v1/admin/comments/1/approve/x'], ['POST', '/nope']]) {
      const r = await srv.req(m, p, { body: '{}', headers: { 'Content-Type': 'application/json' } });
      assertError(assert, r, 404);
      assert.equal(r.headers.allow, undefined, `${m} ${p}: no Allow on a 404`);
    }
    const r = await srv.req('GET', '/api/v1/admin/comments/1/approve');
    assertError(assert, r, 405);
    assert.match(r.headers.allow, /POST/);
    // on an Akismet path, the JSON 405 carries the Akismet headers (hostile19)
    const ak = await srv.req('GET', '/1.1/comment-check');
    assertError(assert, ak, 405);
    assert.match(ak.headers.allow, /POST/);
    assert.ok(ak.headers['x-akismet-error'], 'X-akismet-error');
  });
});

describe('editors and deleted comments', () => {
  test('a comment its author deleted stays deleted: 409 for every action; an editor\'s delete can be undone', async () => {
    const ed = await login('marie');
    const uri = uniq('/article/withdrawn');
    const p = await srv.postComment({ uri, text: 'Je regrette ce commentaire, je vais le retirer.' }, from());
    assert.equal(p.status, 201, p.text);
    const id = p.body.comment.id;
    const del = await srv.del(`/api/v1/comments/${id}`, { headers: { 'X-Edit-Token': p.body.edit_token } });
    assert.equal(del.status, 204, del.text);
    for (const action of ['approve', 'ham', 'spam', 'reject', 'delete']) {
      const r = await ed.c.post(`/api/v1/admin/comments/${id}/${action}`, {}, ed.h);
      assertError(assert, r, 409, { code: 'deleted' });
    }
    const l = await srv.list({ uri });
    assert.equal(l.body.count, 0, 'still off the page');
    const one = await ed.c.get(`/api/v1/admin/comments/${id}`);
    assert.equal(one.body.comment.status, 'deleted');
    assert.equal(one.body.comment.trained, null, 'nothing learned');
    assert.equal(one.body.decisions.length, 1, 'no editor decision recorded');
    const cmd = await cli(['moderate', 'approve', String(id)]);
    assert.equal(cmd.code, 1);
    assert.match(cmd.stderr, /deleted by its author/);

    const q = await srv.postComment({ uri, text: 'Un avis que l\'éditeur supprime par erreur.' }, from());
    const qid = q.body.comment.id;
    assert.equal((await ed.c.post(`/api/v1/admin/comments/${qid}/delete`, {}, ed.h)).body.status, 'deleted');
    const undo = await ed.c.post(`/api/v1/admin/comments/${qid}/approve`, {}, ed.h);
    assert.equal(undo.status, 200, undo.text);
    assert.equal(undo.body.status, 'published');
    assert.equal((await srv.list({ uri })).body.count, 1);
  });

  test('decisions at the same time on one comment: each change of class unlearns the previous one', async () => {
    const ed = await login('marie');
    const uri = uniq('/article/race');
    const ids = [];
    for (let i = 0; i < 12; i += 1) {
      const p = await srv.postComment({ uri, text: `Avis numéro ${i} sur la réforme des retraites.` }, from());
      assert.equal(p.body.status, 'published', p.text);
      ids.push(p.body.comment.id);
    }
    const actions = ['spam', 'ham', 'spam', 'ham', 'spam', 'ham', 'approve', 'delete'];
    const answers = await Promise.all(ids.flatMap((id) => actions.map((a) => ed.c.post(`/api/v1/admin/comments/${id}/${a}`, {}, ed.h))));
    for (const r of answers) assert.equal(r.status, 200, r.text);
    for (const id of ids) {
      const one = await ed.c.get(`/api/v1/admin/comments/${id}`);
      const rows = one.body.decisions.filter((d) => d.actor === 'admin:marie');
      assert.equal(rows.length, actions.length);
      let taught = null;
      for (const d of rows) {
        if (d.trained) {
          if (taught && d.trained !== taught) assert.equal(d.untrained, taught, `comment ${id}: ${JSON.stringify(rows)}`);
          if (!taught || d.trained === taught) assert.equal(d.untrained, undefined, `comment ${id}: ${JSON.stringify(rows)}`);
          taught = d.trained;
        }
        assert.equal(d.from, rows.indexOf(d) === 0 ? 'published' : rows[rows.indexOf(d) - 1].to, `comment ${id}: from is the previous decision's to`);
      }
      assert.equal(one.body.comment.trained, taught);
    }
  });
});

describe('edits of a rejected comment', () => {
  test('a clean edit after a rejection is 422 with that rejection\'s category and message', async () => {
    const uri = uniq('/article/reedit');
    const p = await srv.postComment({ uri, text: 'Un avis correct pour commencer.' }, from());
    assert.equal(p.body.status, 'published', p.text);
    const edit = (text) => srv.put(`/api/v1/comments/${p.body.comment.id}`, { text }, { headers: { 'X-Edit-Token': p.body.edit_token } });
    const bad = await edit('Quel connard, ce ministre.');
    assertError(assert, bad, 422, { code: 'policy' });
    assert.equal(bad.body.error.category, 'insult');
    const again = await edit('Pardon, je retire ce mot.');
    assertError(assert, again, 422, { code: 'policy' });
    assert.equal(again.body.error.category, 'insult');
    assert.equal(again.body.error.message, bad.body.error.message);
    assert.equal((await srv.list({ uri })).body.count, 0, 'still off the page');

    // rejected by an editor: no policy message, a generic one in the site's language (fr)
    const ed = await login('marie');
    const q = await srv.postComment({ uri, text: 'Un autre avis, correct.' }, from());
    assert.equal((await ed.c.post(`/api/v1/admin/comments/${q.body.comment.id}/reject`, {}, ed.h)).status, 200);
    const r = await srv.put(`/api/v1/comments/${q.body.comment.id}`, { text: 'Un autre avis, corrigé.' }, { headers: { 'X-Edit-Token': q.body.edit_token } });
    assertError(assert, r, 422, { code: 'policy' });
    assert.match(r.body.error.message, /charte du site/);
  });
});

describe('invisible comments', () => {
  test('a text or a name that shows no character is 422; one visible character is enough', async () => {
    const uri = uniq('/article/invisible');
    for (const [field, value] of [
      ['text', '\u200b\u200b\u200d'], ['text', '\u0301'.repeat(500)], ['text', '\u3164'.repeat(50)],
      ['text', ' \u2060\ufeff\u200e\u200f '], ['author', '\u200b'], ['author', '\u115f\u1160'],
    ]) {
      const r = await srv.postComment({ uri, [field]: value }, from());
      assertError(assert, r, 422, { field });
    }
    for (const text of ['👍', '\u200bok\u200b', 'é', 'שלום', 'مرحبا']) {
      const r = await srv.postComment({ uri, text }, from());
      assert.equal(r.status, 201, `${JSON.stringify(text)}: ${r.text}`);
    }
    const p = await srv.postComment({ uri, text: 'Un avis visible.' }, from());
    const e = await srv.put(`/api/v1/comments/${p.body.comment.id}`, { text: '\u200b\u200c' }, { headers: { 'X-Edit-Token': p.body.edit_token } });
    assertError(assert, e, 422, { field: 'text' });
  });

  test('a text that renders to nothing (raw HTML alone, a rule) is 422 on post and edit; words around a tag are kept', async () => {
    const uri = uniq('/article/blank-render');
    for (const text of ['<img src=x onerror=alert(1)>', '<b></b>', '<div><span></span></div>', '---', '&nbsp;']) {
      const r = await srv.postComment({ uri, text }, from());
      assertError(assert, r, 422, { field: 'text' });
    }
    for (const [text, shown] of [['a <img src=x> b', /a\s+b/], ['<div>Bonjour</div>', /Bonjour/]]) {
      const r = await srv.postComment({ uri, text }, from());
      assert.equal(r.status, 201, `${text}: ${r.text}`);
      assert.match(r.body.comment.html, shown);
    }
    const list = await srv.get(`/api/v1/comments?uri=${encodeURIComponent(uri)}`);
    assert.equal(list.body.count, 2, 'only the two comments with words were stored');
    const p = await srv.postComment({ uri, text: 'Un avis visible.' }, from());
    const e = await srv.put(`/api/v1/comments/${p.body.comment.id}`, { text: '<img src=x>' }, { headers: { 'X-Edit-Token': p.body.edit_token } });
    assertError(assert, e, 422, { field: 'text' });
    const after = await srv.get(`/api/v1/comments?uri=${encodeURIComponent(uri)}`);
    assert.ok(after.body.comments.some((c) => /Un avis visible/.test(c.html)), 'the refused edit changed nothing');
  });
});

describe('query parameters of the queue and the audit log', () => {
  test('digits only, within range: a sign, a space or 2^63 is 422', async () => {
    const ed = await login('marie');
    for (const [route, q, field] of [
      ['queue', 'limit=%2B5', 'limit'], ['queue', 'limit=%205', 'limit'], ['queue', 'before=9223372036854775808', 'before'],
      ['audit', 'before=99999999999999999999', 'before'], ['audit', 'cursor=-1', 'cursor'], ['audit', 'limit=1001', 'limit'],
    ]) {
      assertError(assert, await ed.c.get(`/api/v1/admin/${route}?${q}`), 422, { field });
    }
    const ok = await ed.c.get('/api/v1/admin/audit?limit=1&before=9223372036854775807');
    assert.equal(ok.status, 200, ok.text);
    // the same on the command line: an id past int64 or with a sign is a usage error
    for (const id of ['99999999999999999999', '+5', ' 5']) {
      const r = await cli(['moderate', 'approve', id]);
      assert.equal(r.code, 2, `moderate approve ${JSON.stringify(id)}: ${r.code} ${r.stderr}`);
    }
  });
});

describe('Akismet', () => {
  let key;
  before(async () => {
    const r = await cli(['akismet-key', 'add', 'hostile']);
    assert.equal(r.code, 0, r.stderr);
    key = r.stdout.trim();
  });

  test('user_role=administrator is never spam, even with a test trigger', async () => {
    const form = (fields) => srv.req('POST', '/1.1/comment-check', {
      body: new URLSearchParams({ api_key: key, blog: 'https://journal.example/', user_ip: '192.0.2.1', comment_author: 'viagra-test-123', comment_content: 'Hello', ...fields }).toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    let res = await form({});
    assert.equal(res.text, 'true');
    res = await form({ user_role: 'administrator', is_test: '1' });
    assert.equal(res.status, 200);
    assert.equal(res.text, 'false');
    assert.equal(res.headers['x-akismet-pro-tip'], undefined);
    res = await form({ user_role: 'administrator' });
    assert.equal(res.text, 'false');
    res = await form({ user_role: 'subscriber' });
    assert.equal(res.text, 'true');
  });

  test('a field sent twice counts by its last value, as PHP reads a form', async () => {
    const raw = (body) => srv.req('POST', '/1.1/comment-check', { body, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    const base = `api_key=${key}&blog=https://journal.example/&user_ip=192.0.2.1&comment_content=Hello`;
    let r = await raw(`${base}&comment_author=Alice&comment_author=viagra-test-123`);
    assert.equal(r.status, 200);
    assert.equal(r.text, 'true', 'the last comment_author is the test trigger');
    r = await raw(`${base}&comment_author=viagra-test-123&comment_author=Alice`);
    assert.equal(r.text, 'false', 'the last comment_author is an ordinary name');
  });

  test('a key is the same key in any case, in a field as in the host name', async () => {
    const r = await srv.req('POST', '/1.1/verify-key', {
      body: new URLSearchParams({ key: key.toUpperCase(), blog: 'https://journal.example/' }).toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(r.text, 'valid');
  });

  test('a form body is split on & only: an unencoded ; stays in the value (curl -d)', async () => {
    const raw = (body) => srv.req('POST', '/1.1/comment-check', { body, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    let r = await raw(`api_key=${key}&blog=https://journal.example/&user_ip=192.0.2.1&comment_content=Bonjour;comment_author=viagra-test-123`);
    assert.equal(r.status, 200);
    assert.equal(r.text, 'false', 'the ; is part of comment_content, not a field separator');
    r = await raw(`api_key=${key};x&blog=https://journal.example/&user_ip=192.0.2.1`);
    assert.equal(r.text, 'invalid', 'a key followed by ;x is not the key');
    r = await raw(`api_key=${key}&blog=https://journal.example/&user_ip=192.0.2.1&comment_content=Lovely post; buy cheap viagra online without prescription, best price http://pills.example http://rx.example http://cheap.example`);
    assert.equal(r.text, 'true', 'the spam after the ; is read');
  });

  test('multipart/form-data bodies are read (FormData, curl -F); a broken one is 400 the Akismet way', async () => {
    const post = (path, fields) => {
      const fd = new FormData();
      for (const [k, v] of Object.entries(fields)) fd.append(k, v);
      return fetch(`${srv.base}${path}`, { method: 'POST', body: fd }).then(async (res) => ({ status: res.status, text: await res.text(), headers: res.headers }));
    };
    let r = await post('/1.1/verify-key', { key, blog: 'https://journal.example/' });
    assert.equal(r.text, 'valid');
    r = await post('/1.1/comment-check', { api_key: key, blog: 'https://journal.example/', user_ip: '192.0.2.1', comment_author: 'viagra-test-123', comment_content: 'Hi; there' });
    assert.equal(r.text, 'true');
    r = await post('/1.1/comment-check', { api_key: key, blog: 'https://journal.example/', user_ip: '192.0.2.1', comment_author: 'Marie', comment_content: 'Merci pour cet article très clair sur le budget de la ville.' });
    assert.equal(r.text, 'false');
    r = await post('/1.1/comment-check', { api_key: key, blog: 'https://journal.example/' });
    assert.equal(r.text, 'Missing required field: user_ip.');
    const broken = await srv.req('POST', '/1.1/comment-check', {
      body: `--zz\r\nContent-Disposition: form-data; name="api_key"\r\n\r\n${key}`,
      headers: { 'Content-Type': 'multipart/form-data; boundary=zz' },
    });
    assert.equal(broken.status, 400);
    assert.ok(broken.headers['x-akismet-error']);
    const nonUtf8 = await srv.req('POST', '/1.1/comment-check', {
      body: Buffer.concat([Buffer.from(`--zz\r\nContent-Disposition: form-data; name="comment_content"\r\n\r\n`), Buffer.from([0xff, 0xfe]), Buffer.from('\r\n--zz--\r\n')]),
      headers: { 'Content-Type': 'multipart/form-data; boundary=zz' },
    });
    assert.equal(nonUtf8.status, 400);
  });
});
