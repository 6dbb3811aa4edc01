/**
 * Every docker CLI command, mapped to one canonical name ("rm" and "container rm" are both
 * "container rm") so policy, refusals and card look-ups agree on what a command is. Refused commands
 * are listed as carefully as allowed ones: knowing them is what makes "rm -f web" a command to refuse
 * rather than a question to answer.
 */

/** Why a command is not run: what it would do to the sandbox. */
export type Effect = 'changes' | 'reads-host' | 'registry' | 'streams' | 'not-offered';

export interface DockerCommand {
  /** Canonical name, e.g. "container rm". */
  name: string;
  /** Set only for refused commands. */
  effect?: Effect;
  /** What it would change, for the refusal (refused commands only). */
  does?: { en: string; zh: string };
}

type Row = [name: string, effect: Effect | null, en?: string, zh?: string];

const ROWS: Row[] = [
  ['container ls', null],
  ['image ls', null],
  ['image history', null],
  ['inspect', null],
  ['container logs', null],
  ['container top', null],
  ['container stats', null],
  ['container port', null],
  ['system df', null],
  ['system info', null],
  ['network ls', null],
  ['volume ls', null],
  ['version', null],
  ['container run', 'changes', 'creates and starts a new container', '會建立並啟動新的容器'],
  ['container create', 'changes', 'creates a new container', '會建立新的容器'],
  ['container start', 'changes', 'starts a container', '會啟動容器'],
  ['container stop', 'changes', 'stops a running container', '會停止執行中的容器'],
  ['container restart', 'changes', 'restarts a container', '會重新啟動容器'],
  ['container kill', 'changes', 'kills a running container', '會強制終止執行中的容器'],
  ['container pause', 'changes', 'pauses a container', '會暫停容器'],
  ['container unpause', 'changes', 'resumes a paused container', '會恢復暫停的容器'],
  ['container rm', 'changes', 'removes containers', '會刪除容器'],
  ['container prune', 'changes', 'removes every stopped container', '會刪除所有停止的容器'],
  ['container rename', 'changes', 'renames a container', '會重新命名容器'],
  ['container update', 'changes', "changes a container's limits", '會修改容器的資源限制'],
  ['container commit', 'changes', "creates a new image from a container's changes", '會把容器的變更建立成新的映像'],
  ['container exec', 'changes', 'runs a program inside a container', '會在容器裡執行程式'],
  ['container attach', 'streams', "attaches to a container's terminal", '會連上容器的終端機'],
  ['container wait', 'streams', 'waits until a container stops', '會一直等到容器停止'],
  ['container cp', 'reads-host', 'copies files into or out of a container', '會把檔案複製進出容器'],
  ['container export', 'reads-host', "exports a container's whole file system", '會匯出容器的整個檔案系統'],
  ['container diff', 'not-offered'],
  ['image build', 'changes', 'builds a new image', '會建立新的映像'],
  ['image rm', 'changes', 'removes images', '會刪除映像'],
  ['image prune', 'changes', 'removes unused images', '會刪除沒有用到的映像'],
  ['image tag', 'changes', 'adds a tag to an image', '會替映像加上新的標籤'],
  ['image import', 'changes', 'creates an image from a tarball', '會從壓縮檔建立映像'],
  ['image load', 'changes', 'loads images from a tarball', '會從壓縮檔載入映像'],
  ['image save', 'reads-host', 'writes images out as a tarball', '會把映像匯出成壓縮檔'],
  ['image pull', 'registry', 'downloads an image from a registry', '會從 registry 下載映像'],
  ['image push', 'registry', 'uploads an image to a registry', '會把映像上傳到 registry'],
  ['search', 'registry', 'searches Docker Hub', '會搜尋 Docker Hub'],
  ['login', 'registry', 'stores registry credentials', '會儲存 registry 的帳號密碼'],
  ['logout', 'registry', 'removes registry credentials', '會移除 registry 的帳號密碼'],
  ['network create', 'changes', 'creates a network', '會建立網路'],
  ['network rm', 'changes', 'removes networks', '會刪除網路'],
  ['network prune', 'changes', 'removes unused networks', '會刪除沒有用到的網路'],
  ['network connect', 'changes', 'connects a container to a network', '會把容器接上網路'],
  ['network disconnect', 'changes', 'disconnects a container from a network', '會把容器從網路斷開'],
  ['network inspect', 'not-offered'],
  ['volume create', 'changes', 'creates a volume', '會建立 volume'],
  ['volume rm', 'changes', 'removes volumes and their data', '會刪除 volume 和裡面的資料'],
  ['volume prune', 'changes', 'removes unused volumes and their data', '會刪除沒有用到的 volume 和資料'],
  ['volume update', 'changes', 'changes a volume', '會修改 volume'],
  ['volume inspect', 'not-offered'],
  ['system prune', 'changes', 'removes stopped containers, unused networks and images', '會刪除停止的容器、沒用到的網路和映像'],
  ['system events', 'streams', 'streams engine events without end', '會不停地串流 engine 的事件'],
  ['system dial-stdio', 'streams', 'opens a raw connection to the engine', '會開一條直通 engine 的連線'],
  ['swarm', 'changes', 'changes the swarm cluster', '會改變 swarm 叢集'],
  ['node', 'changes', 'manages swarm nodes', '會管理 swarm 節點'],
  ['service', 'changes', 'manages swarm services', '會管理 swarm 服務'],
  ['stack', 'changes', 'deploys or removes stacks', '會部署或移除 stack'],
  ['secret', 'changes', 'manages secrets', '會管理 secret'],
  ['config', 'changes', 'manages swarm configs', '會管理 swarm config'],
  ['plugin', 'changes', 'installs or removes engine plugins', '會安裝或移除 engine 外掛'],
  ['context', 'changes', 'points docker at another engine', '會讓 docker 改連到別的 engine'],
  ['builder', 'changes', 'manages the build cache', '會管理建置快取'],
  ['buildx', 'changes', 'builds images', '會建立映像'],
  ['compose', 'changes', 'creates and removes whole applications', '會建立和移除整組應用程式'],
  ['manifest', 'registry', 'edits image manifests in a registry', '會修改 registry 裡的映像 manifest'],
  ['trust', 'registry', 'signs images in a registry', '會在 registry 簽署映像'],
  ['checkpoint', 'changes', 'checkpoints running containers', '會替執行中的容器建立檢查點'],
  ['init', 'changes', 'writes Docker files into a project', '會在專案裡寫入 Docker 檔案'],
  ['scout', 'registry', 'sends image data to an online service', '會把映像資料送到線上服務'],
  ['debug', 'changes', 'opens a shell in a container', '會在容器裡開 shell'],
  ['sbom', 'not-offered'],
];

