// bench/sse: thousands of idle live-event readers on one server.
//
// Opens N event streams (default 5000) on one thread, checks the server's
// thread count and RSS, posts one comment and measures how long until every
// stream has received it.  Run by `make bench` (bench/http/run.sh) or alone:
//   node bench/sse/run.mjs http://127.0.0.1:PORT PID [N]
import http from 'node:http';
import fs from 'node:fs';

const [base, pid, nArg] = process.argv.slice(2);
const N = Number(nArg || 5000);
const uri = `/bench/live-${Date.now()}`;
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

function status(field) {
  const m = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+)`, 'm'));
  return m ? Number(m[1]) : NaN;
}

const streams = [];
let received = 0;
let resolveAll;
const allDone = new Promise((r) => { resolveAll = r; });
function open() {
  return new Promise((resolve, reject) => {
    const req = http.get(`${base}/api/v1/events?uri=${encodeURIComponent(uri)}`, { agent }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`status ${res.statusCode}`));
      let buf = '';
      let got = false;
      res.setEncoding('utf8');
      res.on('data', (d) => {
        buf += d;
        if (buf.includes(': connected')) resolve();
        if (!got && buf.includes('event: comment')) {
          got = true;
          if (++received === N) resolveAll();
        }
      });
      res.on('error', () => {});
    });
    req.on('error', reject);
    streams.push(req);
  });
}

const rssBefore = status('VmRSS');
const t0 = Date.now();
for (let i = 0; i < N; i += 200) {
  await Promise.all(Array.from({ length: Math.min(200, N - i) }, open));
}
const openMs = Date.now() - t0;
const threads = status('Threads');
const rssOpen = status('VmRSS');

const t1 = process.hrtime.bigint();
const body = JSON.stringify({ uri, author: 'Bench', text: 'One comment for every live reader.' });
await new Promise((resolve, reject) => {
  const req = http.request(`${base}/api/v1/comments`, { method: 'POST', headers: { 'Content-Type': 'application/json' } }, (res) => {
    res.resume();
    res.on('end', () => (res.statusCode === 201 ? resolve() : reject(new Error(`POST ${res.statusCode}`))));
  });
  req.on('error', reject);
  req.end(body);
});
const timeout = setTimeout(() => resolveAll(), 30000);
await allDone;
clearTimeout(timeout);
const fanoutMs = Number(process.hrtime.bigint() - t1) / 1e6;

console.log(`idle event streams open: ${N} in ${openMs} ms`);
console.log(`server threads with ${N} streams open: ${threads}`);
console.log(`server RSS: ${(rssBefore / 1024).toFixed(1)} MB before, ${(rssOpen / 1024).toFixed(1)} MB with the streams open (${((rssOpen - rssBefore) / N).toFixed(2)} KB per stream)`);
console.log(`one new comment reached ${received}/${N} streams in ${fanoutMs.toFixed(0)} ms`);
for (const s of streams) s.destroy();
agent.destroy();
process.exit(received === N ? 0 : 1);
