// Hostile review of the reader widget in a real browser, second part (what
// hostile18's pass left; issue 4).  Each test is a finding, kept so that it
// stays fixed:
//   - Escape on a reply form, a paragraph's (inline) form or the edit form
//     of one's own comment threw away what the reader had typed: one key
//     pressed by mistake and a long comment was gone.  Escape still closes
//     the form, but the text stays with its comment (or paragraph) for the
//     page's life: reopening the same form shows it again.  "Annuler" is a
//     labelled, deliberate choice: it still discards the text (and a
//     comment once posted leaves an empty form);
//   - the subscription panel ("S'abonner") had no Escape and no cancel: it
//     now has both, and the focus goes back to "S'abonner";
//   - on a wide screen a paragraph's marker sits 3.4 rem beyond the end of
//     its paragraph: on an article as wide as the page it was off the
//     screen (left of it in Hebrew) and the page scrolled sideways.  A
//     marker that would be off the screen now goes after its paragraph's
//     text, as on narrow screens; with room beside the paragraph it stays
//     in the margin;
//   - the focus ring of the selected sort button was the accent colour on
//     the button's dark (light, in the dark theme) background, about 2.6:1;
//     the ring of a comment focused by a click (not :focus-visible) was the
//     rule colour on white, 1.3:1.  Every focus indicator is now 3:1 at
//     least against the colours it touches (WCAG 2.2, 1.4.11), in the light
//     and the dark theme.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, apiPost, postTop, openPublisher, closePublisher } from './lib.mjs';

const pages = new Map();   /* path → html of the publisher's page */
let publisher;
let PUBLISHER;
let srv;
let browser;

before(async () => ({ publisher, PUBLISHER, srv, browser } = await openPublisher('hostile18b', pages)));
after(() => closePublisher({ publisher, srv, browser }));

const LONG = 'Le conseil municipal a voté hier soir le budget du tramway, après trois heures de débat. ';

function hostPage(uri, { attrs = '', lang = 'fr', dir = 'ltr', article = '' } = {}) {
  return `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>${article || '<p data-causerie-paragraph="p1">Le conseil a voté.</p>'}<div id="causerie" data-causerie-uri="${uri}" ${attrs}></div>
<script src="${srv.base}/widget/embed.js" async></script></body></html>`;
}

/** A reader on the publisher's page of `uri`, widget ready. */
async function reader(uri, { page: html = {}, ...opts } = {}) {
  pages.set(uri, hostPage(uri, html));
  const r = await openPage(browser, srv, { hostOrigin: PUBLISHER, ...opts });
  await r.page.goto(PUBLISHER + uri);
  await r.page.waitForSelector('.causerie[data-causerie-ready]', { timeout: 15000 });
  return r;
}

const isFocused = (loc) => loc.evaluate((el) => el === document.activeElement);

describe('drafts and Escape', () => {
  test('a reply: Escape keeps the text for the next opening; Annuler and a post leave it empty', async () => {
    const uri = '/h18b/reply-draft';
    await apiPost(srv, { uri, text: 'Un avis auquel répondre.' });
    const r = await reader(uri);
    const item = r.page.locator('.cz-list > .cz-item').first();
    const replyBtn = item.locator(':scope > .cz-comment').getByRole('button', { name: 'Répondre' });
    const box = item.locator('.cz-form-reply textarea');
    await replyBtn.click();
    await box.fill('Une longue réponse, écrite avec soin.');
    await r.page.keyboard.press('Escape');
    assert.equal(await box.count(), 0, 'Escape closes the form');
    assert.equal(await isFocused(replyBtn), true, 'focus back on "Répondre"');
    await r.page.keyboard.press('Enter');
    assert.equal(await box.inputValue(), 'Une longue réponse, écrite avec soin.', 'the text is back');
    assert.equal(await isFocused(box), true);
    /* closed by its toggle: kept too */
    await replyBtn.click();
    await replyBtn.click();
    assert.equal(await box.inputValue(), 'Une longue réponse, écrite avec soin.');
    /* Annuler discards it */
    await item.locator('.cz-form-reply').getByRole('button', { name: 'Annuler' }).click();
    await replyBtn.click();
    assert.equal(await box.inputValue(), '', 'Annuler discards the text');
    /* posted: the next form is empty */
    await box.fill('Ma réponse publiée.');
    await item.locator('.cz-form-reply').getByLabel('Nom', { exact: true }).fill('Lectrice');
    await item.locator('.cz-form-reply').getByRole('button', { name: 'Publier' }).click();
    await item.locator('.cz-replies .cz-body', { hasText: 'Ma réponse publiée.' }).waitFor({ timeout: 5000 });
    await replyBtn.click();
    assert.equal(await box.inputValue(), '', 'a posted reply is no draft');
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });

  test('a paragraph\'s form: Escape keeps the text for the next opening', async () => {
    const r = await reader('/h18b/inline-draft');
    const marker = r.page.locator('.causerie-marker');
    await marker.click();
    const box = r.page.locator('.cz-inline .cz-form-inline textarea');
    await box.fill('Ce paragraphe oublie le coût réel.');
    await r.page.keyboard.press('Escape');
    assert.equal(await r.page.locator('.cz-inline').count(), 0, 'Escape closes the panel');
    assert.equal(await isFocused(marker), true, 'focus back on the marker');
    await r.page.keyboard.press('Enter');
    assert.equal(await box.inputValue(), 'Ce paragraphe oublie le coût réel.', 'the text is back');
    await r.page.locator('.cz-inline').getByRole('button', { name: 'Annuler' }).click();
    await marker.click();
    assert.equal(await box.inputValue(), '', 'Annuler discards it');
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });

  test('the edit form: Escape keeps the changes for the next opening; Annuler goes back to the comment\'s text', async () => {
    const r = await reader('/h18b/edit-draft');
    assert.match(await postTop(r.page, { text: 'Mon avis, première version.' }), /publié/);
    const item = r.page.locator('.cz-list > .cz-item').first();
    const edit = item.getByRole('button', { name: 'Modifier' });
    const area = item.locator('.cz-editform textarea');
    await edit.click();
    assert.equal(await area.inputValue(), 'Mon avis, première version.');
    await area.fill('Mon avis, deuxième version, bien plus longue.');
    await r.page.keyboard.press('Escape');
    assert.equal(await area.count(), 0, 'Escape closes the form');
    assert.match(await item.locator(':scope > .cz-comment > .cz-body').textContent(), /première version/, 'nothing saved');
    await edit.click();
    assert.equal(await area.inputValue(), 'Mon avis, deuxième version, bien plus longue.', 'the changes are back');
    await item.locator('.cz-editform').getByRole('button', { name: 'Annuler' }).click();
    await edit.click();
    assert.equal(await area.inputValue(), 'Mon avis, première version.', 'Annuler discards the changes');
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });
});

