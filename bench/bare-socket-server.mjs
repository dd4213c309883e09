/**
 * The baseline for the fan-out benchmark: a bare socket.io server (the same socket.io
 * the API runs, on the same path) with no framework, session or database. A client joins
 * a room with `join` (acknowledged); an HTTP POST /broadcast/<room> with a JSON body emits
 * that body to the room as `post.created`, once, as the app's gateway does, so both sides
 * of the benchmark start from one HTTP request.
 *   node bench/bare-socket-server.mjs <port>
 */
import { createServer } from 'node:http';
import { apiRequire } from './lib.mjs';

const { Server } = apiRequire('socket.io');
const [port] = process.argv.slice(2);

const http = createServer((req, res) => {
  const match = req.method === 'POST' && /^\/broadcast\/([\w:-]+)$/.exec(req.url ?? '');
  if (!match) {
    res.writeHead(404).end();
    return;
  }
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    io.to(match[1]).emit('post.created', JSON.parse(Buffer.concat(chunks).toString()));
    res.writeHead(204).end();
  });
});
const io = new Server(http, { path: '/socket.io', serveClient: false, maxHttpBufferSize: 8192 });
io.on('connection', (socket) => {
  socket.on('join', (room, ack) => {
    void socket.join(String(room));
    ack({ ok: true });
  });
});
http.listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
