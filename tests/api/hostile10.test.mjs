// Hostile black-box tests of the editors' side (helper hostile-10's pass):
// the moderation queue and its decisions, reports, the policy, editors'
// sessions, the Akismet-compatible API driven by the npm clients and by
// raw requests, and the operator's command line.  Each test is a finding,
// kept so that it stays fixed:
//   - a form labelled ISO-8859-1 whose bytes are UTF-8 (what the npm
//     clients send with their charset option: akismet's charSet goes into
//     the Content-Type, akismet-api's charset into blog_charset, and both
//     encode their strings as UTF-8) is read as UTF-8: every accented
//     letter became two ("cafÃ©"), so what was checked or taught was not
//     the comment's words;
//   - a comment hidden by readers' reports a second time, after an editor
//     approved it, lists this time's reasons: the decision listed every
//     reason since the first report ("reported by 3 readers" with six
//     reasons), and past twenty only the ones the editor had dismissed;
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { execFile } from 'node:child_process';
import { startServer, runBinary, uniq, BACKEND, resolveToLoopback, editorSession } from './helpers.mjs';

const require = createRequire(import.meta.url);
const { AkismetClient } = require('akismet-api');
const akismetJs = require('akismet');

// every host under akismet.test is this machine (as in akismet.test.mjs)
const DOMAIN = 'akismet.test';
const restoreLookup = resolveToLoopback(DOMAIN);

const PASSWORD = 'correct horse battery staple';
const BLOG = 'https://journal.example/';
let srv;

function cli(args, input, env = {}) {
  return runBinary(args, { env: { CAUSERIE_STORE_URL: srv.store.url, USER: 'operator', ...env }, input, timeoutMs: 60000 });
}

/** A name for an editor or a key: letters and digits. */
const shortName = (prefix) => `${prefix}${uniq('').replace(/[^a-z0-9]/g, '').slice(-10)}`;

let ipCounter = 0;
const from = () => { ipCounter += 1; return { headers: { 'X-Forwarded-For': `198.18.${ipCounter >> 8}.${ipCounter & 255}` } }; };

async function newKey() {
  const r = await cli(['akismet-key', 'add', shortName('k')]);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout.trim();
}

/** Runs SQL on the server's database (python3's sqlite3, or psql): to
 * make the store fail where no request can. */
function sqlExec(sql) {
  const [cmd, args] = BACKEND === 'sqlite'
    ? ['/usr/bin/python3', ['-c', 'import sqlite3,sys\nc=sqlite3.connect(sys.argv[1],isolation_level=None,timeout=10)\nc.executescript(sys.argv[2])', srv.store.url.replace(/^sqlite:/, ''), sql]]
    : ['psql', [srv.store.url, '-v', 'ON_ERROR_STOP=1', '-q', '-X', '-c', sql]];
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: 30000 }, (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout)));
  });
}

const FAIL_LEARNING = BACKEND === 'sqlite'
  ? "CREATE TRIGGER h10_fail_i BEFORE INSERT ON spam_tokens BEGIN SELECT RAISE(ABORT, 'injected'); END;"
    + "CREATE TRIGGER h10_fail_u BEFORE UPDATE ON spam_tokens BEGIN SELECT RAISE(ABORT, 'injected'); END;"
  : "CREATE FUNCTION h10_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected'; END $$;"
    + 'CREATE TRIGGER h10_fail BEFORE INSERT OR UPDATE ON spam_tokens FOR EACH ROW EXECUTE FUNCTION h10_fail();';
const LEARN_AGAIN = BACKEND === 'sqlite'
  ? 'DROP TRIGGER h10_fail_i; DROP TRIGGER h10_fail_u;'
  : 'DROP TRIGGER h10_fail ON spam_tokens; DROP FUNCTION h10_fail();';

/** A form POST of an object's fields. */
function form(path, fields, headers = {}) {
  return srv.req('POST', path, {
    body: new URLSearchParams(fields).toString(),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
  });
}

