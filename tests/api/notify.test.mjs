// Subscriptions and notifications (API.md "Subscriptions", issue 5), against
// a real SMTP server on loopback (tests/api/smtp_sink.py, aiosmtpd): double
// opt-in, notifications of new comments and replies, never to the commenter,
// never to an unconfirmed address, unsubscribe by link and RFC 8058
// one-click, the manage page, the privacy page and commands, header and HTML
// injection, retries while the mail server is down, no loss and no
// duplicate after kill -9, two nodes on one database, the signed webhook.
//
// Every mail is also parsed by Python's email package in the sink (defects,
// decoded headers, text and HTML parts): an independent check of the
// composer.
import { describe, test, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startServer, runBinary, uniq, sleep, assertError, request, BACKEND, ROOT, onCleanup, cleanUp } from './helpers.mjs';
import { SmtpSink, smtpEnv, linkIn, pathOf } from './smtp.mjs';

afterEach(cleanUp);
after(cleanUp);

async function sink(opts) {
  const s = await new SmtpSink(opts).start();
  onCleanup(() => s.dispose());
  return s;
}

async function server(mail, { env = {}, name = 'notify', storeUrl } = {}) {
  const s = await startServer({ name, storeUrl, env: { ...smtpEnv(mail), ...env } });
  onCleanup(() => s.stop());
  return s;
}

let mailNo = 0;
const addr = (who) => `${who}-${process.pid}-${(mailNo += 1)}@lecteurs.example`;

/** Subscribes and confirms through the mailed link; returns the confirm mail. */
async function subscribeConfirmed(srv, mail, { uri, email, kind = 'all', comment, title } = {}) {
  const before = mail.to(email).length;
  const r = await srv.post('/api/v1/subscriptions', { uri, email, kind, comment, title });
  assert.equal(r.status, 202, r.text);
  const ms = await mail.waitTo(email, before + 1, { what: `the confirmation to ${email}` });
  const m = ms[ms.length - 1];
  const c = await srv.get(pathOf(linkIn(m, '/subscriptions/confirm')));
  assert.equal(c.status, 200, c.text);
  return m;
}

/** The comment ids the notifications to `email` were about. */
function notifiedIds(mail, email) {
  return mail.to(email).map((m) => {
    const hit = /#causerie-comment-(\d+)/.exec(m.text || '');
    return hit ? Number(hit[1]) : null;
  }).filter((x) => x !== null);
}

function assertWellFormed(m) {
  assert.deepEqual(m.defects, [], `Python's parser found no defect in "${m.subject}"`);
  assert.ok(m.max_line <= 998, `no line over 998 octets (${m.max_line})`);
  assert.equal(m.bare_lf, false, 'CRLF line endings only');
  assert.equal(m.ascii_only, true, 'the message is 7-bit (encoded-words, quoted-printable)');
  for (const h of ['Date', 'Message-ID', 'From', 'To', 'Subject', 'MIME-Version', 'Auto-Submitted']) {
    assert.ok(m.header(h), `header ${h} present in "${m.subject}"`);
  }
  assert.equal(m.header('Auto-Submitted'), 'auto-generated');
  assert.match(m.header('Message-ID'), /^<[^<>\s@]+@[^<>\s@]+>$/);
  assert.ok(!Number.isNaN(Date.parse(m.header('Date'))), 'Date parses');
  assert.deepEqual(m.parts.map((p) => p.type), ['multipart/alternative', 'text/plain', 'text/html']);
  for (const p of m.parts.slice(1)) assert.equal(p.charset, 'utf-8');
  for (const l of m.header_lines) assert.ok(!/[\r\n]/.test(l), 'header lines are single lines');
}

// ---------------------------------------------------------------------------

