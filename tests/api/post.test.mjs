// Posting comments and replies: POST /api/v1/comments (API.md, "Readers").
// The 201 shape, optional fields, e-mail privacy, Markdown to safe HTML, replies.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, uniq, assertError, assertCommentShape, flatten, parseAtom, decodeEntities } from './helpers.mjs';

let srv;
before(async () => { srv = await startServer({ name: 'post' }); });
after(async () => { if (srv) await srv.stop(); });

describe('POST /api/v1/comments', () => {
  test('201 with {comment, status: published, edit_token}', async () => {
    const uri = uniq('/article/post');
    const r = await srv.postComment({ uri, author: 'Elie Zeitouni', text: 'Très bon article, merci.' });
    assert.equal(r.status, 201, r.text);
    assert.match(String(r.headers['content-type']), /^application\/json\b/i);
    assert.deepEqual(Object.keys(r.body).sort(), ['comment', 'edit_token', 'edit_until', 'status']);
    assert.equal(r.body.status, 'published');
    assert.equal(typeof r.body.edit_token, 'string');
    assert.ok(r.body.edit_token.length >= 16, 'edit token long enough to be unguessable');
    const c = r.body.comment;
    assertCommentShape(assert, c);
    assert.equal(c.parent, null);
    assert.equal(c.author, 'Elie Zeitouni');
    assert.equal(c.website, null);
    assert.equal(c.modified, null);
    assert.equal(c.likes, 0);
    assert.equal(c.dislikes, 0);
    assert.equal(c.anchor, null);
    assert.deepEqual(c.replies, []);
    assert.match(c.html, /^<p>Très bon article, merci\.<\/p>\s*$/);
    // The list shows the same comment.
    const l = await srv.list({ uri });
    assert.deepEqual(l.body.comments[0], c, 'list and POST answer agree');
  });

  test('two comments get distinct edit tokens and increasing ids', async () => {
    const uri = uniq('/article/tokens');
    const a = await srv.mustPost({ uri });
    const b = await srv.mustPost({ uri });
    assert.notEqual(a.token, b.token);
    assert.ok(b.id > a.id);
  });

  test('text is trimmed of surrounding whitespace', async () => {
    const uri = uniq('/article/trim');
    const { comment } = await srv.mustPost({ uri, text: '\n\n  texte entouré  \n\n' });
    assert.match(comment.html, /^<p>texte entouré<\/p>\s*$/);
  });

  test('website is returned when given, null when absent or ""', async () => {
    const uri = uniq('/article/website');
    const w = await srv.mustPost({ uri, website: 'https://example.org/moi' });
    assert.equal(w.comment.website, 'https://example.org/moi');
    const h = await srv.mustPost({ uri, website: 'http://example.org' });
    assert.match(h.comment.website, /^http:\/\/example\.org\/?$/);
    const empty = await srv.mustPost({ uri, website: '' });
    assert.equal(empty.comment.website, null);
    const none = await srv.mustPost({ uri });
    assert.equal(none.comment.website, null);
    const l = await srv.list({ uri, sort: 'oldest' });
    assert.deepEqual(l.body.comments.map((c) => c.website), [w.comment.website, h.comment.website, null, null]);
  });

  test('"" in optional fields means absent (email, website, title, site)', async () => {
    const uri = uniq('/article/empty-optional');
    const r = await srv.postComment({ uri, email: '', website: '', title: '' });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.comment.website, null);
    const s = await srv.postComment({ uri, site: '' });
    assert.equal(s.status, 201, `site "" means the default site: ${r.text}`);
    const l = await srv.list({ uri });
    assert.equal(l.body.count, 2);
  });

  test('the e-mail address is never returned by any route', async () => {
    const uri = uniq('/article/privacy');
    const email = `secret.${Date.now()}@example.org`;
    const local = email.split('@')[0];
    const seen = [];
    const p = await srv.postComment({ uri, email, author: 'Discrète', text: 'Je donne mon adresse.' });
    assert.equal(p.status, 201, p.text);
    seen.push(['POST', p]);
    const reply = await srv.postComment({ uri, email, parent: p.body.comment.id, text: 'Et encore.' });
    assert.equal(reply.status, 201, reply.text);
    seen.push(['POST reply', reply]);
    const put = await srv.put(`/api/v1/comments/${p.body.comment.id}`, { text: 'Modifié.' }, { headers: { 'X-Edit-Token': p.body.edit_token } });
    assert.equal(put.status, 200, put.text);
    seen.push(['PUT', put]);
    for (const sort of ['newest', 'oldest', 'popular']) seen.push([`list ${sort}`, await srv.list({ uri, sort, limit: 'all' })]);
    seen.push(['counts', await srv.get(`/api/v1/counts?uri=${encodeURIComponent(uri)}`)]);
    seen.push(['feed', await srv.get(`/feeds/comments.atom?uri=${encodeURIComponent(uri)}`)]);
    for (const [what, r] of seen) {
      assert.ok(r.status < 400, `${what} succeeded: ${r.status} ${r.text.slice(0, 200)}`);
      const all = JSON.stringify(r.headers) + r.text;
      assert.ok(!all.includes(email), `${what} leaks the e-mail address`);
      assert.ok(!all.includes(local), `${what} leaks the e-mail local part`);
    }
    for (const c of flatten(seen[3][1].body.comments)) assert.ok(!('email' in c), 'no email key in the list');
  });

  test('title is accepted', async () => {
    const uri = uniq('/article/title');
    const r = await srv.postComment({ uri, title: 'Drones : le débat' });
    assert.equal(r.status, 201, r.text);
  });

  test('anchor {paragraph, quote} is stored and returned', async () => {
    const uri = uniq('/article/anchor');
    // API.md does not say whether paragraph is an index or an id: either must round-trip.
    let anchor = { paragraph: 3, quote: 'les drones survolent la ville' };
    let r = await srv.postComment({ uri, anchor });
    if (r.status === 422) {
      anchor = { paragraph: 'p3', quote: anchor.quote };
      r = await srv.postComment({ uri, anchor });
    }
    assert.equal(r.status, 201, r.text);
    assert.deepEqual(r.body.comment.anchor, anchor);
    const l = await srv.list({ uri });
    assert.deepEqual(l.body.comments[0].anchor, anchor);
  });

  test('Unicode survives the round trip (French, Hebrew, Arabic, emoji)', async () => {
    const uri = uniq('/article/unicode');
    const author = 'Zoé עברית عربي 🙂';
    const text = 'Ça a l’air « bien » : שלום עולם — مرحبا 🚁';
    const { comment } = await srv.mustPost({ uri, author, text });
    assert.equal(comment.author, author.normalize('NFC'));
    assert.ok(decodeEntities(comment.html).includes(text.normalize('NFC')), comment.html);
  });

  test('Content-Type with parameters is accepted', async () => {
    const r = await srv.post('/api/v1/comments', { uri: uniq('/article/ct'), author: 'A', text: 'Avec charset.' },
      { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
    assert.equal(r.status, 201, r.text);
  });
});

describe('Markdown to safe HTML', () => {
  // The rendering is checked whatever moderation decides: a text made of
  // little more than a link may be held as spam (201 "pending"), and the
  // 201 answer carries the rendered comment either way.
  const render = async (text) => {
    const r = await srv.postComment({ uri: uniq('/article/md'), text });
    assert.equal(r.status, 201, r.text);
    return r.body.comment.html;
  };

  test('emphasis, strong, links, lists, code are rendered', async () => {
    const html = await render('**gras** et *italique*\n\n- un\n- deux\n\n`code` [lien](https://example.org/a?b=1&c=2)');
    assert.match(html, /<strong>gras<\/strong>/);
    assert.match(html, /<em>italique<\/em>/);
    assert.match(html, /<ul>\s*<li>un<\/li>\s*<li>deux<\/li>\s*<\/ul>/);
    assert.match(html, /<code>code<\/code>/);
    assert.match(html, /<a href="https:\/\/example\.org\/a\?b=1&amp;c=2"[^>]*>lien<\/a>/);
  });

  test('script tags are inert', async () => {
    const html = await render('Avant <script>alert(1)</script> après\n\n<script>\nalert(2)\n</script>');
    assert.ok(!/<script/i.test(html), html);
  });

  test('javascript:, vbscript: and data: links are inert', async () => {
    for (const t of ['[clic](javascript:alert(1))', '[clic](JaVaScRiPt:alert(1))', '<javascript:alert(1)>',
      '[clic](vbscript:msgbox(1))', '[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)']) {
      const html = await render(t);
      assert.ok(!/href\s*=\s*["']?\s*(javascript|vbscript|data):/i.test(html), `${t} -> ${html}`);
    }
  });

  test('raw HTML with event handlers, iframes and styles is not passed through', async () => {
    const html = await render('<img src=x onerror="alert(1)">\n\n<iframe src="https://evil.example"></iframe>\n\n<a href="#" onclick="x()">a</a> <style>body{}</style>');
    assert.ok(!/<img/i.test(html), html);
    assert.ok(!/<iframe/i.test(html), html);
    assert.ok(!/<style/i.test(html), html);
    assert.ok(!/<[^>]+\son\w+\s*=/i.test(html), html);
  });

  test('markdown images do not load remote content with handlers, quotes in URLs stay quoted', async () => {
    const html = await render('[x](https://example.org/"onmouseover="alert(1))');
    assert.ok(!/<[^>]+\sonmouseover\s*=/i.test(html), html);
  });

  test('angle brackets in text are escaped', async () => {
    const html = await render('si a < b et c > d alors <b>non</b>');
    assert.ok(!html.includes('<b>'), html);
    assert.ok(decodeEntities(html).includes('a < b et c > d'), html);
  });
});

describe('replies', () => {
  test('a reply is 201 with parent set and appears nested', async () => {
    const uri = uniq('/article/reply');
    const top = await srv.mustPost({ uri });
    const r = await srv.postComment({ uri, parent: top.id, author: 'Réponse', text: 'Je ne suis pas d’accord.' });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.comment.parent, top.id);
    const l = await srv.list({ uri });
    assert.equal(l.body.count, 2);
    assert.equal(l.body.comments.length, 1);
    assert.equal(l.body.comments[0].replies[0].id, r.body.comment.id);
  });

  test('a parent in another thread is 422 field parent', async () => {
    const other = await srv.mustPost({ uri: uniq('/article/other-thread') });
    const uri = uniq('/article/reply-wrong-thread');
    const r = await srv.postComment({ uri, parent: other.id });
    assertError(assert, r, 422, { field: 'parent' });
    const l = await srv.list({ uri });
    assert.equal(l.body.count, 0, 'nothing was stored');
  });

  test('an unknown parent is 422 field parent', async () => {
    const uri = uniq('/article/reply-unknown');
    assertError(assert, await srv.postComment({ uri, parent: 999999999 }), 422, { field: 'parent' });
  });

  test('a parent that is not a positive integer is 422 field parent', async () => {
    const uri = uniq('/article/reply-bad');
    for (const parent of [0, -1, 1.5, '1', true, [1], { id: 1 }]) {
      assertError(assert, await srv.postComment({ uri, parent }), 422, { field: 'parent' });
    }
  });

  test('parent null means top-level', async () => {
    const uri = uniq('/article/reply-null');
    const r = await srv.postComment({ uri, parent: null });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.comment.parent, null);
  });
});

describe('the feed shows what was posted', () => {
  test('posted comments appear in the Atom feed of their thread only', async () => {
    const uri = uniq('/article/post-feed');
    await srv.mustPost({ uri, author: 'Auteur du flux', text: 'Texte pour le flux.' });
    await srv.mustPost({ uri: uniq('/article/other-feed'), text: 'Autre fil, absent du flux.' });
    const r = await srv.get(`/feeds/comments.atom?uri=${encodeURIComponent(uri)}`);
    assert.equal(r.status, 200, r.text);
    const feed = await parseAtom(r.raw);
    assert.ok(feed.wellFormed, feed.error);
    assert.equal(feed.entries.length, 1);
    assert.ok(feed.entries[0].content.includes('Texte pour le flux.'));
    assert.ok(!r.text.includes('Autre fil'));
  });
});
