import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * A fake Docker Engine API on a unix socket that answers the way a real engine never would: too
 * slowly, byte by byte, without end, with hundreds of megabytes, malformed, nested 20,000 deep,
 * full of secrets and terminal control sequences. Each container or image name picks a behaviour
 * (`inspect big600`, `logs drip`, `top many`); the list endpoints take theirs from `lists`.
 * Bodies are generated as they are sent, with backpressure, so a 600 MB reply costs this process
 * one megabyte at a time. Used by the sandbox's tests and by `npm run bench:hostile`.
 */

/** Behaviours any per-object endpoint takes, named by the container or image. */
export const GENERIC = ['slow', 'drip', 'flood', 'big600', 'big300', 'deep', 'nulls', 'notjson', 'msg500', 'html500', 'cutoff'] as const;

/** Names whose content is hostile in an endpoint-specific way. */
export const SPECIAL = ['secrets', 'ctrl', 'badframes', 'redos', 'many', 'toomany', 'shape'] as const;

export type ListMode = 'normal' | 'many' | 'huge' | 'flood' | 'drip' | 'slow' | 'secrets' | 'shape' | 'ctrl';

export interface HostileEngineOptions {
  /** What /containers/json, /images/json, /networks and /volumes answer. */
  lists?: ListMode;
  /** How long `flood` keeps sending (ms); default 25 s, as in the review. */
  floodMs?: number;
  /** Socket path; default a fresh temp dir. */
  socketPath?: string;
}

export interface HostileEngine {
  /** DOCKER_HOST syntax: unix:///…/engine.sock */
  host: string;
  socketPath: string;
  /** Every request as `METHOD url`, in order. */
  requests: string[];
  /** Connections open right now (a request the client abandoned should not stay open). */
  openConnections(): number;
  /** Bytes written to clients so far. */
  bytesSent(): number;
  close(): Promise<void>;
}

/** Secrets of every shape the review found leaking, each with a unique marker to search for. */
export const SECRET_VALUES = ['hunter2', 'dXNlcjpodW50ZXIy', 'AIzaSy', 'xoxb-1-2-hunter2', 'eyJzdWIiOiJodW50ZXIyIn0', 'ghp_hunter2', 'AKIAHUNTER2HUNTER2XX'];

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJodW50ZXIyIn0.c2lnbmF0dXJlLWh1bnRlcjI';
const SECRET_CMD = `sh -c 'DB_PASS=hunter2-DBPASS; echo "connecting with password hunter2-LOG"; mysql -uroot -phunter2-LOGP; app --db-pass hunter2-CMD -p hunter2-P --auth=Basic dXNlcjpodW50ZXIy ${JWT} AIzaSyA1234567890abcdefghijklmnopqrstuv'`;
const SECRET_LOG_LINES = [
  'DB_PASS=hunter2-LOG2',
  'Authorization: Basic dXNlcjpodW50ZXIy',
  'pass: hunter2-LOG5',
  '{"password": "hunter2 LOG6 with spaces", "token":"xoxb-1-2-hunter2"}',
  'connecting with password hunter2-LOG7',
  'mysql -uroot -phunter2-LOGP',
  'curl -H "Authorization: Bearer ghp_hunter2hunter2hunter2hunter2hunter2" https://admin:hunter2-URL@example.com/x',
  `jwt ${JWT}`,
  'aws AKIAHUNTER2HUNTER2XX',
];
const CTRL = 'before\u001b[2J\u001b[31mred\u001b[0m \u202eoverride\u202c nul\u0000 bell\u0007 <!channel> <@U0ADMIN> `code` \r\rafter';

const now = () => Math.floor(Date.now() / 1000);

function container(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    Id: `${name.padEnd(12, '0').slice(0, 12)}${'a'.repeat(52)}`, Names: [`/${name}`], Image: 'fixture/busybox:1.0', ImageID: `sha256:${'b'.repeat(64)}`,
    Command: 'sleep 100000', Created: now() - 3600, Ports: [], Labels: {}, State: 'running', Status: 'Up About an hour',
    HostConfig: { NetworkMode: 'none' }, NetworkSettings: { Networks: {} }, Mounts: [], ...extra,
  };
}