describe('subscriptions: double opt-in', () => {
  test('202 whatever the address; one confirmation mail; its signed link confirms (HTML page)', async () => {
    const mail = await sink();
    const srv = await server(mail);
    const uri = uniq('/article/abonnement');
    const email = addr('lectrice');
    const r = await srv.post('/api/v1/subscriptions', { uri, email, kind: 'all', title: 'Le tramway revient' });
    assert.equal(r.status, 202, r.text);
    assert.equal(r.body.status, 'accepted');
    const [m] = await mail.waitTo(email, 1);
    assertWellFormed(m);
    assert.deepEqual(m.rcpt_tos, [email]);
    assert.equal(m.mail_from, 'commentaires@quotidien.example');
    assert.equal(m.header('From'), 'Le Quotidien <commentaires@quotidien.example>');
    assert.match(m.subject, /Le tramway revient/);
    assert.equal(m.header('List-Unsubscribe'), undefined, 'not a list mail: nothing to unsubscribe from yet');
    const link = linkIn(m, '/subscriptions/confirm');
    assert.ok(link.startsWith(srv.base), 'links are built on the public URL');
    assert.ok(m.html.includes(link.replace(/&/g, '&amp;')), 'the HTML part has the same link');
    const page = await srv.get(pathOf(link));
    assert.equal(page.status, 200, page.text);
    assert.match(String(page.headers['content-type']), /^text\/html/);
    assert.match(String(page.headers['content-security-policy']), /default-src 'none'/);
    assert.equal(page.headers['referrer-policy'], 'no-referrer');
    assert.match(page.text, /Le tramway revient/);
    const again = await srv.get(pathOf(link));
    assert.equal(again.status, 200, 'confirming twice is harmless');
    // Tampered and foreign tokens.
    const u = new URL(link);
    const t = u.searchParams.get('token');
    const flipped = t.slice(0, 20) + (t[20] === 'A' ? 'B' : 'A') + t.slice(21);
    assert.equal((await srv.get(`/subscriptions/confirm?token=${flipped}`)).status, 400);
    assert.equal((await srv.get('/subscriptions/confirm?token=')).status, 400);
    assert.equal((await srv.get('/subscriptions/confirm')).status, 400);
    assert.equal((await srv.get(`/subscriptions/unsubscribe?token=${t}`)).status, 400, 'a confirm token does not unsubscribe');
    // A second request for a confirmed subscription sends nothing (and says nothing).
    const r2 = await srv.post('/api/v1/subscriptions', { uri, email, kind: 'all' });
    assert.equal(r2.status, 202);
    await sleep(800);
    assert.equal(mail.to(email).length, 1);
  });

  test('bad requests: 422 naming the field, 415, 400', async () => {
    const mail = await sink();
    const srv = await server(mail);
    const uri = uniq('/article/bad');
    const p = (body) => srv.post('/api/v1/subscriptions', body);
    assertError(assert, await p({ email: 'a@b.example', kind: 'all' }), 422, { field: 'uri' });
    assertError(assert, await p({ uri, kind: 'all' }), 422, { field: 'email' });
    assertError(assert, await p({ uri, email: 'pas une adresse', kind: 'all' }), 422, { field: 'email' });
    assertError(assert, await p({ uri, email: 'a@b.example' }), 422, { field: 'kind' });
    assertError(assert, await p({ uri, email: 'a@b.example', kind: 'everything' }), 422, { field: 'kind' });
    assertError(assert, await p({ uri, email: 'a@b.example', kind: 'all', comment: 1 }), 422, { field: 'comment' });
    assertError(assert, await p({ uri, email: 'a@b.example', kind: 'replies', comment: -3 }), 422, { field: 'comment' });
    assertError(assert, await p({ uri, email: 'a@b.example', kind: 'replies', comment: 999999 }), 422, { field: 'comment' });
    assertError(assert, await p({ uri: 'x\r\ny', email: 'a@b.example', kind: 'all' }), 422, { field: 'uri' });
    assertError(assert, await p({ uri, email: 'a@b.example', kind: 'all', title: 'T\r\nBcc: x@y.example' }), 422, { field: 'title' });
    const r = await srv.req('POST', '/api/v1/subscriptions', { body: 'uri=x', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    assertError(assert, r, 415);
    const r2 = await srv.req('POST', '/api/v1/subscriptions', { body: '{nope', headers: { 'Content-Type': 'application/json' } });
    assertError(assert, r2, 400);
    await sleep(300);
    assert.equal(mail.messages().length, 0, 'no mail for a refused request');
  });

  test('nothing but the confirmation ever goes to an unconfirmed address', async () => {
    const mail = await sink();
    const srv = await server(mail);
    const uri = uniq('/article/optin');
    const control = addr('a-temoin');
    const pending = addr('z-sans-confirmation');
    await subscribeConfirmed(srv, mail, { uri, email: control });
    assert.equal((await srv.post('/api/v1/subscriptions', { uri, email: pending, kind: 'all' })).status, 202);
    assert.equal((await srv.post('/api/v1/subscriptions', { uri, email: pending, kind: 'replies' })).status, 202);
    await mail.waitTo(pending, 2);
    const first = await srv.mustPost({ uri, text: 'Premier commentaire après les abonnements.' });
    const reply = await srv.mustPost({ uri, parent: first.id, text: 'Une réponse.' });
    await mail.waitFor(() => notifiedIds(mail, control).includes(reply.id), { what: 'the control notification' });
    await sleep(700);
    assert.equal(mail.to(pending).length, 2, 'only the two confirmation mails');
    assert.ok(mail.to(pending).every((m) => /confirm/i.test(m.text)), 'both are confirmations');
    // Once confirmed, it is told of the next comment.
    await srv.get(pathOf(linkIn(mail.to(pending)[0], '/subscriptions/confirm')));
    const next = await srv.mustPost({ uri, text: 'Après la confirmation.' });
    await mail.waitFor(() => notifiedIds(mail, pending).includes(next.id), { what: 'the first notification' });
  });

  test('confirmation mails to one address are limited per hour (no mail-bombing)', async () => {
    const mail = await sink();
    const srv = await server(mail, { env: { CAUSERIE_NOTIFY_CONFIRM_PER_HOUR: '3' } });
    const victim = addr('victime');
    for (let i = 0; i < 8; i += 1) {
      const r = await srv.post('/api/v1/subscriptions', { uri: uniq('/article/bombe'), email: victim, kind: 'all' });
      assert.equal(r.status, 202, 'every request is answered the same');
    }
    // Posting with subscribe counts against the same limit.
    await srv.mustPost({ uri: uniq('/article/bombe'), email: victim, subscribe: 'all' });
    await mail.waitTo(victim, 3);
    await sleep(1200);
    assert.equal(mail.to(victim).length, 3, 'at most 3 confirmation mails an hour');
    // Other addresses are not affected.
    const other = addr('autre');
    await srv.post('/api/v1/subscriptions', { uri: uniq('/article/bombe'), email: other, kind: 'all' });
    await mail.waitTo(other, 1);
  });

  test('"subscribe" at post time sends the confirmation, in the comment\'s transaction', async () => {
    const mail = await sink();
    const srv = await server(mail);
    const uri = uniq('/article/postabo');
    const email = addr('commentatrice');
    const c = await srv.mustPost({ uri, author: 'Pierre', email, text: 'Je suis ce fil.', subscribe: 'replies' });
    const [m] = await mail.waitTo(email, 1);
    assertWellFormed(m);
    assert.match(m.text, /réponses/, 'the confirmation says what is subscribed to');
    await srv.get(pathOf(linkIn(m, '/subscriptions/confirm')));
    const r = await srv.mustPost({ uri, parent: c.id, author: 'Elie', text: 'Je vous réponds.' });
    await mail.waitFor(() => notifiedIds(mail, email).includes(r.id), { what: 'the reply notification' });
    // subscribe without email is refused, and nothing is stored.
    const bad = await srv.postComment({ uri, subscribe: 'all' });
    assertError(assert, bad, 422, { field: 'email' });
  });
});


/** A policy file whose custom category holds every comment with the word
 * "motretenu" (removed after the test file). */
function holdingPolicy() {
  const policyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'causerie-policy-')), 'policy.json');
  const policy = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/moderation/policy.json'), 'utf8'));
  policy.categories.custom.action = 'hold';
  policy.categories.custom.lexicon = { fr: { terms: ['motretenu'] }, en: { terms: ['motretenu'] } };
  fs.writeFileSync(policyFile, JSON.stringify(policy));
  onCleanup(() => fs.promises.rm(path.dirname(policyFile), { recursive: true, force: true }));
  return policyFile;
}

