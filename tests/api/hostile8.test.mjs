// Hostile black-box tests of what the server sends a reader's or an
// editor's browser (helper hostile-8's pass; the browser side of the same
// pass is tests/browser/hostile8.test.mjs).  Each test is a finding, kept
// so that it stays fixed:
//   - the editors' console (/admin) and the demo page (/) had no
//     Content-Security-Policy and could be framed by any page: the console
//     shows readers' comments to an editor holding a session, and its
//     buttons approve, reject and delete — a page of the same site (its
//     SameSite=Strict cookie goes along) could frame it and steer the
//     editor's clicks.  Both now allow only their own scripts, styles and
//     API ('self'), no plugin, no <base>, and no framing at all
//     (frame-ancestors 'none', X-Frame-Options: DENY), also on a 304.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './helpers.mjs';

let srv;
before(async () => {
  srv = await startServer({ name: 'hostile8', args: ['demo'] });
});
after(async () => { if (srv) await srv.stop(); });

const directives = (csp) => new Map((csp || '').split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));

describe('the pages the server serves: console and demo', () => {
  for (const path of ['/admin', '/admin/', '/admin/index.html', '/']) {
    test(`${path}: a Content-Security-Policy of 'self' only, and never in a frame`, async () => {
      const r = await srv.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
      assert.equal(r.status, 200);
      assert.match(r.headers['content-type'], /^text\/html/);
      const csp = directives(r.headers['content-security-policy']);
      assert.deepEqual(csp.get('default-src'), ["'self'"]);
      assert.deepEqual(csp.get('script-src'), ["'self'"], 'no inline script, no other host');
      assert.deepEqual(csp.get('frame-ancestors'), ["'none'"]);
      assert.deepEqual(csp.get('object-src'), ["'none'"]);
      assert.deepEqual(csp.get('base-uri'), ["'none'"]);
      assert.equal(r.headers['x-frame-options'], 'DENY');
      assert.equal(r.headers['referrer-policy'], 'same-origin');
      assert.equal(r.headers['x-content-type-options'], 'nosniff');
      // the page has no inline script the policy would block
      const html = (await srv.get(path)).text;
      assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/i);
      assert.doesNotMatch(html, /\son[a-z]+=/i);
      assert.doesNotMatch(html, /\sstyle=/i);
      // a revalidation keeps the headers
      const again = await srv.get(path, { headers: { 'If-None-Match': r.headers.etag, 'Accept-Encoding': 'gzip' } });
      assert.equal(again.status, 304);
      assert.equal(again.headers['x-frame-options'], 'DENY');
      assert.ok(again.headers['content-security-policy']);
    });
  }

  test('scripts and style sheets are not pages: no policy of their own, still nosniff', async () => {
    for (const path of ['/widget/embed.js', '/widget/embed.css', '/admin/admin.js', '/demo.css']) {
      const r = await srv.get(path);
      assert.equal(r.status, 200, path);
      assert.equal(r.headers['content-security-policy'], undefined, path);
      assert.equal(r.headers['x-content-type-options'], 'nosniff', path);
    }
  });
});