function inspect(name: string, extra: { Config?: Record<string, unknown>; [k: string]: unknown } = {}): Record<string, unknown> {
  const { Config, ...rest } = extra;
  return {
    Id: `${'c'.repeat(64)}`, Created: new Date().toISOString(), Path: 'sleep', Args: ['100000'],
    State: { Status: 'running', Running: true, Pid: 42, ExitCode: 0 }, Image: `sha256:${'b'.repeat(64)}`,
    ResolvConfPath: `/var/lib/docker/containers/${'c'.repeat(64)}/resolv.conf`, HostsPath: `/var/lib/docker/containers/${'c'.repeat(64)}/hosts`,
    LogPath: `/var/lib/docker/containers/${'c'.repeat(64)}/${'c'.repeat(64)}-json.log`, Name: `/${name}`, RestartCount: 0, Driver: 'overlay2',
    GraphDriver: { Name: 'overlay2', Data: { LowerDir: '/var/lib/docker/overlay2/l/diff', MergedDir: '/var/lib/docker/overlay2/m/merged' } },
    Mounts: [], HostConfig: { Binds: null, NetworkMode: 'none' },
    Config: { Hostname: 'c', Tty: false, Env: ['PATH=/usr/bin'], Cmd: ['sleep', '100000'], Image: 'fixture/busybox:1.0', Labels: {}, ...Config },
    NetworkSettings: { Ports: {}, SandboxKey: '/var/run/docker/netns/abc' }, ...rest,
  };
}

const frame = (stream: 1 | 2, text: string): Buffer => {
  const payload = Buffer.from(text);
  const head = Buffer.alloc(8);
  head[0] = stream;
  head.writeUInt32BE(payload.length, 4);
  return Buffer.concat([head, payload]);
};

const INFO = {
  Containers: 3, ContainersRunning: 1, ContainersPaused: 0, ContainersStopped: 2, Images: 2, ServerVersion: '28.2.2', Driver: 'overlay2',
  DriverStatus: [['Backing Filesystem', 'extfs']], LoggingDriver: 'json-file', CgroupDriver: 'systemd', CgroupVersion: '2',
  Plugins: { Volume: ['local'], Network: ['bridge', 'null'], Log: ['json-file'] }, Swarm: {
    LocalNodeState: 'active', NodeID: 'n1', NodeAddr: '10.0.0.1', ControlAvailable: true, Managers: 1, Nodes: 1,
    Cluster: { ID: 'c1', Spec: { CAConfig: { ExternalCAs: [{ Protocol: 'cfssl', URL: 'https://u:hunter2-EXTCA@ca' }] } } },
  },
  Runtimes: { runc: {} }, DefaultRuntime: 'runc', OSType: 'linux', KernelVersion: '6.1.0', OperatingSystem: `Debian ${CTRL}`, Architecture: 'x86_64',
  NCPU: 2, MemTotal: 25_000_000_000, Name: 'sandbox-host', ID: 'ABCD:EFGH', DockerRootDir: '/srv/secret-root/docker', Debug: false,
  HTTPProxy: 'http://user:hunter2-PROXY@proxy:3128', HTTPSProxy: 'https://user:hunter2-PROXYS@proxy:3129', NoProxy: 'localhost',
  Labels: ['secret=hunter2-INFOLABEL', 'token=xoxb-1-2-hunter2', 'tier=sandbox'], ExperimentalBuild: false,
  RegistryConfig: { InsecureRegistryCIDRs: ['127.0.0.0/8'], IndexConfigs: {}, Mirrors: ['https://u:hunter2-MIRROR@mirror'] }, LiveRestoreEnabled: false,
};

const VERSION = {
  Platform: { Name: 'Docker Engine - Hostile' }, Version: '28.2.2', ApiVersion: '1.50',
  Components: [{ Name: 'Engine', Version: '28.2.2', Details: { ApiVersion: '1.50', MinAPIVersion: '1.24', GitCommit: 'e6534b4', GoVersion: 'go1.24', Os: 'linux', Arch: 'amd64', BuildTime: '2025-05-30T12:00:00.000000000+00:00', Experimental: 'false' } }],
};

interface Reply {
  status?: number;
  type?: string;
  /** A whole body, or a source of pieces (pulled as the socket drains). */
  body?: string | Buffer | (() => Generator<Buffer | string>);
  /** Never answer (the client must give up). */
  hang?: true;
  /** One byte every 500 ms, forever. */
  drip?: true;
  /** 1 MB pieces until `floodMs` or the client goes away. */
  flood?: true;
  /** Send this much, then cut the connection. */
  cutoff?: string;
}

const json = (value: unknown, status = 200): Reply => ({ status, type: 'application/json', body: JSON.stringify(value) });

