// Moderation of readers' comments, black-box (issue 3): the editorial
// policy's rejections (422 with the category and a message in the reader's
// language), hard cases that must be published, spam and bots answered
// "pending" and kept off the page, repeated texts, reports that hide a
// comment at the threshold, edits moderated again, the optional body fields
// "lang", "hp" and "elapsed_ms", the moderation.* settings and /metrics.
//
// Readers at different addresses are simulated with X-Forwarded-For on a
// server that trusts it (server.trust_proxy), since every test request
// comes from 127.0.0.1.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, prepareServer, uniq, assertError, flatten } from './helpers.mjs';

let srv;
before(async () => {
  srv = await startServer({ name: 'moderation', env: { CAUSERIE_SERVER_TRUST_PROXY: 'true' } });
});
after(async () => { if (srv) await srv.stop(); });

const from = (ip) => ({ headers: { 'X-Forwarded-For': ip } });
let ipCounter = 0;
const newIp = () => { ipCounter += 1; return `198.51.100.${ipCounter}`; };

async function listed(uri, id) {
  const l = await srv.list({ uri, limit: 'all' });
  assert.equal(l.status, 200, l.text);
  return flatten(l.body.comments).some((c) => c.id === id);
}

async function publishedIds(uri) {
  const l = await srv.list({ uri, limit: 'all' });
  return flatten(l.body.comments).map((c) => c.id);
}

describe('editorial policy', () => {
  test('an insult is rejected: 422 code policy with its category and a French message', async () => {
    const uri = uniq('/article/insult');
    const r = await srv.postComment({ uri, author: 'Colérique', text: 'Espèce de connard, va te faire foutre.' }, from(newIp()));
    assertError(assert, r, 422, { code: 'policy' });
    assert.equal(r.body.error.category, 'insult');
    assert.match(r.body.error.message, /insulte/i, 'the site language (fr) by default');
    assert.equal(r.body.comment, undefined, 'no comment and no edit token for a rejected comment');
    assert.deepEqual(await publishedIds(uri), []);
    const c = await srv.get(`/api/v1/counts?uri=${encodeURIComponent(uri)}`);
    assert.equal(c.body[uri], 0);
  });

  test('the reader message follows the comment\'s lang', async () => {
    const r = await srv.postComment({ uri: uniq('/article/insult-en'), author: 'Angry', text: 'You are a fucking idiot.', lang: 'en' }, from(newIp()));
    assertError(assert, r, 422, { code: 'policy' });
    assert.equal(r.body.error.category, 'insult');
    assert.doesNotMatch(r.body.error.message, /commentaire/i, `an English message: ${r.body.error.message}`);
    const fr = await srv.postComment({ uri: uniq('/article/insult-fr'), author: 'Angry', text: 'You are a fucking idiot.', lang: 'fr-CA' }, from(newIp()));
    assertError(assert, fr, 422, { code: 'policy' });
    assert.match(fr.body.error.message, /commentaire/i, 'fr-CA reads as fr');
  });

  test('racism and threats are rejected with their own category', async () => {
    const cases = [
      ['Les bougnoules dehors, ils n\'ont rien à faire chez nous.', 'racism'],
      ['Je vais te tuer, je sais où tu habites.', 'threat'],
    ];
    for (const [text, category] of cases) {
      const r = await srv.postComment({ uri: uniq('/article/policy'), author: 'X', text }, from(newIp()));
      assertError(assert, r, 422, { code: 'policy' });
      assert.equal(r.body.error.category, category, text);
    }
  });

  test('an Arabic insult is rejected however it is spelled (tatweel, teh marbuta as heh, Persian kaf and yeh)', async () => {
    for (const text of ['انت شرموطة', 'انت شرمـــوطة', 'انت شرموطه', 'یا ابن الکلب']) {
      const r = await srv.postComment({ uri: uniq('/article/ar'), author: 'X', lang: 'ar', text }, from(newIp()));
      assertError(assert, r, 422, { code: 'policy' });
      assert.equal(r.body.error.category, 'insult', text);
    }
    const ok = await srv.postComment({ uri: uniq('/article/ar'), author: 'X', lang: 'ar', text: 'مرحبا بكم، المقال ممتاز والمستشفى الجديد مفيد للمدينة' }, from(newIp()));
    assert.equal(ok.status, 201, ok.text);
  });

  test('hard cases are published: words about hatred, quoted slurs, minorities named kindly', async () => {
    const uri = uniq('/article/hard-ham');
    const texts = [
      'Le mot « bougnoule » est une insulte raciste héritée de la colonisation, il faut l\'expliquer aux élèves.',
      'Les négationnistes prétendent que les chambres à gaz n\'ont jamais existé : c\'est un mensonge qui insulte les victimes.',
      'Je suis juif et je n\'ai jamais eu peur de le dire dans ma ville, jusqu\'à cette année.',
      'Les Arabes de mon quartier sont mes voisins depuis trente ans, on se rend service tous les jours.',
      'Cette idée est idiote et dangereuse pour l\'économie.',
      'Voici la source officielle : https://www.insee.fr/fr/statistiques, les chiffres ne disent pas ça.',
      'J\'ai grandi à Scunthorpe, puis j\'ai fait mes études à Sussex.',
    ];
    for (const text of texts) {
      const r = await srv.postComment({ uri, author: 'Lectrice attentive', text }, from(newIp()));
      assert.equal(r.status, 201, `${text} -> ${r.status} ${r.text}`);
      assert.equal(r.body.status, 'published', `${text} -> ${r.text}`);
      assert.ok(await listed(uri, r.body.comment.id));
    }
  });
});