const TABLE = new Map<string, DockerCommand>(
  ROWS.map(([name, effect, en, zh]) => [
    name,
    effect ? { name, effect, ...(en && zh ? { does: { en, zh } } : {}) } : { name },
  ]),
);

/** The short top-level forms and the notes' aliases, to their canonical names. */
const ALIASES: Record<string, string> = {
  ps: 'container ls', 'container ps': 'container ls', 'container list': 'container ls',
  images: 'image ls', 'image list': 'image ls', history: 'image history',
  'container inspect': 'inspect', 'image inspect': 'inspect',
  logs: 'container logs', top: 'container top', stats: 'container stats', port: 'container port',
  info: 'system info', events: 'system events',
  'network list': 'network ls', 'volume list': 'volume ls',
  run: 'container run', create: 'container create', start: 'container start', stop: 'container stop',
  restart: 'container restart', kill: 'container kill', pause: 'container pause', unpause: 'container unpause',
  rm: 'container rm', 'container remove': 'container rm', rename: 'container rename', update: 'container update',
  commit: 'container commit', exec: 'container exec', attach: 'container attach', wait: 'container wait',
  cp: 'container cp', export: 'container export', diff: 'container diff',
  build: 'image build', rmi: 'image rm', 'image remove': 'image rm', tag: 'image tag', import: 'image import',
  load: 'image load', save: 'image save', pull: 'image pull', push: 'image push',
  'network remove': 'network rm', 'volume remove': 'volume rm',
};

/** Commands whose second word picks the real command. */
const GROUPS = new Set(['container', 'image', 'network', 'volume', 'system']);

/** Every word that can start a docker command line (after `docker`). */
export const FIRST_WORDS: ReadonlySet<string> = new Set(
  [...TABLE.keys(), ...Object.keys(ALIASES)].map((name) => name.split(' ')[0]!),
);

/** Words that name a whole topic as much as a command: alone ("container", "swarm") they are questions. */
export const TOPIC_WORDS: ReadonlySet<string> = new Set([
  ...GROUPS, 'swarm', 'node', 'service', 'stack', 'secret', 'config', 'plugin', 'context', 'builder', 'buildx',
  'compose', 'manifest', 'trust', 'checkpoint', 'scout', 'debug', 'sbom',
]);

export interface Resolved {
  command: DockerCommand;
  /** How many argv words named the command (1 for `ps`, 2 for `container ls`). */
  words: number;
}

/**
 * Which docker command argv starts with, or null when the first word is no docker command.
 * A management command with an unknown or missing second word resolves to the group itself
 * (e.g. "container frobnicate" → "container"), which policy refuses as not offered.
 */
export function resolveCommand(argv: readonly string[]): Resolved | null {
  const [first, second] = argv;
  if (first === undefined || !FIRST_WORDS.has(first)) return null;
  if (GROUPS.has(first)) {
    const pair = `${first} ${second ?? ''}`;
    const name = ALIASES[pair] ?? pair;
    const command = TABLE.get(name);
    if (command) return { command, words: 2 };
    return { command: { name: first, effect: 'not-offered' }, words: 1 };
  }
  const name = ALIASES[first] ?? first;
  return { command: TABLE.get(name) ?? { name, effect: 'not-offered' }, words: 1 };
}
