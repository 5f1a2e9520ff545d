// Privacy: what `causerie privacy erase|export` reach, and what the
// privacy page says is kept (helper "privacy", three review findings):
//
//   - a webhook receiver that is down during an erase, then up, never
//     receives the erased author's name, website or address: the pending
//     call goes out built from the comment as it is then (the anonymous
//     name, no website), a deleted comment's call is cancelled, and no
//     outbox row, pending or delivered, holds a copy of a comment;
//   - an address is matched by Unicode case folding: "JOSÉ@…", "josé@…" and
//     "jose\u0301@…" are one person, "jose@…" another (run it on each
//     backend: CAUSERIE_TEST_BACKEND=postgresql);
//   - the privacy page describes a vote as the store keeps it (value and
//     time, the cookie id, the hash of the address the cookie was issued to,
//     the newest cookie allowed to change it), checked against the rows.
//
// The outbox and votes tables are read with sqlite3 (Debian's python3) or
// psql, to see what is stored, not only what is sent.
import { describe, test, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import http from 'node:http';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startServer, runBinary, uniq, sleep, freePort, BACKEND, onCleanup, cleanUp } from './helpers.mjs';

const execFileP = promisify(execFile);

afterEach(cleanUp);
after(cleanUp);

async function server(env = {}, name = 'privacy') {
  const s = await startServer({ name, env });
  onCleanup(() => s.stop());
  return s;
}

/** Rows of a query on the server's store, as arrays of strings (or null). */
async function sqlRows(srv, sql) {
  const url = srv.store.url;
  if (url.startsWith('sqlite:')) {
    const py = 'import json, sqlite3, sys\n'
      + 'c = sqlite3.connect(sys.argv[1], timeout=30)\n'
      + 'print(json.dumps([[None if v is None else str(v) for v in r] for r in c.execute(sys.argv[2])]))\n';
    const { stdout } = await execFileP('/usr/bin/python3', ['-c', py, url.slice('sqlite:'.length), sql], { timeout: 30000 });
    return JSON.parse(stdout);
  }
  const { stdout } = await execFileP('psql', [url, '-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-c',
    `SELECT COALESCE(json_agg(row_to_json(q)), '[]'::json) FROM (${sql}) AS q`], { timeout: 30000 });
  return JSON.parse(stdout.trim()).map((r) => Object.values(r).map((v) => (v === null ? null : String(v))));
}