describe('spam and bots read "pending" and stay off the page', () => {
  test('obvious spam is 201 pending with an edit token, and absent from the list and the count', async () => {
    const uri = uniq('/article/spam');
    const r = await srv.postComment({
      uri, author: 'Best Deals',
      text: 'Buy cheap viagra online without prescription, fast worldwide shipping: http://cheap-pills-rx.example http://pills.example http://rx.example',
    }, from(newIp()));
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.status, 'pending', 'spam is not told it is spam');
    assert.ok(r.body.edit_token);
    assert.equal(await listed(uri, r.body.comment.id), false);
    const c = await srv.get(`/api/v1/counts?uri=${encodeURIComponent(uri)}`);
    assert.equal(c.body[uri], 0);
    const one = await srv.get(`/api/v1/comments/${r.body.comment.id}`);
    assertError(assert, one, 404);
  });

  test('a filled honeypot ("hp") is pending, whatever the text', async () => {
    const uri = uniq('/article/hp');
    const r = await srv.postComment({ uri, text: 'Un avis tout à fait raisonnable sur la question.', hp: 'http://bot.example' }, from(newIp()));
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.status, 'pending');
    assert.equal(await listed(uri, r.body.comment.id), false);
    const n = await srv.postComment({ uri, text: 'Un avis tout à fait raisonnable sur la question, bis.', hp: 12 }, from(newIp()));
    assert.equal(n.body.status, 'pending', 'a non-string honeypot counts as filled');
    const empty = await srv.postComment({ uri, text: 'Un avis tout à fait raisonnable, ter.', hp: '' }, from(newIp()));
    assert.equal(empty.body.status, 'published', 'an empty honeypot is a person');
  });

  test('the Akismet test triggers are pending', async () => {
    const uri = uniq('/article/triggers');
    const a = await srv.postComment({ uri, author: 'viagra-test-123', text: 'Bonjour à tous.' }, from(newIp()));
    assert.equal(a.status, 201, a.text);
    assert.equal(a.body.status, 'pending');
    const b = await srv.postComment({ uri, author: 'Marc', email: 'akismet-guaranteed-spam@example.com', text: 'Bonjour à tous.' }, from(newIp()));
    assert.equal(b.body.status, 'pending');
    assert.deepEqual(await publishedIds(uri), []);
  });

  test('a comment sent too soon after the page loaded is held; a person\'s pace is fine', async () => {
    const uri = uniq('/article/fast');
    const fast = await srv.postComment({ uri, text: 'Un avis écrit à la vitesse d\'une machine.', elapsed_ms: 300 }, from(newIp()));
    assert.equal(fast.status, 201, fast.text);
    assert.equal(fast.body.status, 'pending');
    const slow = await srv.postComment({ uri, text: 'Un avis écrit à la vitesse d\'une personne.', elapsed_ms: 45000 }, from(newIp()));
    assert.equal(slow.body.status, 'published');
  });

  test('the same text from many addresses is held from the third on; one reader repeating it is not', async () => {
    const uri = uniq('/article/repeat');
    const text = `Je partage cet avis sur la réforme des retraites, ref ${uniq('ref')}.`;
    const s1 = await srv.postComment({ uri: uniq('/article/repeat-a'), author: 'A', text }, from(newIp()));
    const s2 = await srv.postComment({ uri: uniq('/article/repeat-b'), author: 'B', text }, from(newIp()));
    const s3 = await srv.postComment({ uri, author: 'C', text }, from(newIp()));
    assert.equal(s1.body.status, 'published', s1.text);
    assert.equal(s2.body.status, 'published', s2.text);
    assert.equal(s3.body.status, 'pending', 'seen twice before from other addresses');
    // one address posting its own text again is a matter for rate limits, not spam
    const ip = newIp();
    const own = `Je reviens sur mon point précédent ${uniq('p')}, il reste valable.`;
    for (let i = 0; i < 3; i += 1) {
      const r = await srv.postComment({ uri: uniq('/article/own'), text: own }, from(ip));
      assert.equal(r.body.status, 'published', `repeat ${i} from the same address`);
    }
  });
});

