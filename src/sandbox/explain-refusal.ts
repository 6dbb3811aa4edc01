import type { DockhandError } from '../errors.ts';
import type { Lang } from '../lang/lang.ts';
import { pickLang } from '../lang/localize.ts';
import { resolveCommand } from './docker-commands.ts';
import { MAX_COMMAND_CHARS } from './parse-command.ts';
import { TAIL_MAX } from './policy-rules.ts';

type Text = { en: string; zh: string };
type Details = Record<string, unknown>;

/**
 * Echoed user text, made inert: no backticks to break the code span, no `<` `>` `&` that Slack would
 * read as `<!channel>` pings or links. Short, so a refusal never repeats a paste.
 */
const str = (v: unknown) =>
  (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v)).replace(/[`<>&]/g, '').slice(0, 80);
const cmd = (d: Details) => `\`docker ${str(d.typed) || str(d.command)}\``;

const EFFECT: Record<string, (d: Details) => Text> = {
  'not-offered': (d) => ({
    en: `${cmd(d)} isn't one of the read-only commands the sandbox offers. Try \`ps -a\`, \`images\`, \`logs\`, \`inspect\` or \`/docker help\`.`,
    zh: `${cmd(d)} 不在沙箱提供的唯讀指令裡。可以試試 \`ps -a\`、\`images\`、\`logs\`、\`inspect\`，或輸入 \`/docker help\`。`,
  }),
  unknown: (d) => ({
    en: `${cmd(d)} is not a docker command the sandbox knows. Try \`/docker help\`.`,
    zh: `${cmd(d)} 不是沙箱認得的 docker 指令。輸入 \`/docker help\` 看看能做什麼。`,
  }),
};

/** Why each kind of command stays off the sandbox, after what it would do. */
const BECAUSE: Record<string, Text> = {
  changes: { en: 'the sandbox only runs read-only commands, so everyone sees the same engine.', zh: '沙箱只執行唯讀指令，讓每個人看到的 engine 都一樣。' },
  'reads-host': { en: 'the sandbox never hands out files from its host.', zh: '沙箱不會把主機上的檔案交出去。' },
  registry: { en: 'the sandbox has no registry access and only runs read-only commands.', zh: '沙箱連不到 registry，而且只執行唯讀指令。' },
  streams: { en: 'the sandbox answers with one bounded reply, never an open stream.', zh: '沙箱只回一次有限的輸出，不開長時間的串流。' },
};

function notAllowed(d: Details): Text {
  const known = EFFECT[str(d.effect)];
  if (known) return known(d);
  const does = resolveCommand(str(d.command).split(' '))?.command.does ?? { en: 'changes the engine', zh: '會改變 engine' };
  const because = BECAUSE[str(d.effect)] ?? BECAUSE.changes!;
  return { en: `${cmd(d)} ${does.en}; ${because.en}`, zh: `${cmd(d)} ${does.zh}；${because.zh}` };
}

function flagNotAllowed(d: Details): Text {
  const flag = `\`${str(d.flag)}\``;
  if (d.escaping) {
    return {
      en: `${flag} would point docker at another engine, context or set of credentials; the sandbox only talks to its own engine.`,
      zh: `${flag} 會讓 docker 改連到別的 engine、context 或憑證；沙箱只跟自己的 engine 說話。`,
    };
  }
  const accepted = Array.isArray(d.accepted) && d.accepted.length > 0 ? d.accepted.join(', ') : null;
  const where = d.command ? `\`docker ${str(d.command)}\`` : '`docker`';
  return {
    en: `${flag} isn't a flag the sandbox accepts for ${where}. ${accepted ? `Accepted: ${accepted}.` : 'It takes no flags here.'}`,
    zh: `沙箱的 ${where} 不接受 ${flag}。${accepted ? `可以用：${accepted}。` : '這裡不接受任何旗標。'}`,
  };
}

const BAD_ARGS: Record<string, (d: Details) => Text> = {
  'too-long': () => ({ en: `That is too long for a command (over ${MAX_COMMAND_CHARS} characters).`, zh: `這段文字太長，不像一個指令（超過 ${MAX_COMMAND_CHARS} 個字元）。` }),
  'unclosed-quote': () => ({ en: 'A quote is not closed.', zh: '有一個引號沒有關上。' }),
  empty: () => ({ en: 'Which docker command? Try `ps -a`.', zh: '要執行哪個 docker 指令？試試 `ps -a`。' }),
  'missing-target': (d) => ({ en: `\`docker ${str(d.command)}\` needs a container or image name, e.g. \`docker ${str(d.command)} ${str(d.example)}\`.`, zh: `\`docker ${str(d.command)}\` 需要容器或映像的名稱，例如 \`docker ${str(d.command)} ${str(d.example)}\`。` }),
  'too-many-targets': (d) => ({ en: `\`docker ${str(d.command)}\` takes fewer names here (\`${str(d.value)}\` is one too many).`, zh: `\`docker ${str(d.command)}\` 在這裡不能接這麼多名稱（\`${str(d.value)}\` 多了）。` }),
  'no-targets': (d) => ({ en: `\`docker ${str(d.command)}\` takes no names here (got \`${str(d.value)}\`).`, zh: `\`docker ${str(d.command)}\` 在這裡不接名稱（收到 \`${str(d.value)}\`）。` }),
  'bad-name': (d) => ({ en: `\`${str(d.value)}\` is not a container or image name.`, zh: `\`${str(d.value)}\` 不是容器或映像的名稱。` }),
  'missing-value': (d) => ({ en: `\`${str(d.flag)}\` needs a value.`, zh: `\`${str(d.flag)}\` 後面需要一個值。` }),
  'bad-value': (d) => ({ en: `\`${str(d.value)}\` is not a valid value for \`${str(d.flag)}\` (logs show at most ${TAIL_MAX} lines).`, zh: `\`${str(d.value)}\` 不是 \`${str(d.flag)}\` 可以用的值（logs 最多顯示 ${TAIL_MAX} 行）。` }),
  'bad-filter': (d) => ({ en: `\`${str(d.value)}\` is not a filter the sandbox understands; write it as \`key=value\`, e.g. \`-f status=exited\`.`, zh: `\`${str(d.value)}\` 不是沙箱看得懂的篩選條件；請寫成 \`key=value\`，例如 \`-f status=exited\`。` }),
  'unknown-filter': (d) => ({ en: `The sandbox doesn't filter on \`${str(d.value)}\` for \`docker ${str(d.command)}\`. Accepted: ${(d.accepted as string[] | undefined)?.join(', ') || 'none'}.`, zh: `沙箱的 \`docker ${str(d.command)}\` 不能用 \`${str(d.value)}\` 篩選。可以用：${(d.accepted as string[] | undefined)?.join('、') || '無'}。` }),
};

const SHELL: Text = {
  en: 'the sandbox runs one read-only docker command at a time, with no shell: `;` `|` `&` `$(…)` backticks, redirects and line breaks are not accepted. Send the docker command on its own.',
  zh: '沙箱一次只執行一個唯讀的 docker 指令，不經過 shell：不接受 `;` `|` `&` `$(…)`、反引號、重新導向和換行。請只送出 docker 指令本身。',
};

function explain(err: DockhandError): Text {
  const d = err.details;
  switch (err.code) {
    case 'SHELL_SYNTAX':
      return { en: `\`${str(d.token)}\`: ${SHELL.en}`, zh: `\`${str(d.token)}\`：${SHELL.zh}` };
    case 'NOT_ALLOWED':
      return notAllowed(d);
    case 'FLAG_NOT_ALLOWED':
      return flagNotAllowed(d);
    case 'BAD_ARGS':
      return (BAD_ARGS[str(d.problem)] ?? (() => ({ en: err.message, zh: err.message })))(d);
    default:
      return { en: err.message, zh: err.message };
  }
}

/** Why the sandbox refused, in the asker's language: what the command would do, and what to do instead. */
export function explainRefusal(err: DockhandError, lang: Lang): string {
  return pickLang(explain(err), lang);
}