/** A JSON array of `count` items made by `item(i)`, generated as it is sent. */
function jsonArray(count: number, item: (i: number) => unknown): () => Generator<string> {
  return function* () {
    const batch = 500;
    for (let i = 0; i < count; i += batch) {
      const parts: string[] = [];
      for (let j = i; j < Math.min(count, i + batch); j++) parts.push(JSON.stringify(item(j)));
      yield (i === 0 ? '[' : ',') + parts.join(',');
    }
    yield count === 0 ? '[]' : ']';
  };
}

/** `{"Id":"…","pad":"xxxx…"}` of about `mb` megabytes, a megabyte at a time. */
function hugeObject(mb: number): () => Generator<Buffer | string> {
  const piece = Buffer.alloc(1024 * 1024, 'x');
  return function* () {
    yield '{"Id":"huge","pad":"';
    for (let i = 0; i < mb; i++) yield piece;
    yield '"}';
  };
}

function generic(name: string): Reply | null {
  switch (name) {
    case 'slow':
      return { hang: true };
    case 'drip':
      return { drip: true, type: 'application/json' };
    case 'flood':
      return { flood: true, type: 'application/json' };
    case 'big600':
      return { type: 'application/json', body: hugeObject(600) };
    case 'big300':
      return { type: 'application/json', body: hugeObject(300) };
    case 'deep':
      return { type: 'application/json', body: '['.repeat(20_000) + ']'.repeat(20_000) };
    case 'nulls':
      return { type: 'application/json', body: 'null' };
    case 'notjson':
      return { type: 'application/json', body: 'DB_PASSWORD=hunter2-NOTJSON' };
    case 'msg500':
      return json({ message: `failed: DB_PASSWORD=hunter2-MSG500 token xoxb-9-9-hunter2 <!channel> \`\`\`${'x'.repeat(5000)}` }, 500);
    case 'html500':
      return { status: 500, type: 'text/html', body: '<html><body><h1>500 Internal Server Error</h1><!-- DB_PASSWORD=hunter2-HTML --></body></html>' };
    case 'cutoff':
      return { cutoff: '{"Id":"cut","Config":{"Env":["A=' };
    default:
      return null;
  }
}

function listReply(mode: ListMode, kind: 'containers' | 'images' | 'networks' | 'volumes'): Reply {
  const item = (i: number): unknown => {
    const name = `c${i}`;
    if (kind === 'images') return { Id: `sha256:${String(i).padStart(64, '0')}`, RepoTags: [`img${i}:latest`], RepoDigests: [], Created: now() - i, Size: 1000 + i };
    if (kind === 'networks') return { Id: `${String(i).padStart(64, '0')}`, Name: mode === 'ctrl' ? `net${i}\n<!here>\u001b[2J` : `net${i}`, Driver: 'bridge', Scope: 'local' };
    if (kind === 'volumes') return { Name: mode === 'ctrl' ? `vol${i}\n<!here>` : `vol${i}`, Driver: 'local' };
    if (mode === 'secrets') return container(name, { Command: SECRET_CMD, Labels: { 'db.pass': 'hunter2-LABEL' } });
    if (mode === 'ctrl') return container(name, { Command: CTRL, Names: [`/${name}\n<!here>`], Status: `Up ${CTRL}` });
    return { Id: `${String(i).padStart(64, '0')}`, Names: [`/${name}`], Image: 'x', Command: 'sleep', Created: now() - i, State: 'running', Status: 'Up' };
  };
  const wrap = (body: () => Generator<string>): Reply => {
    if (kind !== 'volumes') return { type: 'application/json', body };
    return {
      type: 'application/json',
      body: function* () {
        yield '{"Volumes":';
        yield* body();
        yield ',"Warnings":null}';
      },
    };
  };
  switch (mode) {
    case 'many':
      return wrap(jsonArray(30_000, item));
    case 'huge':
      return wrap(jsonArray(200_000, item));
    case 'flood':
      return { flood: true, type: 'application/json' };
    case 'drip':
      return { drip: true, type: 'application/json' };
    case 'slow':
      return { hang: true };
    case 'shape':
      return json(kind === 'volumes' ? { Volumes: [{ Name: 7 }] } : [{ Id: 7, Names: 'web', Ports: 5, Created: 'yesterday' }]);
    default:
      return wrap(jsonArray(3, item));
  }
}