describe('repeated texts and edits', () => {
  // A comment edited to another text no longer carries the old one: it is
  // not counted as a repeat of it (the server's count follows the store's).
  test('an edited comment stops counting as a copy of its old text, and counts for its new one', async () => {
    const text = `Ce texte circulait avant d'être corrigé, ref ${uniq('ref')}.`;
    const other = `Voici la version corrigée de mon avis, ref ${uniq('ref')}.`;
    const s1 = await srv.postComment({ uri: uniq('/article/edit-a'), author: 'A', text }, from(newIp()));
    const s2 = await srv.postComment({ uri: uniq('/article/edit-b'), author: 'B', text }, from(newIp()));
    assert.equal(s1.body.status, 'published', s1.text);
    assert.equal(s2.body.status, 'published', s2.text);
    const e = await srv.put(`/api/v1/comments/${s2.body.comment.id}`, { text: other },
      { headers: { 'X-Edit-Token': s2.body.edit_token, 'X-Forwarded-For': newIp() } });
    assert.equal(e.status, 200, e.text);
    assert.equal(e.body.status, 'published', e.text);
    const s3 = await srv.postComment({ uri: uniq('/article/edit-c'), author: 'C', text }, from(newIp()));
    assert.equal(s3.body.status, 'published', 'the old text was seen once only: its other copy was edited away');
    const s4 = await srv.postComment({ uri: uniq('/article/edit-d'), author: 'D', text }, from(newIp()));
    assert.equal(s4.body.status, 'pending', 'now seen twice before');
    const o1 = await srv.postComment({ uri: uniq('/article/edit-e'), author: 'E', text: other }, from(newIp()));
    assert.equal(o1.body.status, 'published', 'the new text was seen once');
    const o2 = await srv.postComment({ uri: uniq('/article/edit-f'), author: 'F', text: other }, from(newIp()));
    assert.equal(o2.body.status, 'pending', 'the edited comment and o1 carry it');
  });
});

describe('repeated texts across a restart', () => {
  // The server remembers recent texts in memory to skip the store's count
  // for new ones; after a restart it must still count the texts it wrote
  // before (the store is the record).
  test('a text posted twice before a restart is held the third time after it', async () => {
    const text = `Avant le redémarrage, cet avis circulait déjà, ref ${uniq('ref')}.`;
    const s1 = await srv.postComment({ uri: uniq('/article/restart-a'), author: 'A', text }, from(newIp()));
    const s2 = await srv.postComment({ uri: uniq('/article/restart-b'), author: 'B', text }, from(newIp()));
    assert.equal(s1.body.status, 'published', s1.text);
    assert.equal(s2.body.status, 'published', s2.text);
    await srv.restart({ signal: 'SIGTERM' });
    const s3 = await srv.postComment({ uri: uniq('/article/restart-c'), author: 'C', text }, from(newIp()));
    assert.equal(s3.status, 201, s3.text);
    assert.equal(s3.body.status, 'pending', 'seen twice before the restart, from other addresses');
    const fresh = await srv.postComment({ uri: uniq('/article/restart-d'), text: `Un avis neuf ${uniq('n')}.` }, from(newIp()));
    assert.equal(fresh.body.status, 'published', fresh.text);
  });
});

