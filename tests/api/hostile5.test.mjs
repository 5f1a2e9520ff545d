// Hostile black-box tests of the notifications and outputs (helper
// hostile-5's pass): subscriptions and their pages, the mails, the feeds,
// the Akismet-compatible API with odd clients, attacked as an outside tester
// would.  Each test is a finding, kept so that it stays fixed:
//   - the pages behind a mail's links (confirm, unsubscribe, manage) linked
//     "back to the page" to whatever absolute uri the subscription was made
//     with: anyone could subscribe a victim's address to
//     "https://evil.example/login" titled "Votre compte", and the site's own
//     confirmation page then sent the victim there (the mails and the feed
//     link only to site.origins, else to the public URL's root); a uri with
//     a space or '"' was written into the href unescaped;
//   - an Akismet form with a '%' that starts no escape ("I am 100% sure",
//     as curl -d sends it unencoded) was 400: PHP, and so Akismet, reads it
//     as the character itself;
//   - an Akismet form in ISO-8859-1 / windows-1252 (Akismet's blog_charset
//     field, or the Content-Type's charset), as a Latin-1 blog sends it, was
//     400 "not a form in UTF-8": it is decoded as the client says;
//   - the privacy page said a webhook receives "name, text, page" of each
//     comment: it receives the author's website too.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { startServer, runBinary, uniq } from './helpers.mjs';
import { SmtpSink, smtpEnv, linkIn, pathOf } from './smtp.mjs';

const ORIGIN = 'https://www.quotidien.example';
let srv;
let mail;
let key;
let mailNo = 0;
const addr = (who) => `${who}-${process.pid}-${(mailNo += 1)}@lecteurs.example`;

before(async () => {
  mail = await new SmtpSink().start();
  srv = await startServer({
    name: 'hostile5',
    env: { ...smtpEnv(mail), CAUSERIE_SITE_ORIGINS: ORIGIN },
  });
  const r = await runBinary(['akismet-key', 'add', 'hostile5'], { env: { CAUSERIE_STORE_URL: srv.store.url }, timeoutMs: 60000 });
  assert.equal(r.code, 0, r.stderr);
  key = r.stdout.trim();
});
after(async () => {
  if (srv) await srv.stop();
  if (mail) await mail.dispose();
});

/** Subscribes email to uri; returns the confirmation mail. */
async function subscribe(uri, email, title) {
  const r = await srv.post('/api/v1/subscriptions', { uri, email, kind: 'all', title });
  assert.equal(r.status, 202, r.text);
  const ms = await mail.waitTo(email, 1);
  return ms[ms.length - 1];
}

/** The hrefs of an HTML page. */
const hrefs = (html) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));