describe('the subscription panel', () => {
  test('Escape and Annuler close it, the focus back on "S\'abonner"', async () => {
    const r = await reader('/h18b/subscribe-escape');
    const btn = r.page.getByRole('button', { name: 'S’abonner' });
    const panel = r.page.locator('.cz-subpanel');
    await btn.click();
    assert.equal(await panel.isVisible(), true);
    await panel.getByLabel('E-mail').fill('lectrice@example.org');
    await r.page.keyboard.press('Escape');
    assert.equal(await panel.isVisible(), false, 'Escape closes it');
    assert.equal(await btn.getAttribute('aria-expanded'), 'false');
    assert.equal(await isFocused(btn), true, 'focus back on "S’abonner"');
    await r.page.keyboard.press('Enter');
    assert.equal(await panel.isVisible(), true);
    await panel.getByRole('button', { name: 'Annuler' }).click();
    assert.equal(await panel.isVisible(), false, 'Annuler closes it');
    assert.equal(await btn.getAttribute('aria-expanded'), 'false');
    assert.equal(await isFocused(btn), true);
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });
});

describe('paragraph markers on a full-width article', () => {
  const article = (n) => `<article style="margin:0;padding:0">${Array.from({ length: n }, (_, i) => `<p data-causerie-paragraph="p${i + 1}" style="margin:0 0 1em">${LONG.repeat(3)}</p>`).join('')}</article>`;
  for (const [lang, dir] of [['fr', 'ltr'], ['he', 'rtl']]) {
    test(`${dir}, 1280 px and 320 px: no sideways scroll, every marker on the screen and clickable`, async () => {
      for (const width of [1280, 320]) {
        const uri = `/h18b/markers-${dir}-${width}`;
        const r = await reader(uri, { viewport: { width, height: 800 }, page: { lang, dir, article: `<style>body{margin:0}</style>${article(3)}` } });
        const geo = await r.page.evaluate(() => ({
          scroll: document.scrollingElement.scrollWidth,
          inner: innerWidth,
          markers: [...document.querySelectorAll('.causerie-marker')].map((m) => { const b = m.getBoundingClientRect(); return [b.left, b.right]; }),
        }));
        assert.ok(geo.scroll <= geo.inner, `${width} px: no sideways scroll: scrollWidth ${geo.scroll} > innerWidth ${geo.inner}`);
        assert.equal(geo.markers.length, 3);
        for (const [left, right] of geo.markers) assert.ok(left >= 0 && right <= geo.inner, `${width} px: marker at ${left}..${right} within 0..${geo.inner}`);
        /* a click where the marker shows opens its paragraph's panel */
        const m = r.page.locator('.causerie-marker').nth(1);
        await m.scrollIntoViewIfNeeded();
        const b = await m.boundingBox();
        await r.page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
        assert.equal(await m.getAttribute('aria-expanded'), 'true', `${width} px: the click reached the marker`);
        assert.equal(await r.page.locator('.cz-inline').count(), 1);
        assert.deepEqual(r.problems, []);
        await r.ctx.close();
      }
    });
  }

  test('with room beside a centred article, the marker stays in the margin; it moves in when the window narrows', async () => {
    const uri = '/h18b/markers-room';
    const r = await reader(uri, { viewport: { width: 1280, height: 800 },
      page: { article: `<article style="max-width:40rem;margin:0 auto"><p data-causerie-paragraph="p1">${LONG.repeat(3)}</p></article>` } });
    const where = () => r.page.evaluate(() => {
      const m = document.querySelector('.causerie-marker').getBoundingClientRect();
      const p = document.querySelector('[data-causerie-paragraph]').getBoundingClientRect();
      return { outside: m.left >= p.right, scroll: document.scrollingElement.scrollWidth, inner: innerWidth };
    });
    assert.equal((await where()).outside, true, 'in the margin beside the paragraph');
    /* a window just wider than the narrow layout's 60 rem, the article as wide as it */
    await r.page.setViewportSize({ width: 980, height: 800 });
    await r.page.evaluate(() => { document.querySelector('article').style.maxWidth = 'none'; });
    /* placed again in the next frame after the change of width (hostile20), not within the resize event */
    await r.page.waitForFunction(() => {
      const m = document.querySelector('.causerie-marker').getBoundingClientRect();
      return m.left < document.querySelector('[data-causerie-paragraph]').getBoundingClientRect().right;
    }, null, { timeout: 3000 }).catch(() => {});
    const w = await where();
    assert.equal(w.outside, false, 'after the paragraph\'s text');
    assert.ok(w.scroll <= w.inner, `no sideways scroll: ${w.scroll} > ${w.inner}`);
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });
});

