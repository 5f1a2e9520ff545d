/* md.js — the Markdown preview of the comment widget (embed.js loads it at a
 * reader's first "Aperçu", so the widget's first load does not carry it).
 * For: a small CommonMark subset built as DOM: paragraphs, line breaks (a
 * newline is a break, as on the server), > quotes, - and 1. lists, ``` code,
 * `code`, **strong**, *em*, [text](http…), <http…>; a heading shows as a
 * plain paragraph.
 * How: window.CauserieMarkdown(text, h) returns a fragment, h being the
 * widget's element builder.
 * Never: text becomes anything but text nodes; the published version is
 * rendered by the server (cmark). */
(() => {
'use strict';
let h;
function mdInline(s, out) {
  const re = /`([^`]+)`|\*\*([^*]+)\*\*|__([^_]+)__|\*([^*\s][^*]*)\*|_([^_\s][^_]*)_|\[([^\]]+)\]\(([^)\s]+)\)|<(https?:\/\/[^>\s]+)>|( {2,}|\\)?\n/g;
  let last = 0;
  let m;
  while ((m = re.exec(s))) {
    if (m.index > last) out.append(s.slice(last, m.index));
    if (m[1]) out.append(h('code', { text: m[1] }));
    else if (m[2] || m[3]) mdInline(m[2] || m[3], out.appendChild(h('strong')));
    else if (m[4] || m[5]) mdInline(m[4] || m[5], out.appendChild(h('em')));
    else if (m[6]) {
      if (/^(https?:|mailto:)/i.test(m[7])) mdInline(m[6], out.appendChild(h('a', { href: m[7], rel: 'nofollow ugc noopener' })));
      else out.append(m[0]);
    } else if (m[8]) out.append(h('a', { href: m[8], rel: 'nofollow ugc noopener', text: m[8] }));
    else out.append(h('br'));
    last = re.lastIndex;
  }
  if (last < s.length) out.append(s.slice(last));
  return out;
}
function markdown(text) {
  const frag = document.createDocumentFragment();
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const LIST = /^\s*([-*+]|\d+[.)])\s+/;
  const FENCE = /^\s*```/;
  const QUOTE = /^\s*>/;
  for (let i = 0; i < lines.length;) {
    const line = lines[i];
    const buf = [];
    if (FENCE.test(line)) {
      for (i++; i < lines.length && !FENCE.test(lines[i]); i++) buf.push(lines[i]);
      frag.append(h('pre', null, h('code', { text: buf.join('\n') })));
      i++;
    } else if (QUOTE.test(line)) {
      for (; i < lines.length && QUOTE.test(lines[i]); i++) buf.push(lines[i].replace(/^\s*> ?/, ''));
      frag.append(h('blockquote', null, markdown(buf.join('\n'))));
    } else if (LIST.test(line)) {
      const list = frag.appendChild(h(/^\s*\d/.test(line) ? 'ol' : 'ul'));
      for (; i < lines.length && LIST.test(lines[i]); i++) list.append(mdInline(lines[i].replace(LIST, ''), h('li')));
    } else if (line.trim()) {
      for (; i < lines.length && lines[i].trim() && !FENCE.test(lines[i]) && !QUOTE.test(lines[i]) && !LIST.test(lines[i]); i++) {
        buf.push(lines[i].replace(/^#{1,6}\s+/, ''));
      }
      frag.append(mdInline(buf.join('\n'), h('p')));
    } else {
      i++;
    }
  }
  return frag;
}
window.CauserieMarkdown = (text, make) => { h = make; return markdown(text); };
})();
