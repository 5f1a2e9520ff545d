/* count.js — fills "N commentaires" on index pages with one counts call.
 *
 * What it is for: a home page or a list of articles shows how many comments
 * each article has.  Every element with data-causerie-count gets the text
 * "N commentaires" in the page's language; the value of the attribute is the
 * article's uri (empty: the pathname of the element's href).
 *
 * How it works: the comment server is where this script came from; the
 * strings come from the widget's tables (i18n/<lang>.js); all uris go in one
 * GET /api/v1/counts (split past 100 uris or 6 000 bytes of query, to keep
 * the request head under the server's limit).
 * data-causerie-site and data-causerie-lang on the element or on the script
 * tag choose the site and the language.
 *
 * What it must never do: write anything but text into the page, or ask any
 * host but the comment server. */
(() => {
  'use strict';
  const script = document.currentScript || document.querySelector('script[src*="/widget/count"]');
  const src = (script ? script.src : location.href).split(/[?#]/)[0];
  const base = /\/widget\/[^/]*$/.test(src) ? src.replace(/\/widget\/[^/]*$/, '') : new URL(src).origin;
  const langs = ['fr', 'en', 'he', 'ar'];
  const attr = (el, n) => {
    const v = el.getAttribute(`data-causerie-${n}`) || (script && script.getAttribute(`data-causerie-${n}`));
    return v && v.trim() ? v.trim() : null;
  };
  const pick = (v) => {
    const l = String(v || '').toLowerCase().split(/[-_]/)[0];
    return langs.includes(l) ? l : l === 'iw' ? 'he' : 'en';
  };
  const loaded = {};
  const table = (lang) => {
    if (!loaded[lang]) {
      loaded[lang] = new Promise((resolve, reject) => {
        const s = document.createElement('script');
        s.src = base + { fr: '/widget/i18n/fr.js', en: '/widget/i18n/en.js', he: '/widget/i18n/he.js', ar: '/widget/i18n/ar.js' }[lang];
        s.async = true;
        s.onload = () => resolve(window.CauserieI18n[lang]);
        s.onerror = reject;
        document.head.append(s);
      });
    }
    return loaded[lang];
  };

  function run() {
    const els = [...document.querySelectorAll('[data-causerie-count]')];
    if (!els.length) return;
    const groups = new Map();   /* site → [{el, uri, lang}] */
    for (const el of els) {
      let uri = el.getAttribute('data-causerie-count').trim();
      if (!uri && el.href) uri = new URL(el.href, location.href).pathname;
      if (!uri) continue;
      const site = attr(el, 'site') || '';
      const lang = pick(attr(el, 'lang') || (el.closest('[lang]') || document.documentElement).getAttribute('lang'));
      if (!groups.has(site)) groups.set(site, []);
      groups.get(site).push({ el, uri, lang });
    }
    for (const [site, items] of groups) {
      /* batches of at most 100 uris and 6 000 bytes of query: the server
       * takes a request head of about 15 KB, and long uris fill it first */
      const batches = [];
      let cur = [], len = 0;
      for (const u of new Set(items.map((i) => i.uri))) {
        /* a uri the server refuses has no thread: 0, not sent (its 422 blanked the call) */
        const q = [...u].length > 2000 || /[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_C}]/u.test(u) ? '' : `uri=${encodeURIComponent(u)}`;
        if (cur.length && (cur.length === 100 || len + q.length > 6000)) { batches.push(cur); cur = []; len = 0; }
        cur.push([u, q]);
        len += q.length + 1;
      }
      if (cur.length) batches.push(cur);
      for (const batch of batches) {
        const qs = batch.map((b) => b[1]).filter(Boolean).join('&') + (site ? `&site=${encodeURIComponent(site)}` : '');
        const counts = fetch(`${base}/api/v1/counts?${qs}`).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))));
        const want = new Set(batch.map((b) => b[0]));
        const mine = items.filter((i) => want.has(i.uri));
        Promise.all([counts, ...[...new Set(mine.map((i) => i.lang))].map(table)]).then(([data]) => {
          for (const { el, uri, lang } of mine) {
            const n = Number(data[uri]) || 0;
            const forms = window.CauserieI18n[lang].comments;
            const s = forms[new Intl.PluralRules(lang).select(n)] || forms.other;
            el.textContent = s.replace('{n}', new Intl.NumberFormat(lang).format(n));
            el.setAttribute('data-causerie-counted', n);
          }
        }).catch((e) => { if (window.console) console.warn('causerie count:', e.message); });
      }
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
  else run();
})();
