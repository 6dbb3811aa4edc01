import type { AnyDockhandError, BadArgsDetails, BadArgsProblem, ErrorDetails } from '../errors.ts';
import type { Lang } from '../lang/lang.ts';
import { pickLang } from '../lang/localize.ts';
import { resolveCommand } from './docker-commands.ts';
import { cleanCell } from './format/clean-text.ts';
import { MAX_COMMAND_CHARS } from './parse-command.ts';
import { TAIL_MAX } from './policy-rules.ts';

type Text = { en: string; zh: string };

/**
 * Echoed user text, made safe to quote: secrets redacted, control characters escaped, backticks
 * (which would end the code span) shown as quotes, and short, so a refusal never repeats a paste.
 * `<` `>` `&` stay: they are what was typed, and every surface that reads them as markup (Slack)
 * escapes them.
 */
const echo = (v: string | null | undefined): string => {
  const text = cleanCell((v ?? '').slice(0, 400)).replace(/`/g, "'");
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
};

type NotAllowed = ErrorDetails['NOT_ALLOWED'];
const cmd = (d: NotAllowed) => `\`docker ${echo(d.typed) || echo(d.command)}\``;

const EFFECT: Record<string, (d: NotAllowed) => Text> = {
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

function notAllowed(d: NotAllowed): Text {
  const known = EFFECT[d.effect];
  if (known) return known(d);
  const does = resolveCommand(d.command.split(' '))?.command.does ?? { en: 'changes the engine', zh: '會改變 engine' };
  const because = BECAUSE[d.effect] ?? BECAUSE.changes!;
  return { en: `${cmd(d)} ${does.en}; ${because.en}`, zh: `${cmd(d)} ${does.zh}；${because.zh}` };
}

function flagNotAllowed(d: ErrorDetails['FLAG_NOT_ALLOWED']): Text {
  const flag = `\`${echo(d.flag)}\``;
  if (d.escaping) {
    return {
      en: `${flag} would point docker at another engine, context or set of credentials; the sandbox only talks to its own engine.`,
      zh: `${flag} 會讓 docker 改連到別的 engine、context 或憑證；沙箱只跟自己的 engine 說話。`,
    };
  }
  const accepted = d.accepted.length > 0 ? d.accepted.join(', ') : null;
  const where = d.command ? `\`docker ${echo(d.command)}\`` : '`docker`';
  return {
    en: `${flag} isn't a flag the sandbox accepts for ${where}. ${accepted ? `Accepted: ${accepted}.` : 'It takes no flags here.'}`,
    zh: `沙箱的 ${where} 不接受 ${flag}。${accepted ? `可以用：${accepted}。` : '這裡不接受任何旗標。'}`,
  };
}

const c = (d: BadArgsDetails) => `\`docker ${echo(d.command)}\``;
const v = (d: BadArgsDetails) => `\`${echo(d.value)}\``;
const f = (d: BadArgsDetails) => `\`${echo(d.flag)}\``;

function badValue(d: BadArgsDetails): Text {
  switch (d.expects) {
    case 'bool':
      return { en: `${f(d)} takes no value (or \`=true\` / \`=false\`); got ${v(d)}.`, zh: `${f(d)} 不需要值（或寫 \`=true\` / \`=false\`）；收到 ${v(d)}。` };
    case 'int':
      return { en: `${f(d)} takes a whole number; got ${v(d)}.`, zh: `${f(d)} 後面要接整數；收到 ${v(d)}。` };
    default:
      return {
        en: `${f(d)} takes a number of lines or \`all\` (logs show at most ${TAIL_MAX} lines); got ${v(d)}.`,
        zh: `${f(d)} 後面要接行數或 \`all\`（logs 最多顯示 ${TAIL_MAX} 行）；收到 ${v(d)}。`,
      };
  }
}

const BAD_ARGS: Record<BadArgsProblem, (d: BadArgsDetails) => Text> = {
  'too-long': () => ({ en: `That is too long for a command (over ${MAX_COMMAND_CHARS} characters).`, zh: `這段文字太長，不像一個指令（超過 ${MAX_COMMAND_CHARS} 個字元）。` }),
  'unclosed-quote': () => ({ en: 'A quote is not closed.', zh: '有一個引號沒有關上。' }),
  empty: () => ({ en: 'Which docker command? Try `ps -a`.', zh: '要執行哪個 docker 指令？試試 `ps -a`。' }),
  'missing-target': (d) => ({
    en: `${c(d)} needs a container or image name, e.g. \`docker ${echo(d.command)} ${echo(d.example)}\`.`,
    zh: `${c(d)} 需要容器或映像的名稱，例如 \`docker ${echo(d.command)} ${echo(d.example)}\`。`,
  }),
  'too-many-targets': (d) => ({ en: `${c(d)} takes fewer names here (${v(d)} is one too many).`, zh: `${c(d)} 在這裡不能接這麼多名稱（${v(d)} 多了）。` }),
  'no-targets': (d) => ({ en: `${c(d)} takes no names here (got ${v(d)}).`, zh: `${c(d)} 在這裡不接名稱（收到 ${v(d)}）。` }),
  'bad-name': (d) => ({ en: `${v(d)} is not a container or image name.`, zh: `${v(d)} 不是容器或映像的名稱。` }),
  'missing-value': (d) => ({ en: `${f(d)} needs a value.`, zh: `${f(d)} 後面需要一個值。` }),
  'bad-value': badValue,
  'bad-filter': (d) => ({
    en: `${v(d)} is not a filter the sandbox understands; write it as \`key=value\`, e.g. \`-f status=exited\`.`,
    zh: `${v(d)} 不是沙箱看得懂的篩選條件；請寫成 \`key=value\`，例如 \`-f status=exited\`。`,
  }),
  'bad-filter-value': (d) => {
    const accepted = d.accepted && d.accepted.length > 0 ? d.accepted : null;
    return {
      en: `${v(d)} is not a value of the ${f(d)} filter${accepted ? `; use one of ${accepted.join(', ')}` : ''}.`,
      zh: `${v(d)} 不是 ${f(d)} 篩選條件可以用的值${accepted ? `；可以用：${accepted.join('、')}` : ''}。`,
    };
  },
  'unknown-filter': (d) => ({
    en: `The sandbox doesn't filter on ${v(d)} for ${c(d)}. Accepted: ${d.accepted?.join(', ') || 'none'}.`,
    zh: `沙箱的 ${c(d)} 不能用 ${v(d)} 篩選。可以用：${d.accepted?.join('、') || '無'}。`,
  }),
  'bad-ps-args': (d) => ({
    en: `${v(d)} are not ps options the sandbox runs for ${c(d)}. Try \`aux\`, \`-ef\` or \`-eo pid,user,args\` (never a process's environment).`,
    zh: `${v(d)} 不是沙箱的 ${c(d)} 會執行的 ps 選項。可以試試 \`aux\`、\`-ef\` 或 \`-eo pid,user,args\`（不會顯示行程的環境變數）。`,
  }),
  'bad-port': (d) => ({ en: `${v(d)} is not a port; write it as \`80\` or \`80/tcp\`.`, zh: `${v(d)} 不是連接埠；請寫成 \`80\` 或 \`80/tcp\`。` }),
  'bad-reference': (d) => ({
    en: `${v(d)} is not an image name; e.g. \`docker images hello-world\` or \`docker images fishboneapps/hello-world:latest\`.`,
    zh: `${v(d)} 不是映像名稱；例如 \`docker images hello-world\` 或 \`docker images fishboneapps/hello-world:latest\`。`,
  }),
};

const SHELL: Text = {
  en: 'the sandbox runs one read-only docker command at a time, with no shell: `;` `|` `&` `$(…)` backticks, redirects and line breaks are not accepted. Send the docker command on its own.',
  zh: '沙箱一次只執行一個唯讀的 docker 指令，不經過 shell：不接受 `;` `|` `&` `$(…)`、反引號、重新導向和換行。請只送出 docker 指令本身。',
};

function explain(err: AnyDockhandError): Text {
  switch (err.code) {
    case 'SHELL_SYNTAX': {
      const token = `\`${echo(err.details.token)}\``;
      return { en: `${token}: ${SHELL.en}`, zh: `${token}：${SHELL.zh}` };
    }
    case 'NOT_ALLOWED':
      return notAllowed(err.details);
    case 'FLAG_NOT_ALLOWED':
      return flagNotAllowed(err.details);
    case 'BAD_ARGS':
      return BAD_ARGS[err.details.problem](err.details);
    default:
      return { en: err.message, zh: err.message };
  }
}

/** Why the sandbox refused, in the asker's language: what the command would do, and what to do instead. */
export function explainRefusal(err: AnyDockhandError, lang: Lang): string {
  return pickLang(explain(err), lang);
}