describe('body fields of moderation', () => {
  test('lang, hp and elapsed_ms are checked', async () => {
    const uri = uniq('/article/fields');
    assertError(assert, await srv.postComment({ uri, lang: 'français!' }), 422, { field: 'lang' });
    assertError(assert, await srv.postComment({ uri, lang: 7 }), 422, { field: 'lang' });
    assertError(assert, await srv.postComment({ uri, elapsed_ms: 'soon' }), 422, { field: 'elapsed_ms' });
    const ok = await srv.postComment({ uri, lang: 'en-GB', elapsed_ms: null, hp: null, text: 'A calm remark about the article.' }, from(newIp()));
    assert.equal(ok.status, 201, ok.text);
    assert.equal(ok.body.status, 'published');
  });
});

describe('edits are moderated again', () => {
  test('an edit that insults is 422 policy and the comment leaves the page', async () => {
    const uri = uniq('/article/edit-policy');
    const ip = newIp();
    const p = await srv.postComment({ uri, text: 'Un premier avis, poli.' }, from(ip));
    assert.equal(p.body.status, 'published', p.text);
    const put = await srv.put(`/api/v1/comments/${p.body.comment.id}`, { text: 'Finalement : espèce de connard.' },
      { headers: { 'X-Edit-Token': p.body.edit_token, 'X-Forwarded-For': ip } });
    assertError(assert, put, 422, { code: 'policy' });
    assert.equal(put.body.error.category, 'insult');
    assert.equal(await listed(uri, p.body.comment.id), false);
  });

  test('a clean edit stays published; an edit never releases a held comment', async () => {
    const uri = uniq('/article/edit-clean');
    const ip = newIp();
    const p = await srv.postComment({ uri, text: 'Version initiale, correcte.' }, from(ip));
    const put = await srv.put(`/api/v1/comments/${p.body.comment.id}`, { text: 'Version corrigée, toujours correcte.' },
      { headers: { 'X-Edit-Token': p.body.edit_token, 'X-Forwarded-For': ip } });
    assert.equal(put.status, 200, put.text);
    assert.equal(put.body.status, 'published');
    const held = await srv.postComment({ uri, text: 'Bonjour, une simple remarque.', hp: 'rempli' }, from(ip));
    assert.equal(held.body.status, 'pending');
    const put2 = await srv.put(`/api/v1/comments/${held.body.comment.id}`, { text: 'Bonjour, une simple remarque modifiée.' },
      { headers: { 'X-Edit-Token': held.body.edit_token, 'X-Forwarded-For': ip } });
    assert.equal(put2.status, 200, put2.text);
    assert.equal(put2.body.status, 'pending');
    assert.equal(await listed(uri, held.body.comment.id), false);
  });
});

describe('reports', () => {
  test('three readers hide a comment; one reader counts once; the answer is always 202', async () => {
    const uri = uniq('/article/reported');
    const p = await srv.postComment({ uri, text: 'Un avis que certains n\'aiment pas.' }, from(newIp()));
    const id = p.body.comment.id;
    const a = newIp();
    const b = newIp();
    const c = newIp();
    const report = (ip, reason) => srv.post(`/api/v1/comments/${id}/report`, reason === undefined ? {} : { reason }, from(ip));
    let r = await report(a, 'Hors sujet');
    assert.equal(r.status, 202, r.text);
    r = await report(a, 'Encore hors sujet');
    assert.equal(r.status, 202, 'reporting again is accepted');
    r = await report(b);
    assert.equal(r.status, 202);
    assert.ok(await listed(uri, id), 'two readers are below the threshold (3)');
    r = await report(c, 'Propos douteux');
    assert.equal(r.status, 202);
    assert.equal(await listed(uri, id), false, 'hidden at the third reader');
    // hidden = no longer published: reporting it now is 404
    assertError(assert, await report(newIp()), 404);
  });

  test('a reader\'s cookie does not make it a new reader', async () => {
    const uri = uniq('/article/reported-cookie');
    const p = await srv.postComment({ uri, text: 'Encore un avis discutable.' }, from(newIp()));
    const id = p.body.comment.id;
    const ip = newIp();
    const reader = srv.client();
    for (let i = 0; i < 4; i += 1) {
      reader.cookies.clear();
      const r = await reader.post(`/api/v1/comments/${id}/report`, { reason: `essai ${i}` }, from(ip));
      assert.equal(r.status, 202);
    }
    assert.ok(await listed(uri, id), 'one address with fresh cookies is still one reader');
  });

  test('unknown comments are 404, long reasons 422, bad bodies 400/415', async () => {
    const p = await srv.postComment({ uri: uniq('/article/rep-err'), text: 'Texte.' }, from(newIp()));
    const id = p.body.comment.id;
    assertError(assert, await srv.post('/api/v1/comments/999999999/report', {}), 404);
    assertError(assert, await srv.post('/api/v1/comments/abc/report', {}), 404);
    assertError(assert, await srv.post(`/api/v1/comments/${id}/report`, { reason: 'x'.repeat(1001) }), 422, { field: 'reason' });
    assertError(assert, await srv.post(`/api/v1/comments/${id}/report`, { reason: 5 }), 422, { field: 'reason' });
    assertError(assert, await srv.req('POST', `/api/v1/comments/${id}/report`, { body: 'reason=x' }), 415);
    assertError(assert, await srv.req('POST', `/api/v1/comments/${id}/report`, { body: '[1]', headers: { 'Content-Type': 'application/json' } }), 400);
    const held = await srv.postComment({ uri: uniq('/article/rep-held'), text: 'Texte.', hp: 'bot' }, from(newIp()));
    assertError(assert, await srv.post(`/api/v1/comments/${held.body.comment.id}/report`, {}), 404);
  });
});