/* In the page: each focus indicator met by Tab (and a comment focused by a
 * click), its ring colour and the colours on both sides of it. */
function ringsInPage() {
  const rgb = (s) => { const m = s.match(/[\d.]+/g).map(Number); return m.length > 3 ? m : [...m, 1]; };
  const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i], 0);
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const bg = (el) => { for (let e = el; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c[3] > 0) return c; } return [255, 255, 255, 1]; };
  return (el) => {
    const s = getComputedStyle(el);
    const name = `${el.tagName.toLowerCase()}.${el.className} ${(el.getAttribute('aria-label') || el.textContent).trim().slice(0, 30)}`;
    if (s.outlineStyle === 'none' || !parseFloat(s.outlineWidth)) return { name, worst: 0 };
    const ring = rgb(s.outlineColor);
    const off = parseFloat(s.outlineOffset);
    const w = parseFloat(s.outlineWidth);
    const own = bg(el);
    const outside = bg(el.parentElement);
    const border = parseFloat(s.borderTopWidth) ? rgb(s.borderTopColor) : own;
    const inner = off > 0 ? outside : off === 0 ? border : own;
    const outer = off + w > 0 ? outside : own;
    return { name, worst: Math.min(ratio(ring, inner), ratio(ring, outer)) };
  };
}

describe('focus indicators', () => {
  for (const theme of ['light', 'dark']) {
    test(`every focus ring is 3:1 against the colours beside it (${theme} theme)`, async () => {
      const uri = `/h18b/focus-${theme}`;
      await apiPost(srv, { uri, text: 'Un avis.' });
      const r = await reader(uri, { page: { attrs: `data-causerie-theme="${theme}"`,
        article: `<style>body{margin:0 2rem;background:${theme === 'dark' ? '#17181a' : '#fff'}}</style><p data-causerie-paragraph="p1">${LONG}</p>` } });
      await r.page.evaluate(`window.__ring = (${ringsInPage})()`);
      const seen = [];
      /* from the top of the page, Tab through the marker and the widget */
      await r.page.evaluate(() => document.activeElement.blur());
      for (let i = 0; i < 40; i++) {
        await r.page.keyboard.press('Tab');
        const got = await r.page.evaluate(() => {
          const a = document.activeElement;
          if (!a || a === document.body || !(a.closest('.causerie') || a.classList.contains('causerie-marker'))) return null;
          return window.__ring(a);
        });
        if (!got) break;
        seen.push(got);
      }
      assert.ok(seen.length > 15, `Tab went through the widget (${seen.length} stops)`);
      assert.ok(seen.some((s) => /cz-sortbtn/.test(s.name)), 'the sort buttons were met');
      /* the selected sort button, and a comment focused by a click */
      await r.page.locator('.cz-sortbtn[aria-pressed="true"]').focus();
      await r.page.keyboard.press('Shift+Tab');
      await r.page.keyboard.press('Tab');
      seen.push(await r.page.evaluate(() => window.__ring(document.activeElement)));
      await r.page.locator('.cz-list .cz-comment .cz-meta').first().click();
      await r.page.locator('.cz-list .cz-comment').first().evaluate((el) => el.focus());
      seen.push(await r.page.evaluate(() => window.__ring(document.activeElement)));
      const weak = seen.filter((s) => !(s.worst >= 3)).map((s) => `${s.name}: ${s.worst.toFixed(2)}:1`);
      assert.deepEqual([...new Set(weak)], [], 'focus rings under 3:1');
      assert.deepEqual(r.problems, []);
      await r.ctx.close();
    });
  }
});