function special(name: string, endpoint: string): Reply | null {
  switch (name) {
    case 'secrets':
      if (endpoint === 'container') {
        return json(inspect(name, {
          Args: ['-c', SECRET_CMD, '--db-pass', 'hunter2-ARGS', '-p', 'hunter2-SHORTP', 'PGPASS=hunter2-PGPASS'],
          Config: { Env: ['DB_PASSWORD=hunter2-ENV', 'SECRET_TOKEN=hunter2-very-secret'], Cmd: ['sh', '-c', SECRET_CMD], Labels: { 'db.pass': 'hunter2-LABEL', 'com.x.api-token': 'hunter2-T' } },
          Mounts: [{ Type: 'bind', Source: '/srv/secret-data', Destination: '/data' }],
        }));
      }
      if (endpoint === 'logs') return { type: 'application/vnd.docker.multiplexed-stream', body: Buffer.concat(SECRET_LOG_LINES.map((l, i) => frame(i % 2 ? 2 : 1, `${l}\n`))) };
      if (endpoint === 'top') return json({ Titles: ['UID', 'PID', 'CMD'], Processes: [['root', '1', 'app --db-pass hunter2-TOP -p hunter2-TOPP DB_PASS=hunter2-TOPDB'], ['root', '2', 'run --password hunter2-TOP0']] });
      if (endpoint === 'history') return json([{ Id: '<missing>', Created: now(), CreatedBy: 'RUN echo --db-pass hunter2-HIST0 && mysql -phunter2-HISTP', Size: 0, Comment: 'token=ghp_hunter2hunter2hunter2' }]);
      if (endpoint === 'image') return json({ Id: 'sha256:x', RepoTags: ['secrets:latest'], Config: { Env: ['SECRET_TOKEN=hunter2-IMG'], Labels: { password: 'hunter2-IMGLABEL' } } });
      return null;
    case 'ctrl':
      if (endpoint === 'container') return json(inspect(name, { Name: `/ctrl${CTRL}`, Config: { Labels: { note: CTRL } } }));
      if (endpoint === 'logs') return { type: 'application/vnd.docker.multiplexed-stream', body: Buffer.concat([frame(1, `${CTRL}\n`), frame(2, 'second \u009b31m line\n')]) };
      if (endpoint === 'top') return json({ Titles: ['PID', `CMD${CTRL}`], Processes: [['1', CTRL]] });
      if (endpoint === 'history') return json([{ Id: '<missing>', Created: now(), CreatedBy: CTRL, Size: 0, Comment: CTRL }]);
      return null;
    case 'badframes':
      if (endpoint === 'logs') return { type: 'application/vnd.docker.multiplexed-stream', body: 'DB_PASSWORD=hunter2-FRAMES not a frame at all\n' };
      return null;
    case 'redos': {
      if (endpoint !== 'logs') return null;
      const line = `${'passwd.'.repeat(1170)}\n`;
      return { type: 'application/vnd.docker.multiplexed-stream', body: Buffer.concat(Array.from({ length: 200 }, () => frame(1, line))) };
    }
    case 'many':
    case 'toomany': {
      const rows = name === 'many' ? 50_000 : 1_000_000;
      if (endpoint === 'top') {
        return {
          type: 'application/json',
          body: function* () {
            yield '{"Titles":["UID","PID","CMD"],"Processes":';
            yield* jsonArray(rows, (i) => ['root', String(i), i === 0 ? 'run --password hunter2-TOP0' : 'sleep'])();
            yield '}';
          },
        };
      }
      if (endpoint === 'history') return { type: 'application/json', body: jsonArray(rows, (i) => ({ Id: '<missing>', Created: now() - i, CreatedBy: `RUN step ${i}`, Size: i, Comment: '' })) };
      if (endpoint === 'logs') return { type: 'application/vnd.docker.multiplexed-stream', body: function* () { for (let i = 0; i < rows; i += 1000) yield Buffer.concat(Array.from({ length: 1000 }, (_, j) => frame(1, `line ${i + j}\n`))); } };
      return null;
    }
    case 'shape':
      if (endpoint === 'top') return json({ Titles: 'PID', Processes: [[1, 2]] });
      if (endpoint === 'history') return json([{ Id: 5, Created: 'yesterday' }]);
      if (endpoint === 'container') return json({ Config: { Tty: 'yes' }, NetworkSettings: { Ports: 'none' } });
      return null;
    default:
      return null;
  }
}

const notFound = (kind: string, name: string): Reply => json({ message: `No such ${kind}: ${name}` }, 404);

