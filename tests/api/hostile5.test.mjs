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
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './helpers.mjs';
import { SmtpSink, smtpEnv, linkIn, pathOf } from './smtp.mjs';

const ORIGIN = 'https://www.quotidien.example';
let srv;
let mail;
let mailNo = 0;
const addr = (who) => `${who}-${process.pid}-${(mailNo += 1)}@lecteurs.example`;

before(async () => {
  mail = await new SmtpSink().start();
  srv = await startServer({
    name: 'hostile5',
    env: { ...smtpEnv(mail), CAUSERIE_SITE_ORIGINS: ORIGIN },
  });
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