before(async () => {
  srv = await startServer({ name: 'hostile10', env: { CAUSERIE_SERVER_TRUST_PROXY: 'true' } });
});
after(async () => {
  restoreLookup();
  if (srv) await srv.stop();
});

describe('Akismet: the npm clients with their charset option', () => {
  test('UTF-8 sent under an ISO-8859-1 label is read as UTF-8, not as Latin-1', async () => {
    const key = await newKey();
    const w = uniq('').replace(/[^a-z0-9]/g, '').slice(-8);
    // nonsense words with accented letters, taught as spam through both clients
    const text = `zorgl${w}\u00e9 quix${w}\u00e8rie fl${w}\u00e2mbe br\u00fbl${w}`;
    const base = { ip: '192.0.2.41', useragent: 'Mozilla/5.0', type: 'comment', name: 'Spammeur' };
    const api = new AkismetClient({ key, blog: BLOG, host: `${DOMAIN}:${srv.port}`, protocol: 'http', charset: 'ISO-8859-1' });
    const js = akismetJs.client({ blog: BLOG, apiKey: key, host: DOMAIN, port: srv.port, charSet: 'iso-8859-1' });
    const submitJs = () => new Promise((resolve, reject) => js.submitSpam({
      user_ip: '192.0.2.42', comment_type: 'comment', comment_author: 'Spammeur', comment_content: text,
    }, (err) => (err ? reject(err) : resolve())));
    for (let i = 0; i < 3; i += 1) {
      await api.submitSpam({ ...base, content: text });
      await submitJs();
    }
    // the words learned are the text's: a check in plain UTF-8 finds them
    const check = await form('/1.1/comment-check', { api_key: key, blog: BLOG, user_ip: '192.0.2.43', comment_content: text });
    assert.equal(check.status, 200, check.text);
    assert.equal(check.text, 'true', 'the accented words taught through the clients are the words of the text');
    // and the clients' own checks of it say so too
    assert.equal(await api.checkSpam({ ...base, content: text }), true);
    const viaJs = await new Promise((resolve, reject) => js.checkComment({
      user_ip: '192.0.2.44', comment_type: 'comment', comment_author: 'Marie', comment_content: text,
    }, (err, spam) => (err ? reject(err) : resolve(spam))));
    assert.equal(viaJs, true);
    // what was never taught: the same words read as Latin-1 ("Ã©")
    const mojibake = Buffer.from(text, 'utf8').toString('latin1');
    const other = await form('/1.1/comment-check', { api_key: key, blog: BLOG, user_ip: '192.0.2.45', comment_content: mojibake });
    assert.equal(other.text, 'false', `the mojibake "${mojibake}" was never taught`);
    // a real Latin-1 byte under the label is still Latin-1
    const raw = Buffer.concat([Buffer.from(`api_key=${key}&blog=b&user_ip=192.0.2.46&blog_charset=ISO-8859-1&comment_content=`), Buffer.from(text, 'latin1')]);
    const latin = await srv.req('POST', '/1.1/comment-check', { body: raw, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    assert.equal(latin.status, 200, latin.text);
    assert.equal(latin.text, 'true');
  });
});

describe('reports: the reasons of the hold are those counted for it', () => {
  test('hidden again after an approval, the decision lists the new reasons only', async () => {
    const { c, h } = await editorSession(srv, from());
    const uri = `/${uniq('rep')}`;
    const p = await srv.post('/api/v1/comments', { uri, author: 'Pierre', text: 'Un avis mesuré sur le budget de la ville.' }, from());
    assert.equal(p.status, 201, p.text);
    assert.equal(p.body.status, 'published');
    const id = p.body.comment.id;
    const report = async (reason) => {
      const r = await srv.post(`/api/v1/comments/${id}/report`, { reason }, from());
      assert.equal(r.status, 202, r.text);
    };
    const hold = async () => {
      const q = await c.get('/api/v1/admin/queue?status=reported&limit=100');
      assert.equal(q.status, 200, q.text);
      const it = q.body.comments.find((x) => x.id === id);
      assert.ok(it, 'in the reported queue');
      assert.equal(it.status, 'pending');
      assert.equal(it.decision.actor, 'reports');
      return it.decision;
    };
    for (let round = 1; round <= 8; round += 1) {
      const reasons = [1, 2, 3].map((i) => `raison ${round}.${i}`);
      for (const r of reasons) await report(r);
      const d = await hold();
      assert.equal(d.reports, 3);
      assert.deepEqual([...d.report_reasons].sort(), reasons, `round ${round}: ${JSON.stringify(d.report_reasons)}`);
      const a = await c.post(`/api/v1/admin/comments/${id}/approve`, undefined, h);
      assert.equal(a.status, 200, a.text);
    }
    // every reason is still there for the editor, oldest first
    const all = await c.get(`/api/v1/admin/comments/${id}`);
    assert.equal(all.body.reports.length, 24);
  });
});

describe('Akismet: a submission the filter could not learn', () => {
  test('is 503 with X-akismet-error and Retry-After; sent again once it can, it is learned', async () => {
    const key = await newKey();
    const w = uniq('').replace(/[^a-z0-9]/g, '').slice(-8);
    const spam = { api_key: key, blog: BLOG, user_ip: '192.0.2.51', comment_author: 'Vendeur', comment_content: `qzx${w} vrombor${w} plixat${w}` };
    const check = async () => (await form('/1.1/comment-check', { ...spam, user_ip: '192.0.2.52' })).text;
    assert.equal(await check(), 'false', 'words never seen');
    await sqlExec(FAIL_LEARNING);
    try {
      const r = await form('/1.1/submit-spam', spam);
      assert.equal(r.status, 503, r.text);
      assert.match(r.headers['x-akismet-error'] || '', /could not learn/);
      assert.ok(r.headers['retry-after'], 'Retry-After');
      assert.match(r.headers['content-type'], /^text\/plain/);
      assert.match(r.text, /send it again/);
    } finally {
      await sqlExec(LEARN_AGAIN);
    }
    for (let i = 0; i < 4; i += 1) {
      const r = await form('/1.1/submit-spam', spam);
      assert.equal(r.status, 200, r.text);
    }
    const deadline = Date.now() + 5000;
    let v = await check();
    while (v !== 'true' && Date.now() < deadline) { await new Promise((res) => setTimeout(res, 200)); v = await check(); }
    assert.equal(v, 'true', 'learned once it could');
  });
});

describe('Akismet: the policy saved on another node', () => {
  test('applies to comment-check within a second, with no comment posted there', async () => {
    const key = await newKey();
    const b = await startServer({ name: 'hostile10-b', storeUrl: srv.store.url, env: { CAUSERIE_SERVER_TRUST_PROXY: 'true' } });
    try {
      const { c, h } = await editorSession(srv, from());
      const g = await c.get('/api/v1/admin/policy');
      assert.equal(g.status, 200);
      const word = `zorglub${uniq('').replace(/[^a-z0-9]/g, '').slice(-6)}`;
      const text = `Il a encore parlé de ${word} hier soir.`;
      const check = async () => {
        const r = await b.req('POST', '/1.1/comment-check', {
          body: new URLSearchParams({ api_key: key, blog: BLOG, user_ip: '192.0.2.61', comment_content: text }).toString(),
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        });
        assert.equal(r.status, 200, r.text);
        const last = (await c.get('/api/v1/admin/audit?limit=1')).body.entries[0];
        assert.match(last.actor, /^akismet:/);
        return last;
      };
      assert.equal((await check()).category, null, 'no category lists the word yet');
      const pol = JSON.parse(g.text);
      pol.categories.custom.lexicon.fr = { terms: [word] };
      const put = await c.put('/api/v1/admin/policy', pol, h);
      assert.equal(put.status, 200, put.text.slice(0, 300));
      try {
        await new Promise((res) => setTimeout(res, 1500));
        const last = await check();
        assert.equal(last.category, 'custom', JSON.stringify(last));
        assert.deepEqual(last.matched, [word]);
      } finally {
        assert.equal((await c.put('/api/v1/admin/policy', JSON.parse(g.text), h)).status, 200);
      }
    } finally {
      await b.stop();
    }
  });
});