/** The outbox as `causerie outbox all` prints it. */
async function outboxCli(srv) {
  const r = await runBinary(['outbox', 'all', '--limit', '1000'], { env: srv.env });
  assert.equal(r.code, 0, r.stderr);
  return r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

async function waitFor(what, fn, timeout = 20000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

describe('privacy erase and webhooks', () => {
  test('a receiver down during the erase, then up, never receives the erased data; a deleted comment is not sent; no outbox row keeps a comment', async () => {
    const secret = 'un-secret-de-webhook-assez-long';
    const hookPort = await freePort(); // nothing listens there yet: the receiver is down
    const srv = await server({
      CAUSERIE_NOTIFY_WEBHOOK_URL: `http://127.0.0.1:${hookPort}/hooks/causerie`,
      CAUSERIE_NOTIFY_WEBHOOK_SECRET: secret,
      CAUSERIE_NOTIFY_POLL_MS: '100',
      CAUSERIE_NOTIFY_RETRY_BASE: '1',
      CAUSERIE_NOTIFY_RETRY_MAX: '1',
      CAUSERIE_SITE_LANG: 'fr',
    }, 'privacy-webhook');
    const uri = uniq('/article/effacement');
    const local = uniq('josé');
    const email = `${local}@Exemple.org`.toUpperCase(); // "JOSÉ-…@EXEMPLE.ORG"
    const name = 'José Réel-Secret';
    const site = 'https://jose-reel.example/blog';
    const a = await srv.mustPost({ uri, author: name, email, website: site, text: 'Mon premier avis sur le sujet.' });
    const b = await srv.mustPost({ uri, author: 'Témoin', email: `${uniq('temoin')}@exemple.org`, website: 'https://temoin.example/', text: 'Un témoin de la discussion.' });
    const c = await srv.mustPost({ uri, parent: a.id, author: name, email: email.toLowerCase(), text: 'Je complète ma réponse.' });
    const d = await srv.mustPost({ uri, author: 'Regrette', email: `${uniq('regrette')}@exemple.org`, website: 'https://regrette.example/', text: 'Un avis que je retire.' });
    const del = await srv.del(`/api/v1/comments/${d.id}`, { headers: { 'X-Edit-Token': d.token } });
    assert.equal(del.status, 204, del.text);

    // The receiver is down: the calls are tried and wait for a retry.
    await waitFor('a failed attempt on the first call', async () => {
      const rows = await outboxCli(srv);
      const row = rows.find((r) => r.key === `webhook:comment.published:${a.id}`);
      return row && row.attempts >= 1 && /webhook/.test(row.last_error || '') && !row.sent;
    });
    const secretBits = [name, 'jose-reel.example', local, email.toLowerCase(), email];
    const noCopy = async (when) => {
      const rows = await sqlRows(srv, 'SELECT kind, dedup_key, payload FROM outbox');
      assert.ok(rows.some((r) => r[0] === 'webhook'), 'there are webhook rows');
      for (const [kind, key, payload] of rows) {
        for (const bit of secretBits) assert.ok(!payload.includes(bit), `${when}: outbox row ${kind} ${key} holds "${bit}": ${payload}`);
        if (kind === 'webhook') assert.ok(!payload.includes('Un témoin'), `${when}: a webhook row keeps no text (${payload})`);
      }
    };
    await noCopy('before the erase');

    // Erase, with the address in another case.
    const er = await runBinary(['privacy', 'erase', email.toLowerCase()], { env: srv.env });
    assert.equal(er.code, 0, er.stderr);
    const sum = JSON.parse(er.stdout);
    assert.equal(sum.comments_anonymised, 2);
    assert.equal(sum.author_now, 'Anonyme');
    await noCopy('after the erase');

    // The receiver comes up.
    const got = [];
    const hook = http.createServer((req, res) => {
      const chunks = [];
      req.on('data', (x) => chunks.push(x));
      req.on('end', () => {
        got.push({ headers: req.headers, raw: Buffer.concat(chunks) });
        res.writeHead(204);
        res.end();
      });
    });
    await new Promise((r, j) => { hook.once('error', j); hook.listen(hookPort, '127.0.0.1', r); });
    onCleanup(() => new Promise((r) => hook.close(r)));

    const byComment = () => new Map(got.map((g) => {
      const body = JSON.parse(g.raw.toString('utf8'));
      return [body.comment.id, { ...g, body }];
    }));
    await waitFor('the three calls', () => [a.id, b.id, c.id].every((id) => byComment().has(id)));
    await sleep(1500); // time for a call that should not come
    const calls = byComment();
    for (const g of got) {
      const text = g.raw.toString('utf8');
      for (const bit of secretBits) assert.ok(!text.includes(bit), `a delivered call holds "${bit}": ${text}`);
      const want = `sha256=${crypto.createHmac('sha256', secret).update(g.raw).digest('hex')}`;
      assert.equal(g.headers['x-causerie-signature'], want, 'signed over the bytes sent');
      assert.equal(g.headers['x-causerie-event'], 'comment.published');
    }
    for (const id of [a.id, c.id]) {
      const { comment } = calls.get(id).body;
      assert.equal(comment.author, 'Anonyme', 'the erased author goes as the anonymous name');
      assert.equal(comment.website, null, 'and without website');
    }
    assert.equal(calls.get(a.id).body.comment.text, 'Mon premier avis sur le sujet.', 'the text stays, as on the page');
    assert.equal(calls.get(a.id).body.uri, uri);
    assert.equal(calls.get(b.id).body.comment.author, 'Témoin', "another reader's comment is untouched");
    assert.equal(calls.get(b.id).body.comment.website, 'https://temoin.example/');
    assert.ok(!calls.has(d.id), 'a comment deleted before its call is not sent');
    assert.equal(got.filter((g) => JSON.parse(g.raw).comment.id === d.id).length, 0);

    const rows = await outboxCli(srv);
    const dRow = rows.find((r) => r.key === `webhook:comment.published:${d.id}`);
    assert.ok(dRow && dRow.failed && /^cancelled: the comment was deleted/.test(dRow.last_error), JSON.stringify(dRow));
    for (const id of [a.id, b.id, c.id]) {
      const r = rows.find((x) => x.key === `webhook:comment.published:${id}`);
      assert.ok(r && r.sent, `the call for ${id} is recorded as sent`);
    }
    await noCopy('after delivery');

    // Nothing of the address is left to export.
    const ex = await runBinary(['privacy', 'export', email], { env: srv.env });
    assert.equal(ex.code, 0, ex.stderr);
    const doc = JSON.parse(ex.stdout);
    assert.deepEqual([doc.comments.length, doc.subscriptions.length, doc.mails.length], [0, 0, 0]);
    const l = await srv.list({ uri, sort: 'oldest' });
    const shown = Object.fromEntries(l.body.comments.map((x) => [x.id, x]));
    assert.equal(shown[a.id].author, 'Anonyme');
    assert.equal(shown[a.id].website, null);
  });
});

describe('privacy: addresses match by Unicode case folding', () => {
  test(`JOSÉ@, josé@ and jose\\u0301@ are one person, jose@ another (${BACKEND})`, async () => {
    const srv = await server({ CAUSERIE_SITE_LANG: 'en' }, 'privacy-unicode');
    const uri = uniq('/article/unicode');
    const tag = uniq('x');
    const dom = `Exemple-${tag}.org`;
    const forms = [`JOSÉ@${dom}`.toUpperCase(), `josé@${dom}`.toLowerCase(), `Jose\u0301@${dom}`];
    const mine = [];
    for (const [i, e] of forms.entries()) {
      mine.push((await srv.mustPost({ uri, author: 'José', email: e, website: 'https://jose.example/', text: `Avis numéro ${i + 1} sur la question.` })).id);
    }
    const other = await srv.mustPost({ uri, author: 'Jose', email: `jose@${dom}`, website: 'https://autre.example/', text: 'Un autre lecteur, sans accent.' });
    const greek = await srv.mustPost({ uri, author: 'Σίσυφος', email: `ΣΊΣΥΦΟΣ@${dom}`, text: 'Encore une fois, le rocher.' });

    for (const asked of [`José@${dom.toUpperCase()}`, `JOSE\u0301@${dom.toLowerCase()}`]) {
      const ex = await runBinary(['privacy', 'export', asked], { env: srv.env });
      assert.equal(ex.code, 0, ex.stderr);
      const doc = JSON.parse(ex.stdout);
      assert.equal(doc.email, `josé@${dom.toLowerCase()}`, 'the address as compared: NFC, case folded');
      assert.deepEqual(doc.comments.map((x) => x.id), mine, `export ${asked}`);
      assert.deepEqual(doc.comments.map((x) => x.email), forms, 'each address as it was typed');
    }
    const exg = await runBinary(['privacy', 'export', `σίσυφος@${dom}`], { env: srv.env });
    assert.deepEqual(JSON.parse(exg.stdout).comments.map((x) => x.id), [greek.id], 'final sigma and capital sigma fold alike');

    const er = await runBinary(['privacy', 'erase', `josé@${dom}`], { env: srv.env });
    assert.equal(er.code, 0, er.stderr);
    assert.equal(JSON.parse(er.stdout).comments_anonymised, 3);
    const l = await srv.list({ uri, sort: 'oldest' });
    const shown = Object.fromEntries(l.body.comments.map((x) => [x.id, x]));
    for (const id of mine) {
      assert.equal(shown[id].author, 'Anonymous');
      assert.equal(shown[id].website, null);
    }
    assert.equal(shown[other.id].author, 'Jose', 'jose@ is another person');
    assert.equal(shown[other.id].website, 'https://autre.example/');
    const rows = await sqlRows(srv, `SELECT id, email FROM comments WHERE id IN (${[...mine, other.id].join(',')}) ORDER BY id`);
    assert.deepEqual(rows, [...mine.map((id) => [String(id), null]), [String(other.id), `jose@${dom}`]]);
    const ex2 = await runBinary(['privacy', 'export', forms[0]], { env: srv.env });
    assert.equal(JSON.parse(ex2.stdout).comments.length, 0);
  });
});

describe('the privacy page on votes', () => {
  test('it says what a vote row holds, and the rows hold just that', async () => {
    const en = await server({ CAUSERIE_SITE_LANG: 'en' }, 'privacy-page-en');
    const page = (await en.get('/privacy')).text;
    for (const words of [
      "the vote's value and the time it last changed",
      'the random id of the causerie_voter cookie it was cast with',
      'the keyed hash of the IP address that cookie was issued to',
      'the id of the newest cookie allowed to change it',
      'days after it last changed, then it is deleted (the totals stay)',
      'tied to the keyed hash of the IP address your causerie_voter cookie was issued to',
      'It holds a random id, the keyed hash of the IP address it was issued to (never the address itself)',
    ]) assert.ok(page.includes(words.replace(/'/g, '&#39;')), `the English page says "${words}"`);
    assert.ok(!page.includes('tied to that hash or to the causerie_voter cookie'), 'the old, vague wording is gone');

    const fr = await server({ CAUSERIE_SITE_LANG: 'fr' }, 'privacy-page-fr');
    const pfr = (await fr.get('/privacy')).text.replace(/&#39;/g, "'");
    for (const words of [
      'la valeur du vote et la date de son dernier changement',
      "l'identifiant aléatoire du cookie causerie_voter avec lequel il a été donné",
      "l'empreinte chiffrée (hachage à clé) de l'adresse IP à laquelle ce cookie a été délivré",
      "l'identifiant du cookie le plus récent autorisé à le modifier",
      "Il contient un identifiant aléatoire, l'empreinte chiffrée de l'adresse IP à laquelle il a été délivré",
    ]) assert.ok(pfr.includes(words), `la page dit « ${words} »`);
    assert.ok(!pfr.includes('rattachés à cette empreinte ou au cookie'), "l'ancienne formulation a disparu");

    // The rows: a vote with a fresh cookie, then one from the same address
    // without a cookie, which changes it and becomes its holder.
    const c = await en.mustPost({ uri: uniq('/article/votes'), text: 'Un avis à juger.' });
    const first = en.client();
    const v1 = await first.post(`/api/v1/comments/${c.id}/vote`, { value: 1 });
    assert.equal(v1.status, 200, v1.text);
    const [id1, origin1] = first.cookies.get('causerie_voter').split('.');
    let rows = await sqlRows(en, `SELECT voter, value, origin, holder FROM votes WHERE comment_id = ${c.id}`);
    assert.deepEqual(rows, [[id1, '1', origin1, null]]);
    const second = en.client();
    const v2 = await second.post(`/api/v1/comments/${c.id}/vote`, { value: -1 });
    assert.deepEqual(v2.body, { likes: 0, dislikes: 1 });
    const [id2, origin2] = second.cookies.get('causerie_voter').split('.');
    assert.equal(origin2, origin1, 'one address');
    rows = await sqlRows(en, `SELECT voter, value, origin, holder FROM votes WHERE comment_id = ${c.id}`);
    assert.deepEqual(rows, [[id1, '-1', origin1, id2]], 'value, cookie id, origin, newest cookie allowed: nothing else');
    const cols = await sqlRows(en, BACKEND === 'postgresql'
      ? "SELECT column_name FROM information_schema.columns WHERE table_name = 'votes' ORDER BY column_name"
      : 'SELECT name FROM pragma_table_info(\'votes\') ORDER BY name');
    assert.deepEqual(cols.map((r) => r[0]), ['comment_id', 'created', 'holder', 'origin', 'value', 'voter'],
      'the page describes every column of a vote (change both together)');
  });
});
