// bench/http/idle-streams.mjs — holds many idle live-event readers open:
// N event streams spread over P pages (/bench/page/0 … P-1, round robin)
// plus R on /bench/post (the page bench/http/post.lua posts to).  Prints
// "ready N+R" once every stream has had its ": connected" line, then reads
// and drops whatever comes until it is killed.  Used by
// bench/http/post-streams.sh; alone:
//   node bench/http/idle-streams.mjs http://127.0.0.1:PORT N P [R]
import net from 'node:net';

const [base, nArg, pArg, rArg] = process.argv.slice(2);
const N = Number(nArg), P = Number(pArg), R = Number(rArg || 0);
const { hostname, port } = new URL(base);

function open(uri) {
  return new Promise((resolve, reject) => {
    const s = net.connect({ host: hostname, port: Number(port) }, () => {
      s.write(`GET /api/v1/events?uri=${encodeURIComponent(uri)} HTTP/1.1\r\nHost: bench\r\n` +
              'Accept: text/event-stream\r\n\r\n');
    });
    let buf = '', ready = false;
    s.setEncoding('utf8');
    s.on('data', (d) => {
      if (ready) return;
      buf += d;
      if (!buf.startsWith('HTTP/1.1 200')) return reject(new Error(`${uri}: ${buf.slice(0, 40)}`));
      if (buf.includes(': connected')) { ready = true; buf = ''; resolve(s); }
    });
    s.on('error', (e) => (ready ? undefined : reject(e)));
    s.on('close', () => { if (!ready) reject(new Error(`${uri}: closed`)); });
  });
}

const uris = [];
for (let i = 0; i < N; i++) uris.push(`/bench/page/${i % P}`);
for (let i = 0; i < R; i++) uris.push('/bench/post');
const socks = [];
for (let i = 0; i < uris.length; i += 200)
  socks.push(...(await Promise.all(uris.slice(i, i + 200).map(open))));
console.log(`ready ${socks.length}`);