describe('the pages of the subscription links', () => {
  test('link back only to a page of site.origins, as the mails do; other uris to the public URL', async () => {
    const victim = addr('victim');
    const m = await subscribe('https://evil.example/login', victim, 'Votre compte');
    const confirm = await srv.get(pathOf(linkIn(m, '/subscriptions/confirm')));
    assert.equal(confirm.status, 200, confirm.text);
    const links = hrefs(confirm.text);
    assert.ok(!links.some((h) => h.includes('evil.example')), `no link off the site: ${links}`);
    assert.ok(links.includes(`${srv.base}/`), `the public URL's root instead: ${links}`);

    // the manage page (its link is in every notification) lists it the same way
    const manage = await srv.post('/api/v1/subscriptions/manage', { email: victim });
    assert.equal(manage.status, 202, manage.text);
    const mm = (await mail.waitTo(victim, 2))[1];
    const page = await srv.get(pathOf(linkIn(mm, '/subscriptions/manage')));
    assert.equal(page.status, 200, page.text);
    assert.ok(!hrefs(page.text).some((h) => h.includes('evil.example')), `manage page: ${hrefs(page.text)}`);

    // a page of the site's own origin is linked, a path is put on the public
    // URL, and what an href cannot hold is escaped
    const own = addr('own');
    const m2 = await subscribe(`${ORIGIN}/article/drones`, own);
    const c2 = await srv.get(pathOf(linkIn(m2, '/subscriptions/confirm')));
    assert.ok(hrefs(c2.text).includes(`${ORIGIN}/article/drones`), hrefs(c2.text).join(' '));
    const odd = addr('odd');
    const m3 = await subscribe('/article/un titre "cité"', odd);
    const c3 = await srv.get(pathOf(linkIn(m3, '/subscriptions/confirm')));
    assert.ok(hrefs(c3.text).includes(`${srv.base}/article/un%20titre%20%22cité%22`), hrefs(c3.text).join(' '));
    // and the one-click unsubscribe's answer page too
    await srv.postComment({ uri: '/article/un titre "cité"', text: 'Un avis mesuré, pour prévenir les abonnés.' });
    const n = (await mail.waitTo(odd, 2))[1];
    const un = await srv.req('POST', pathOf(n.header('List-Unsubscribe').slice(1, -1)), {
      body: 'List-Unsubscribe=One-Click', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(un.status, 200, un.text);
    assert.ok(hrefs(un.text).includes(`${srv.base}/article/un%20titre%20%22cité%22`), hrefs(un.text).join(' '));
  });
});

describe('Akismet: forms as PHP reads them', () => {
  const base = () => ({ api_key: key, blog: 'https://journal.example/', user_ip: '203.0.113.7' });
  const post = (path, body, headers = {}) => srv.req('POST', path, {
    body, headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
  });

  test("a '%' that starts no escape is the character itself, not a 400", async () => {
    const body = `${new URLSearchParams(base())}&comment_author=Ren%C3%A9&comment_content=J'en suis s%C3%BBr %C3%A0 100%, soldes -50%`;
    const r = await post('/1.1/comment-check', body);
    assert.equal(r.status, 200, r.text);
    assert.match(r.text, /^(true|false)$/);
    const v = await post('/1.1/verify-key', `key=${key}&blog=https://journal.example/100%`);
    assert.equal(v.status, 200, v.text);
    assert.equal(v.text, 'valid');
    // a malformed UTF-8 escape is still refused the Akismet way
    const bad = await post('/1.1/comment-check', `${new URLSearchParams(base())}&comment_content=%C3`);
    assert.equal(bad.status, 400);
    assert.ok(bad.headers['x-akismet-error']);
  });

  test('a form in ISO-8859-1 (blog_charset, or the charset of its Content-Type) is decoded as such', async () => {
    const w = uniq('').replace(/[^a-z0-9]/g, '').slice(-8);
    // three nonsense words, each with a Latin-1 letter, taught as spam in Latin-1
    const text = `zorgl${w}\u00e9 quix${w}\u00e8rie fl${w}\u00e2mbe`;
    const latin1 = (s) => [...Buffer.from(s, 'latin1')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
    for (let i = 0; i < 6; i += 1) {
      const viaField = `${new URLSearchParams({ ...base(), blog_charset: 'ISO-8859-1' })}&comment_content=${latin1(text)}`;
      const r = await post('/1.1/submit-spam', viaField);
      assert.equal(r.status, 200, r.text);
      assert.equal(r.text, 'Thanks for making the web a better place.');
    }
    // a raw Latin-1 byte, with the charset in the Content-Type only
    const raw = Buffer.concat([Buffer.from(`${new URLSearchParams(base())}&comment_content=`), Buffer.from(text, 'latin1')]);
    const byType = await post('/1.1/comment-check', raw, { 'Content-Type': 'application/x-www-form-urlencoded; charset=ISO-8859-1' });
    assert.equal(byType.status, 200, byType.text);
    assert.equal(byType.text, 'true', 'the words learned from Latin-1 are the words of the UTF-8 text');
    // what was learned is the text, not its bytes read as UTF-8
    const utf8 = await post('/1.1/comment-check', new URLSearchParams({ ...base(), comment_content: text }).toString());
    assert.equal(utf8.text, 'true');
    const mojibake = Buffer.from(text, 'utf8').toString('latin1');
    const other = await post('/1.1/comment-check', new URLSearchParams({ ...base(), comment_content: mojibake }).toString());
    assert.equal(other.text, 'false', `the mojibake "${mojibake}" was never taught`);
    // windows-1252's own letters (the curly quotes, the euro sign) too
    const q = await post('/1.1/comment-check', `${new URLSearchParams({ ...base(), blog_charset: 'windows-1252' })}&comment_content=%93Combien%3F%94 %80 20`);
    assert.equal(q.status, 200, q.text);
    // a form that says UTF-8 and is not is still 400
    const bad = await post('/1.1/comment-check', Buffer.concat([Buffer.from(`${new URLSearchParams({ ...base(), blog_charset: 'UTF-8' })}&comment_content=caf`), Buffer.from([0xe9])]));
    assert.equal(bad.status, 400);
  });
});

describe('the privacy page names what a webhook receives', () => {
  test('the website a comment gives is sent to the webhook, and the page says so', async () => {
    const got = [];
    const hook = http.createServer((req, res) => {
      let body = '';
      req.on('data', (d) => { body += d; });
      req.on('end', () => { got.push(JSON.parse(body)); res.end('ok'); });
    });
    await new Promise((r) => hook.listen(0, '127.0.0.1', r));
    const s = await startServer({
      name: 'hostile5-hook',
      env: {
        CAUSERIE_NOTIFY_WEBHOOK_URL: `http://127.0.0.1:${hook.address().port}/hook`,
        CAUSERIE_NOTIFY_WEBHOOK_SECRET: 'a-secret-of-sixteen-bytes',
        CAUSERIE_NOTIFY_POLL_MS: '100',
        CAUSERIE_SITE_LANG: 'en',
      },
    });
    try {
      await s.mustPost({ uri: '/privacy-hook', website: 'https://pierre.example/', email: 'pierre@lecteurs.example' });
      const deadline = Date.now() + 10000;
      while (!got.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      assert.equal(got.length, 1, 'the webhook was called');
      const c = got[0].comment;
      assert.equal(c.website, 'https://pierre.example/');
      assert.ok(!JSON.stringify(got[0]).includes('pierre@lecteurs.example'), 'no e-mail in a webhook');
      const page = await s.get('/privacy');
      assert.equal(page.status, 200);
      const note = /Published or held comments \(([^)]*)\)/.exec(page.text);
      assert.ok(note, 'the webhook note is on the page');
      for (const what of ['name', 'website', 'text', 'page']) assert.ok(note[1].includes(what), `"${note[1]}" names the ${what}`);
    } finally {
      await s.stop();
      hook.close();
    }
  });
});
