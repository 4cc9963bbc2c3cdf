// The ceiling: a bare node:http server that answers a fixed JSON for GET and
// 200 for POST after reading the body. No routing, no validation, no state.
// Usage: node --import tsx bench/bare-server.ts <port>
import { createServer } from 'node:http';

const port = Number(process.argv[2] ?? 0);
const FIXED = JSON.stringify({
  id: '200001',
  name: 'backup-agent 01',
  description: 'fixed',
  enabled: true,
  readyState: true,
  permissions: ['default-permission'],
});
const CREATED = JSON.stringify({
  id: '200001',
  accessKey: 'AKIAFIXEDFIXEDFIXED0',
  secret: 'fixed-secret-fixed-secret-fixed-secret-00',
  expirationDate: '2099-01-01',
});

const server = createServer((req, res) => {
  if (req.method === 'POST') {
    req.on('data', () => {});
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(CREATED) });
      res.end(CREATED);
    });
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(FIXED) });
  res.end(FIXED);
});

server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  process.stdout.write(`bare listening on http://127.0.0.1:${actual}\n`);
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => process.exit(0));
}