describe('notifications', () => {
  test('a published comment: one mail per confirmed subscriber, with the comment, its link and the list headers', async () => {
    const mail = await sink();
    const srv = await server(mail);
    const uri = uniq('/article/notif');
    const a = addr('alice');
    const b = addr('bruno');
    await srv.mustPost({ uri, title: 'Drones : la préfecture autorise les vols', text: 'Premier.' });
    await subscribeConfirmed(srv, mail, { uri, email: a });
    await subscribeConfirmed(srv, mail, { uri, email: b });
    const c = await srv.mustPost({ uri, author: 'Élie Zeitouni', email: addr('auteur'), text: 'La préfecture a **raison**, à mon avis.\n\nDeuxième paragraphe.' });
    await mail.waitFor(() => notifiedIds(mail, a).includes(c.id) && notifiedIds(mail, b).includes(c.id));
    await sleep(600);
    const ids = [];
    for (const who of [a, b]) {
      const ms = mail.to(who).filter((m) => notifiedIds(mail, who).length && /#causerie-comment-/.test(m.text));
      assert.equal(ms.length, 1, `exactly one notification to ${who}`);
      const m = ms[0];
      assertWellFormed(m);
      assert.deepEqual(m.rcpt_tos, [who]);
      assert.match(m.subject, /Drones : la préfecture autorise les vols/);
      assert.ok(m.text.includes('La préfecture a **raison**, à mon avis.'), 'the comment is in the text part');
      assert.ok(m.text.includes('Élie Zeitouni'), 'its author too');
      assert.ok(m.text.includes(`${srv.base}${uri}#causerie-comment-${c.id}`), 'a link to the comment on the page');
      assert.ok(m.html.includes('La préfecture a **raison**, à mon avis.'));
      assert.ok(m.html.includes(`#causerie-comment-${c.id}`));
      const lu = m.header('List-Unsubscribe');
      assert.match(lu, /^<http:\/\/127\.0\.0\.1:\d+\/subscriptions\/unsubscribe\?token=[A-Za-z0-9_-]+>$/);
      assert.equal(m.header('List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');
      assert.match(m.header('List-Id'), /<[a-z0-9.-]+>$/);
      assert.ok(m.text.includes(lu.slice(1, -1)), 'the unsubscribe link is in the body too');
      ids.push(m.header('Message-ID'));
    }
    assert.notEqual(ids[0], ids[1], 'each mail has its own Message-ID');
  });

  test('never the commenter themself, whatever the case of the address', async () => {
    const mail = await sink();
    const srv = await server(mail);
    const uri = uniq('/article/soi');
    const a = addr('anne');
    const b = addr('basile');
    await subscribeConfirmed(srv, mail, { uri, email: a });
    await subscribeConfirmed(srv, mail, { uri, email: b });
    const c = await srv.mustPost({ uri, author: 'Anne', email: a.toUpperCase(), text: 'Mon propre commentaire.' });
    await mail.waitFor(() => notifiedIds(mail, b).includes(c.id));
    await sleep(700);
    assert.deepEqual(notifiedIds(mail, a), [], 'Anne is not told of her own comment');
  });

  test('replies: the subscribed author of the parent hears of replies to it, and only once', async () => {
    const mail = await sink();
    const srv = await server(mail);
    const uri = uniq('/article/reponses');
    const p = addr('paul');
    const q = addr('quentin');
    const watcher = addr('veilleur');
    const mine = await srv.mustPost({ uri, author: 'Paul', email: p, text: 'Mon avis.', subscribe: 'replies' });
    await srv.get(pathOf(linkIn((await mail.waitTo(p, 1))[0], '/subscriptions/confirm')));
    const other = await srv.mustPost({ uri, author: 'Quentin', email: q, text: "L'avis de Quentin." });
    // Quentin follows both the page and replies to his comment: still one mail per comment.
    await subscribeConfirmed(srv, mail, { uri, email: q, kind: 'all' });
    await subscribeConfirmed(srv, mail, { uri, email: q, kind: 'replies' });
    // A third reader follows replies to Quentin's comment only.
    await subscribeConfirmed(srv, mail, { uri, email: watcher, kind: 'replies', comment: other.id });

    const top = await srv.mustPost({ uri, author: 'X', text: 'Un nouveau fil.' });
    const toPaul = await srv.mustPost({ uri, parent: mine.id, author: 'Y', text: 'Réponse à Paul.' });
    const toQuentin = await srv.mustPost({ uri, parent: other.id, author: 'Z', text: 'Réponse à Quentin.' });
    await mail.waitFor(() => notifiedIds(mail, p).includes(toPaul.id) && notifiedIds(mail, watcher).includes(toQuentin.id)
      && notifiedIds(mail, q).includes(toQuentin.id));
    await sleep(800);
    assert.deepEqual(notifiedIds(mail, p), [toPaul.id], 'Paul hears of the reply to his comment only');
    assert.deepEqual(notifiedIds(mail, watcher), [toQuentin.id], 'replies to the chosen comment only');
    assert.deepEqual(notifiedIds(mail, q).sort((x, y) => x - y), [top.id, toPaul.id, toQuentin.id], 'one mail per comment');
    const replyMail = mail.to(p).find((m) => notifiedIds(mail, p).length && m.text.includes('Réponse à Paul.'));
    assert.match(replyMail.subject, /réponse/i);
  });

  test('no header, recipient or HTML can be injected through a title, a name or a text', async () => {
    const mail = await sink();
    // Moderation would (rightly) hold this text: the composer is what is tested here.
    const srv = await server(mail, { env: { CAUSERIE_MODERATION_ENABLED: 'false' } });
    const uri = uniq('/article/injection');
    const a = addr('cible');
    const evil = 'pirate@mechant.example';
    // A title with CR/LF is refused at the door; one that only looks like
    // headers goes through, and the composer must keep it in the Subject.
    const refused = await srv.post('/api/v1/comments', { uri, author: 'A', title: `Titre\r\nBcc: ${evil}`, text: 'x' });
    assert.equal(refused.status, 422);
    assert.equal(refused.body.error.field, 'title');
    await srv.mustPost({ uri, title: `Titre Bcc: ${evil} X-Injected: oui`, text: 'Premier.' });
    await subscribeConfirmed(srv, mail, { uri, email: a });
    const text = `</blockquote><script>alert(1)</script><img src=x onerror=alert(2)>\r\n.\r\nBcc: ${evil}\r\n\r\n--=_causerie_x\r\nContent-Type: text/html\r\n\r\n<b>faux</b>`;
    const c = await srv.mustPost({ uri, author: 'Ève =?UTF-8?B?QmNjOiB4?= "guillemets" <a@b>', email: addr('eve'), text });
    const [m] = (await mail.waitFor(() => notifiedIds(mail, a).includes(c.id))).filter((x) => /#causerie-comment-/.test(x.text || '') && x.rcpt_tos.includes(a));
    assertWellFormed(m);
    assert.deepEqual(m.rcpt_tos, [a], 'the envelope has the subscriber only');
    assert.equal(mail.to(evil).length, 0);
    const names = m.headers.map(([k]) => k.toLowerCase());
    assert.ok(!names.includes('bcc') && !names.includes('x-injected'), `no injected header: ${names}`);
    assert.equal(m.headerAll('Subject').length, 1);
    assert.ok(!/[\r\n]/.test(m.subject), 'the subject is one line');
    assert.match(m.subject, /Titre Bcc: pirate@mechant\.example X-Injected: oui/, 'the title is there, flattened');
    assert.ok(!m.html.includes('<script>') && !m.html.includes('<img'), 'no markup of the reader in the HTML part');
    assert.ok(m.html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'shown as text instead');
    assert.ok(m.text.includes('<script>alert(1)</script>'), 'the text part has the text as written');
    assert.ok(m.text.includes('Ève =?UTF-8?B?QmNjOiB4?= "guillemets" <a@b>'), 'a fake encoded-word in a name stays literal');
    assert.equal(m.parts.length, 3, 'no extra MIME part');
  });

  test('held comments notify no subscriber; the editors are told; approval notifies', async (t) => {
    const mail = await sink();
    const policyFile = holdingPolicy();
    const editor = addr('redaction');
    const srv = await server(mail, { env: { CAUSERIE_MODERATION_POLICY_FILE: policyFile, CAUSERIE_NOTIFY_EDITOR_EMAIL: editor, CAUSERIE_NOTIFY_EDITOR_MODE: 'each' } });
    const uri = uniq('/article/retenu');
    const a = addr('abonnee');
    await subscribeConfirmed(srv, mail, { uri, email: a });
    const held = await srv.postComment({ uri, author: 'Douteux', text: 'Un texte avec motretenu dedans.' });
    assert.equal(held.status, 201, held.text);
    if (held.body.status !== 'pending') {
      t.skip(`moderation did not hold the comment (status ${held.body.status}): the policy file is not applied`);
      return;
    }
    const heldId = held.body.comment.id;
    const [em] = await mail.waitTo(editor, 1, { what: "the editors' mail" });
    assertWellFormed(em);
    assert.ok(em.text.includes('Un texte avec motretenu dedans.'));
    assert.ok(em.text.includes(`${srv.base}/admin`), 'a link to the moderation queue');
    const ok = await srv.mustPost({ uri, text: 'Un commentaire publié.' });
    await mail.waitFor(() => notifiedIds(mail, a).includes(ok.id));
    await sleep(500);
    assert.ok(!notifiedIds(mail, a).includes(heldId) && !mail.to(a).some((m) => m.text.includes('motretenu')), 'the held comment was not sent to subscribers');
    // An editor approves it (command line): now the subscriber hears of it.
    const r = await runBinary(['moderate', 'approve', String(heldId)], { env: srv.env, timeoutMs: 15000 });
    if (r.code !== 0) {
      t.diagnostic(`causerie moderate approve is not available (${r.code}): ${r.stderr.slice(0, 300)}`);
      return;
    }
    await mail.waitFor(() => mail.to(a).some((m) => m.text.includes('motretenu')), { what: 'the notification after approval' });
  });
});

describe('an edit that sends a published comment to the queue', () => {
  test('the editors are told, as of a comment held when posted', async () => {
    const mail = await sink();
    const policyFile = holdingPolicy();
    const editor = addr('redaction-edit');
    const srv = await server(mail, { env: { CAUSERIE_MODERATION_POLICY_FILE: policyFile, CAUSERIE_NOTIFY_EDITOR_EMAIL: editor, CAUSERIE_NOTIFY_EDITOR_MODE: 'each' } });
    const uri = uniq('/article/edit-retenu');
    const c = await srv.postComment({ uri, author: 'Changeant', text: 'Un texte sage.' });
    assert.equal(c.status, 201, c.text);
    assert.equal(c.body.status, 'published');
    const e = await srv.put(`/api/v1/comments/${c.body.comment.id}`, { text: 'Un texte avec motretenu dedans.' },
      { headers: { 'X-Edit-Token': c.body.edit_token } });
    assert.equal(e.status, 200, e.text);
    assert.equal(e.body.status, 'pending');
    const [em] = await mail.waitTo(editor, 1, { what: "the editors' mail for the edited comment" });
    assertWellFormed(em);
    assert.ok(em.text.includes('motretenu'), em.text);
  });
});

describe('unsubscribing', () => {
  test('the link: GET shows a button and changes nothing, POST ends the subscription', async () => {
    const mail = await sink();
    const srv = await server(mail);
    const uri = uniq('/article/desabo');
    const a = addr('partante');
    await subscribeConfirmed(srv, mail, { uri, email: a });
    const c1 = await srv.mustPost({ uri, text: 'Un.' });
    await mail.waitFor(() => notifiedIds(mail, a).includes(c1.id));
    const m = mail.to(a).find((x) => notifiedIds(mail, a).length && x.header('List-Unsubscribe'));
    const link = m.header('List-Unsubscribe').slice(1, -1);
    const page = await srv.get(pathOf(link));
    assert.equal(page.status, 200);
    assert.match(page.text, /<form method="post"/);
    assert.match(page.text, /<button/);
    const c2 = await srv.mustPost({ uri, text: 'Deux.' });
    await mail.waitFor(() => notifiedIds(mail, a).includes(c2.id), { what: 'a mail after the GET (GET changed nothing)' });
    const done = await srv.req('POST', pathOf(link), { body: 'List-Unsubscribe=One-Click', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    assert.equal(done.status, 200, done.text);
    assert.match(String(done.headers['content-type']), /^text\/html/);
    const control = addr('temoin');
    await subscribeConfirmed(srv, mail, { uri, email: control });
    const c3 = await srv.mustPost({ uri, text: 'Trois.' });
    await mail.waitFor(() => notifiedIds(mail, control).includes(c3.id));
    await sleep(600);
    assert.deepEqual(notifiedIds(mail, a), [c1.id, c2.id], 'nothing after unsubscribing');
    // Unsubscribing again is fine, and the page says so.
    const again = await srv.req('POST', pathOf(link), { body: '' });
    assert.equal(again.status, 200);
  });

  test('RFC 8058 one-click: a POST to List-Unsubscribe, whatever the body, ends it', async () => {
    const mail = await sink();
    const srv = await server(mail);
    const uri = uniq('/article/unclic');
    const a = addr('clic');
    const b = addr('clac');
    await subscribeConfirmed(srv, mail, { uri, email: a });
    await subscribeConfirmed(srv, mail, { uri, email: b });
    const c1 = await srv.mustPost({ uri, text: 'Avant.' });
    await mail.waitFor(() => notifiedIds(mail, a).includes(c1.id) && notifiedIds(mail, b).includes(c1.id));
    const lu = (who) => mail.to(who).find((x) => x.header('List-Unsubscribe')).header('List-Unsubscribe').slice(1, -1);
    // What a mail provider sends (RFC 8058 section 3.2): form-encoded, no cookies.
    const r1 = await srv.req('POST', pathOf(lu(a)), { body: 'List-Unsubscribe=One-Click', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    assert.equal(r1.status, 200, r1.text);
    // Another client sends multipart, or nothing: still 200.
    const r2 = await srv.req('POST', pathOf(lu(b)), { body: '--x\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--x--\r\n', headers: { 'Content-Type': 'multipart/form-data; boundary=x' } });
    assert.equal(r2.status, 200, r2.text);
    const control = addr('controle');
    await subscribeConfirmed(srv, mail, { uri, email: control });
    const c2 = await srv.mustPost({ uri, text: 'Après.' });
    await mail.waitFor(() => notifiedIds(mail, control).includes(c2.id));
    await sleep(600);
    assert.deepEqual(notifiedIds(mail, a), [c1.id]);
    assert.deepEqual(notifiedIds(mail, b), [c1.id]);
    // A forged token is refused.
    const bad = await srv.req('POST', '/subscriptions/unsubscribe?token=AVUAAAAAAAAAAAAAAAAAAAAB', { body: 'List-Unsubscribe=One-Click' });
    assert.equal(bad.status, 400);
  });

  test('the manage page lists an address\'s subscriptions and ends them', async () => {
    const mail = await sink();
    const srv = await server(mail);
    const u1 = uniq('/article/gerer-un');
    const u2 = uniq('/article/gerer-deux');
    const a = addr('gerante');
    await subscribeConfirmed(srv, mail, { uri: u1, email: a, title: 'Premier article' });
    await subscribeConfirmed(srv, mail, { uri: u2, email: a, title: 'Second article' });
    const n = mail.to(a).length;
    const r = await srv.post('/api/v1/subscriptions/manage', { email: a.toUpperCase() });
    assert.equal(r.status, 202);
    const unknown = await srv.post('/api/v1/subscriptions/manage', { email: addr('inconnu') });
    assert.equal(unknown.status, 202, 'an unknown address gets the same answer');
    const ms = await mail.waitTo(a, n + 1);
    const m = ms[ms.length - 1];
    assertWellFormed(m);
    const link = linkIn(m, '/subscriptions/manage');
    assert.ok(!link.includes(encodeURIComponent(a)) && !Buffer.from(new URL(link).searchParams.get('token'), 'base64url').toString('latin1').includes(a), 'the address does not show in the link');
    const page = await srv.get(pathOf(link));
    assert.equal(page.status, 200);
    assert.match(page.text, /Premier article/);
    assert.match(page.text, /Second article/);
    const end = await srv.req('POST', pathOf(link), { body: 'end=all', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    assert.equal(end.status, 200);
    assert.doesNotMatch(end.text, /Premier article/);
    const control = addr('temoin-gerer');
    await subscribeConfirmed(srv, mail, { uri: u1, email: control });
    const c = await srv.mustPost({ uri: u1, text: 'Plus pour vous.' });
    await srv.mustPost({ uri: u2, text: 'Ni celui-ci.' });
    await mail.waitFor(() => notifiedIds(mail, control).includes(c.id));
    await sleep(600);
    assert.deepEqual(notifiedIds(mail, a), []);
    await sleep(300);
    assert.equal(mail.to(addr('inconnu')).length, 0);
  });
});

describe('privacy', () => {
  test('GET /privacy is written from the configuration', async () => {
    const mail = await sink();
    const srv = await server(mail, { env: { CAUSERIE_PRIVACY_RETENTION_DAYS: '42', CAUSERIE_PRIVACY_CONTACT: 'dpo@quotidien.example' } });
    const r = await srv.get('/privacy');
    assert.equal(r.status, 200);
    assert.match(String(r.headers['content-type']), /^text\/html/);
    assert.match(r.text, /<html lang="fr"/);
    assert.match(r.text, /42 jours/);
    assert.match(r.text, /dpo@quotidien\.example/);
    assert.match(r.text, /127\.0\.0\.1/, 'names the mail server it sends through');
    const en = await server(mail, { env: { CAUSERIE_SITE_LANG: 'en', CAUSERIE_PRIVACY_RETENTION_DAYS: '30' } });
    const r2 = await en.get('/privacy');
    assert.match(r2.text, /<html lang="en"/);
    assert.match(r2.text, /30 days/);
  });

  test('causerie privacy export and erase EMAIL', async () => {
    const mail = await sink();
    const srv = await server(mail);
    const uri = uniq('/article/rgpd');
    const e = addr('Personne');
    const c1 = await srv.mustPost({ uri, author: 'Personne Réelle', email: e, website: 'https://perso.example', text: 'Mon texte.' });
    const c2 = await srv.mustPost({ uri, author: 'Personne Réelle', email: e.toUpperCase(), text: 'Mon autre texte.' });
    const other = await srv.mustPost({ uri, author: 'Autre', email: addr('autre'), text: 'Pas à elle.' });
    await subscribeConfirmed(srv, mail, { uri, email: e });
    const env = srv.env;
    const ex = await runBinary(['privacy', 'export', e], { env });
    assert.equal(ex.code, 0, ex.stderr);
    const doc = JSON.parse(ex.stdout);
    assert.equal(doc.email, e.toLowerCase());
    assert.deepEqual(doc.comments.map((c) => c.id), [c1.id, c2.id]);
    assert.equal(doc.comments[0].website, 'https://perso.example');
    assert.equal(doc.comments[0].text, 'Mon texte.');
    assert.ok(doc.comments[0].ip_hash, 'the IP hash is disclosed too');
    assert.equal(doc.subscriptions.length, 1);
    assert.ok(doc.subscriptions[0].confirmed);
    assert.ok(doc.mails.length >= 1);
    assert.ok(!ex.stdout.includes('Pas à elle.'), "nothing of another person's");

    const er = await runBinary(['privacy', 'erase', e], { env });
    assert.equal(er.code, 0, er.stderr);
    const sum = JSON.parse(er.stdout);
    assert.equal(sum.comments_anonymised, 2);
    assert.equal(sum.subscriptions_deleted, 1);
    const l = await srv.list({ uri, sort: 'oldest' });
    const byId = Object.fromEntries(l.body.comments.map((c) => [c.id, c]));
    assert.equal(byId[c1.id].author, 'Anonyme');
    assert.equal(byId[c1.id].website, null);
    assert.equal(byId[c1.id].html.includes('Mon texte.'), true, 'the text stays');
    assert.equal(byId[other.id].author, 'Autre');
    const ex2 = await runBinary(['privacy', 'export', e], { env });
    const doc2 = JSON.parse(ex2.stdout);
    assert.deepEqual([doc2.comments.length, doc2.subscriptions.length, doc2.mails.length], [0, 0, 0]);
    const n = mail.to(e).length;
    const control = addr('temoin-rgpd');
    await subscribeConfirmed(srv, mail, { uri, email: control });
    const c3 = await srv.mustPost({ uri, text: 'Après effacement.' });
    await mail.waitFor(() => notifiedIds(mail, control).includes(c3.id));
    await sleep(500);
    assert.equal(mail.to(e).length, n, 'no mail after erasure');
    // Bad usage.
    assert.equal((await runBinary(['privacy', 'export'], { env })).code, 2);
    assert.equal((await runBinary(['privacy', 'erase', 'pas-une-adresse'], { env })).code, 2);
    const ret = await runBinary(['privacy', 'retention'], { env });
    assert.equal(ret.code, 0, ret.stderr);
    assert.equal(JSON.parse(ret.stdout).retention_days, 365);
  });
});

describe('delivery', () => {
  test('retries while the SMTP server is down, delivers once it is back', async () => {
    const mail = await sink();
    const srv = await server(mail);
    const uri = uniq('/article/panne');
    const a = addr('patiente');
    await subscribeConfirmed(srv, mail, { uri, email: a });
    await mail.stop();
    const c = await srv.mustPost({ uri, text: 'Pendant la panne.' });
    await sleep(2500);
    const metrics = (await srv.get('/metrics')).text;
    const retries = Number(/^causerie_notify_retries_total (\d+)/m.exec(metrics)?.[1]);
    const pending = Number(/^causerie_outbox_pending (\d+)/m.exec(metrics)?.[1]);
    assert.ok(retries >= 1, `it retried (${retries})`);
    assert.ok(pending >= 1, `the mail waits in the outbox (${pending})`);
    const out = await runBinary(['outbox', 'pending'], { env: srv.env });
    assert.equal(out.code, 0, out.stderr);
    const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.ok(rows.some((r) => r.kind === 'mail.notify' && r.attempts >= 1 && /smtp/i.test(r.last_error || '')), out.stdout);
    await mail.start();
    await mail.waitFor(() => notifiedIds(mail, a).includes(c.id), { timeout: 10000, what: 'the delivery after the outage' });
    await sleep(800);
    assert.deepEqual(notifiedIds(mail, a), [c.id], 'delivered exactly once');
  });

  test('gives up after notify.give_up_hours and records why; a 550 is final at once', async () => {
    const mail = await sink({ reject: '^<?rejete' });
    const srv = await server(mail, { env: { CAUSERIE_NOTIFY_GIVE_UP_HOURS: '0' } });
    const bounced = `rejete-${process.pid}@lecteurs.example`;
    assert.equal((await srv.post('/api/v1/subscriptions', { uri: uniq('/article/rejet'), email: bounced, kind: 'all' })).status, 202);
    const failedRows = async () => {
      const r = await runBinary(['outbox', 'failed'], { env: srv.env });
      assert.equal(r.code, 0, r.stderr);
      return r.stdout.trim() ? r.stdout.trim().split('\n').map((l) => JSON.parse(l)) : [];
    };
    let rows = [];
    for (let i = 0; i < 50 && !rows.some((r) => r.recipient === bounced); i += 1) { await sleep(100); rows = await failedRows(); }
    const row = rows.find((r) => r.recipient === bounced);
    assert.ok(row, 'the rejected mail is recorded as failed');
    assert.match(row.last_error, /550/, 'with the server\'s answer');
    // Server down and give_up_hours = 0: the first failure is final, with the reason.
    await mail.stop();
    const down = addr('injoignable');
    await srv.post('/api/v1/subscriptions', { uri: uniq('/article/rejet'), email: down, kind: 'all' });
    let r2 = [];
    for (let i = 0; i < 50 && !r2.some((r) => r.recipient === down); i += 1) { await sleep(100); r2 = await failedRows(); }
    const row2 = r2.find((r) => r.recipient === down);
    assert.ok(row2, 'given up');
    assert.match(row2.last_error, /^gave up after 1 attempt in 0 h: smtp: /);
    const metrics = (await srv.get('/metrics')).text;
    assert.ok(Number(/^causerie_outbox_failed (\d+)/m.exec(metrics)?.[1]) >= 2);
  });

  test('SMTP AUTH with smtp.user and smtp.password; wrong credentials are retried, not lost', async () => {
    const mail = await sink({ auth: 'causerie:mot-de-passe' });
    const bad = await server(mail, { env: { CAUSERIE_SMTP_USER: 'causerie', CAUSERIE_SMTP_PASSWORD: 'faux' } });
    const e1 = addr('auth');
    await bad.post('/api/v1/subscriptions', { uri: uniq('/article/auth'), email: e1, kind: 'all' });
    let row;
    for (let i = 0; i < 50 && !row; i += 1) {
      await sleep(100);
      const r = await runBinary(['outbox', 'pending'], { env: bad.env });
      row = r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)).find((x) => x.recipient === e1 && x.attempts >= 1);
    }
    assert.ok(row, 'the mail waits for a retry');
    assert.match(row.last_error, /login|auth|535/i);
    assert.equal(mail.messages().length, 0);
    const conf = await runBinary(['config'], { env: bad.env });
    assert.ok(!conf.stdout.includes('faux'), 'the password is masked in causerie config');
    // The operator fixes the password and restarts: the waiting mail goes.
    bad.opts.env = { ...bad.opts.env, CAUSERIE_SMTP_PASSWORD: 'mot-de-passe' };
    await bad.restart({ signal: 'SIGTERM' });
    const [m] = await mail.waitTo(e1, 1, { what: 'the mail after fixing the password' });
    assertWellFormed(m);
  });

  test('smtp.starttls = required never sends in clear to a server without STARTTLS', async () => {
    const mail = await sink();
    const srv = await server(mail, { env: { CAUSERIE_SMTP_STARTTLS: 'required', CAUSERIE_NOTIFY_GIVE_UP_HOURS: '0' } });
    const email = addr('chiffre');
    await srv.post('/api/v1/subscriptions', { uri: uniq('/article/tls'), email, kind: 'all' });
    let row;
    for (let i = 0; i < 50 && !row; i += 1) {
      await sleep(100);
      const r = await runBinary(['outbox', 'failed'], { env: srv.env });
      row = r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)).find((x) => x.recipient === email);
    }
    assert.ok(row, 'the mail failed');
    assert.match(row.last_error, /SSL|TLS/i);
    assert.equal(mail.messages().length, 0, 'nothing was sent in clear');
  });

  test('no loss and no duplicate after kill -9 and a restart', async () => {
    const mail = await sink();
    const srv = await server(mail, { name: 'notify-kill' });
    const uri = uniq('/article/crash');
    const subs = [addr('k1'), addr('k2')];
    for (const e of subs) await subscribeConfirmed(srv, mail, { uri, email: e });
    // Mails pending (server down) when the node is killed.
    await mail.stop();
    const ids = [];
    for (let i = 0; i < 5; i += 1) ids.push((await srv.mustPost({ uri, text: `Message ${i} avant le crash.` })).id);
    await sleep(400);
    await srv.kill('SIGKILL');
    await mail.start();
    await srv.start();
    await mail.waitFor(() => subs.every((e) => ids.every((id) => notifiedIds(mail, e).includes(id))), { timeout: 15000, what: 'every pending mail after the restart' });
    await sleep(1000);
    for (const e of subs) assert.deepEqual(notifiedIds(mail, e).sort((x, y) => x - y), ids, `each comment once to ${e}`);
    // Killed while sending: nothing is lost; a mail sent just before the
    // kill may go again (at least once), always with its Message-ID.
    const more = [];
    for (let i = 0; i < 15; i += 1) more.push((await srv.mustPost({ uri, text: `Rafale ${i}.` })).id);
    await mail.waitFor(() => notifiedIds(mail, subs[0]).some((id) => more.includes(id)), { what: 'the burst starting' });
    await srv.kill('SIGKILL');
    await srv.start();
    // The row being sent at the kill comes back when its lease runs out
    // (send_timeout 3 s + 10 s).
    await mail.waitFor(() => subs.every((e) => more.every((id) => notifiedIds(mail, e).includes(id))), { timeout: 30000, what: 'the whole burst' });
    await sleep(1000);
    for (const e of subs) {
      const got = mail.to(e).filter((m) => /Rafale/.test(m.text || ''));
      const byId = new Map();
      for (const m of got) {
        const id = Number(/#causerie-comment-(\d+)/.exec(m.text)[1]);
        if (byId.has(id)) assert.equal(byId.get(id), m.header('Message-ID'), 'a repeated mail keeps its Message-ID');
        byId.set(id, m.header('Message-ID'));
      }
      assert.ok(got.length - byId.size <= 1, `at most the mail in flight at the kill is repeated (${got.length - byId.size})`);
    }
  });

  test(`two nodes on one ${BACKEND === 'postgresql' ? 'PostgreSQL' : 'SQLite file'} send each mail once`, async () => {
    const mail = await sink();
    const a = await server(mail, { name: 'notify-node-a' });
    const b = await server(mail, { name: 'notify-node-b', storeUrl: a.store.url });
    const uri = uniq('/article/deuxnoeuds');
    const subs = [addr('n1'), addr('n2'), addr('n3'), addr('n4')];
    for (const [i, e] of subs.entries()) await subscribeConfirmed(i % 2 ? b : a, mail, { uri, email: e });
    await mail.stop();
    const ids = [];
    for (let i = 0; i < 10; i += 1) ids.push((await (i % 2 ? b : a).mustPost({ uri, text: `Commentaire ${i} sur deux noeuds.` })).id);
    await sleep(500);
    await mail.start();
    await mail.waitFor(() => subs.every((e) => ids.every((id) => notifiedIds(mail, e).includes(id))), { timeout: 20000, what: 'all 40 mails' });
    await sleep(1500);
    for (const e of subs) assert.deepEqual(notifiedIds(mail, e).sort((x, y) => x - y), ids, `each comment exactly once to ${e}`);
    const sent = async (s) => Number(/^causerie_notify_sent_total (\d+)/m.exec((await s.get('/metrics')).text)?.[1]);
    const [sa, sb] = [await sent(a), await sent(b)];
    assert.ok(sa + sb >= 40, `both nodes' workers together sent them (${sa} + ${sb})`);
  });
});

describe('webhook', () => {
  test('a signed JSON POST per published comment, retried until the receiver accepts it', async () => {
    const secret = 'un-secret-de-webhook-assez-long';
    const got = [];
    let failFirst = true;
    const hook = http.createServer((req, res) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        got.push({ headers: req.headers, body, method: req.method });
        if (failFirst) { failFirst = false; res.writeHead(503); res.end(); return; }
        res.writeHead(204); res.end();
      });
    });
    await new Promise((r) => hook.listen(0, '127.0.0.1', r));
    onCleanup(() => new Promise((r) => hook.close(r)));
    const mail = await sink();
    const srv = await server(mail, { env: { CAUSERIE_NOTIFY_WEBHOOK_URL: `http://127.0.0.1:${hook.address().port}/hooks/causerie`, CAUSERIE_NOTIFY_WEBHOOK_SECRET: secret } });
    const uri = uniq('/article/webhook');
    const c = await srv.mustPost({ uri, author: 'Webhook', email: 'secret@lecteurs.example', text: 'Pour le webhook.' });
    const deadline = Date.now() + 10000;
    while (got.length < 2 && Date.now() < deadline) await sleep(50);
    assert.equal(got.length, 2, 'a failed delivery (503) is retried');
    for (const g of got) {
      assert.equal(g.method, 'POST');
      assert.match(g.headers['content-type'], /^application\/json/);
      assert.equal(g.headers['x-causerie-event'], 'comment.published');
      const want = `sha256=${crypto.createHmac('sha256', secret).update(g.body).digest('hex')}`;
      assert.equal(g.headers['x-causerie-signature'], want, 'HMAC-SHA-256 of the body');
    }
    assert.equal(got[0].headers['x-causerie-delivery'], got[1].headers['x-causerie-delivery'], 'the same delivery id on a retry');
    const body = JSON.parse(got[1].body.toString('utf8'));
    assert.equal(body.event, 'comment.published');
    assert.equal(body.uri, uri);
    assert.equal(body.comment.id, c.id);
    assert.equal(body.comment.text, 'Pour le webhook.');
    assert.ok(!got[1].body.toString('utf8').includes('secret@lecteurs.example'), 'no e-mail address in the webhook');
    // A short secret is refused at start.
    const bad = await runBinary(['serve'], { env: { ...srv.env, CAUSERIE_SERVER_LISTEN: '127.0.0.1:0', CAUSERIE_NOTIFY_WEBHOOK_SECRET: 'court' }, timeoutMs: 10000 });
    assert.notEqual(bad.code, 0);
    assert.match(bad.stderr, /webhook_secret/);
  });
});

describe('configuration', () => {
  test('a bad sender or editor address is refused at start, naming the setting', async () => {
    const base = { CAUSERIE_STORE_URL: `sqlite:${path.join(os.tmpdir(), `causerie-cfg-${process.pid}.db`)}`, CAUSERIE_SERVER_LISTEN: '127.0.0.1:0' };
    onCleanup(() => fs.promises.rm(base.CAUSERIE_STORE_URL.slice(7), { force: true }));
    const r1 = await runBinary(['serve'], { env: { ...base, CAUSERIE_SMTP_URL: 'smtp://127.0.0.1:1', CAUSERIE_SMTP_FROM: 'pas une adresse' } });
    assert.notEqual(r1.code, 0);
    assert.match(r1.stderr, /smtp\.from/);
    const r2 = await runBinary(['serve'], { env: { ...base, CAUSERIE_NOTIFY_EDITOR_MODE: 'parfois' } });
    assert.equal(r2.code, 2);
    assert.match(r2.stderr, /notify\.editor_mode/);
    const r3 = await runBinary(['serve'], { env: { ...base, CAUSERIE_SMTP_URL: 'http://mail.example' , CAUSERIE_SMTP_FROM: 'a@b.example' } });
    assert.notEqual(r3.code, 0);
    assert.match(r3.stderr, /smtp\.url/);
  });
});