describe('metrics', () => {
  test('/metrics counts decisions by action and category', async () => {
    const m = await srv.get('/metrics');
    assert.equal(m.status, 200);
    assert.match(m.text, /causerie_moderation_decisions_total\{action="reject",category="insult"\} [1-9]/);
    assert.match(m.text, /causerie_moderation_decisions_total\{action="publish",category="none"\} [1-9]/);
    assert.match(m.text, /causerie_moderation_enabled 1/);
  });
});

describe('moderation settings', () => {
  test('moderation.enabled=false publishes everything (benchmarks)', async () => {
    const off = await startServer({ name: 'moderation-off', env: { CAUSERIE_MODERATION_ENABLED: 'false' } });
    try {
      const r = await off.postComment({ uri: uniq('/article/off'), author: 'viagra-test-123', text: 'Buy cheap viagra http://a.example http://b.example http://c.example' });
      assert.equal(r.status, 201, r.text);
      assert.equal(r.body.status, 'published');
      const m = await off.get('/metrics');
      assert.match(m.text, /causerie_moderation_enabled 0/);
    } finally {
      await off.stop();
    }
  });

  test('moderation.policy_file: its own categories apply; a bad file stops the start naming the field', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'causerie-policy-'));
    const file = path.join(dir, 'policy.json');
    fs.writeFileSync(file, JSON.stringify({
      version: 1,
      default_lang: 'fr',
      categories: {
        off_topic: {
          action: 'reject',
          message: { fr: 'Merci de rester dans le sujet.', en: 'Please stay on topic.' },
          lexicon: { fr: { terms: ['tartiflette*'] } },
        },
      },
    }));
    const s = await startServer({ name: 'policy-file', env: { CAUSERIE_MODERATION_POLICY_FILE: file } });
    try {
      const r = await s.postComment({ uri: uniq('/article/pf'), text: 'Parlons plutôt de tartiflettes.' });
      assertError(assert, r, 422, { code: 'policy' });
      assert.equal(r.body.error.category, 'off_topic');
      assert.equal(r.body.error.message, 'Merci de rester dans le sujet.');
      const ok = await s.postComment({ uri: uniq('/article/pf'), text: 'Espèce de connard.' });
      assert.equal(ok.body.status, 'published', 'this policy has no insult category');
    } finally {
      await s.stop();
    }
    fs.writeFileSync(file, JSON.stringify({ version: 1, categories: { insult: { action: 'explode' } } }));
    const bad = await prepareServer({ name: 'policy-bad' });
    bad.opts.env = { CAUSERIE_MODERATION_POLICY_FILE: file };
    bad.env = bad.buildEnv();
    bad.spawn();
    const exit = await bad.exited;
    assert.notEqual(exit.code, 0);
    assert.match(bad.log, /categories\.insult\.action/);
    await bad.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('report_threshold is read from the configuration', async () => {
    const s = await startServer({ name: 'threshold', env: { CAUSERIE_MODERATION_REPORT_THRESHOLD: '1' } });
    try {
      const uri = uniq('/article/th');
      const p = await s.postComment({ uri, text: 'Un avis.' });
      assert.equal((await s.post(`/api/v1/comments/${p.body.comment.id}/report`, { reason: 'spam' })).status, 202);
      const l = await s.list({ uri });
      assert.equal(l.body.count, 0);
    } finally {
      await s.stop();
    }
  });
});