function route(path: string, lists: ListMode): Reply {
  const bare = path.replace(/^\/v\d+\.\d+/, '');
  if (bare === '/_ping') return { type: 'text/plain', body: 'OK' };
  if (bare === '/version') return json(VERSION);
  if (bare === '/info') return json(INFO);
  if (bare === '/system/df') return json({ LayersSize: 1000, Images: [], Containers: [], Volumes: [], BuildCache: [] });
  if (bare === '/containers/json') return listReply(lists, 'containers');
  if (bare === '/images/json') return listReply(lists, 'images');
  if (bare === '/networks') return listReply(lists, 'networks');
  if (bare === '/volumes') return listReply(lists, 'volumes');
  const c = /^\/containers\/([^/]+)\/(json|logs|top|stats)$/.exec(bare);
  if (c) {
    const [, name, what] = c as unknown as [string, string, string];
    const endpoint = what === 'json' ? 'container' : what;
    const found = generic(name) ?? special(name, endpoint);
    if (found) return found;
    // A special name without its own content for this endpoint behaves like an ordinary container.
    if ((SPECIAL as readonly string[]).includes(name)) {
      if (endpoint === 'container') return json(inspect(name));
      if (endpoint === 'logs') return { type: 'application/vnd.docker.multiplexed-stream', body: frame(1, 'ok\n') };
      if (endpoint === 'top') return json({ Titles: ['PID', 'CMD'], Processes: [['1', 'sleep']] });
    }
    return notFound('container', name);
  }
  const i = /^\/images\/(.+)\/(json|history)$/.exec(bare);
  if (i) {
    const [, name, what] = i as unknown as [string, string, string];
    const found = generic(name) ?? special(name, what === 'json' ? 'image' : 'history');
    return found ?? notFound('image', name);
  }
  return json({ message: 'page not found' }, 404);
}

async function send(res: ServerResponse, reply: Reply, floodMs: number, count: (n: number) => void): Promise<void> {
  if (reply.hang) return; // the client has to give up
  res.writeHead(reply.status ?? 200, { 'content-type': reply.type ?? 'application/json' });
  const gone = () => res.destroyed || res.writableEnded;
  const write = (piece: Buffer | string): Promise<void> => {
    count(typeof piece === 'string' ? Buffer.byteLength(piece) : piece.length);
    if (res.write(piece)) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        res.off('drain', done);
        res.off('close', done);
        resolve();
      };
      res.on('drain', done);
      res.on('close', done);
    });
  };
  if (reply.cutoff !== undefined) {
    await write(reply.cutoff);
    res.socket?.destroy();
    return;
  }
  if (reply.drip) {
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (gone()) {
          clearInterval(timer);
          resolve();
          return;
        }
        void write('[');
      }, 500);
      res.on('close', () => {
        clearInterval(timer);
        resolve();
      });
    });
    return;
  }
  if (reply.flood) {
    // A string that never ends: valid JSON as far as it goes, so only the byte cap can stop it.
    const piece = Buffer.alloc(1024 * 1024, 'x');
    const until = Date.now() + floodMs;
    await write('{"pad":"');
    while (!gone() && Date.now() < until) await write(piece);
    if (!gone()) res.end();
    return;
  }
  const body = reply.body ?? '';
  if (typeof body === 'function') {
    for (const piece of body()) {
      if (gone()) return;
      await write(piece);
    }
    if (!gone()) res.end();
    return;
  }
  count(typeof body === 'string' ? Buffer.byteLength(body) : body.length);
  res.end(body);
}

/** Starts the hostile engine on a fresh unix socket. */
export async function startHostileEngine(options: HostileEngineOptions = {}): Promise<HostileEngine> {
  const dir = options.socketPath ? null : mkdtempSync(join(tmpdir(), 'dh-hostile-'));
  const socketPath = options.socketPath ?? join(dir as string, 'engine.sock');
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  let sent = 0;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    requests.push(`${req.method} ${req.url}`);
    const path = (req.url ?? '').split('?')[0] ?? '';
    // The engine guard must never let anything else through; answer it the way an engine would.
    const reply = req.method === 'GET' || req.method === 'HEAD' ? route(path, options.lists ?? 'normal') : json({ message: 'refused by the fake' }, 405);
    send(res, reply, options.floodMs ?? 25_000, (n) => (sent += n)).catch(() => res.destroy());
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  // Keep-alive off: every request stands alone, as docker-modem's do.
  server.keepAliveTimeout = 1;
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  return {
    host: `unix://${socketPath}`,
    socketPath,
    requests,
    openConnections: () => sockets.size,
    bytesSent: () => sent,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
