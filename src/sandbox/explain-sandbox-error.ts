import type { AnyDockhandError, UnreachableReason } from '../errors.ts';
import type { Lang } from '../lang/lang.ts';
import { pickLang } from '../lang/localize.ts';
import { explainRefusal } from './explain-refusal.ts';

type Text = { en: string; zh: string };

/** What "not reachable" meant this time, in a few words (the details are in the log). */
const WHY: Record<UnreachableReason, Text> = {
  refused: { en: 'nothing is listening at its address', zh: '它的位址上沒有服務在聽' },
  'no-socket': { en: 'its socket is not there', zh: '找不到它的 socket' },
  permission: { en: 'Dockhand may not open its socket', zh: 'Dockhand 沒有權限開啟它的 socket' },
  closed: { en: 'it closed the connection before answering', zh: '它還沒回應就關閉了連線' },
  network: { en: 'the network to it is down', zh: '連到它的網路不通' },
  name: { en: 'its host name does not resolve', zh: '它的主機名稱查不到' },
  other: { en: 'the connection to it failed', zh: '連線失敗' },
};

const PROBLEM: Record<string, Text> = {
  'not-json': { en: 'it is not JSON', zh: '內容不是 JSON' },
  'too-deep': { en: 'it is nested far deeper than the Engine API ever nests', zh: '巢狀層數遠超過 Engine API 會用到的深度' },
  truncated: { en: 'it stopped in the middle', zh: '回應在中途就斷了' },
  shape: { en: 'its fields are not what the Engine API sends', zh: '欄位和 Engine API 的格式不符' },
  'bad-frames': { en: 'its log frames are malformed', zh: '日誌的資料框格式錯誤' },
};

function explain(err: AnyDockhandError): Text {
  switch (err.code) {
    case 'SANDBOX_UNREACHABLE': {
      const why = WHY[err.details.reason];
      return {
        en: `The sandbox isn't reachable right now (${why.en}). Try again in a minute; questions still work.`,
        zh: `現在連不上沙箱（${why.zh}）。請過一會兒再試；問問題仍然可以。`,
      };
    }
    case 'SANDBOX_TIMEOUT': {
      const s = Math.round(err.details.ms / 100) / 10;
      return { en: `The sandbox didn't answer within ${s} s. Try again in a moment.`, zh: `沙箱在 ${s} 秒內沒有回應，請稍後再試。` };
    }
    case 'SANDBOX_BUSY':
      return {
        en: "The sandbox is busy with other people's commands right now. Try again in a moment; questions still work.",
        zh: '沙箱正忙著執行其他人的指令，請稍後再試；問問題仍然可以。',
      };
    case 'SANDBOX_TOO_LARGE': {
      const mb = Math.round(err.details.limitBytes / (1024 * 1024));
      return {
        en: `The sandbox answered with more than ${mb} MB, more than Dockhand reads for one command. Try a narrower one: \`ps -n 10\`, \`logs --tail 20 NAME\`, \`images NAME\`.`,
        zh: `沙箱回了超過 ${mb} MB 的資料，超出 Dockhand 對單一指令讀取的上限。試試範圍小一點的指令：\`ps -n 10\`、\`logs --tail 20 NAME\`、\`images NAME\`。`,
      };
    }
    case 'ENGINE_BAD_REPLY': {
      const what = PROBLEM[err.details.problem] ?? PROBLEM.shape!;
      return {
        en: `The sandbox answered, but Dockhand couldn't read the reply: ${what.en}. The sandbox's admin can check the engine (or the proxy in front of it).`,
        zh: `沙箱有回應，但 Dockhand 讀不懂：${what.zh}。可以請沙箱的管理員檢查 engine（或前面的 proxy）。`,
      };
    }
    case 'ENGINE_GUARD':
      return {
        en: "The sandbox won't look that up: the request it would make is not one of the reads it allows.",
        zh: '沙箱不會去查這個：它要送出的請求不在允許的唯讀請求之內。',
      };
    case 'INTERNAL_ERROR':
      return {
        en: "Something went wrong inside Dockhand running that command: a bug in Dockhand, not a problem with the sandbox. It has been logged for the admin; questions still work.",
        zh: 'Dockhand 執行這個指令時內部出錯了：這是 Dockhand 的 bug，不是沙箱的問題。已經記錄下來給管理員；問問題仍然可以。',
      };
    case 'NOT_FOUND': {
      const target = err.details.name;
      return target && err.details.kind !== 'port'
        ? { en: `There is no container or image \`${target}\` on the sandbox. \`ps -a\` and \`images\` list what is there.`, zh: `沙箱上沒有叫 \`${target}\` 的容器或映像。用 \`ps -a\` 和 \`images\` 看看有哪些。` }
        : { en: err.message, zh: err.message };
    }
    default:
      // The engine's own words (e.g. "container … is not running"), as the docker CLI would print them.
      return { en: err.message, zh: err.message };
  }
}

/** What went wrong on the sandbox side, in the asker's language. */
export function explainSandboxError(err: AnyDockhandError, lang: Lang): string {
  if (err.code === 'BAD_ARGS' || err.code === 'SHELL_SYNTAX' || err.code === 'NOT_ALLOWED' || err.code === 'FLAG_NOT_ALLOWED') {
    return explainRefusal(err, lang);
  }
  return pickLang(explain(err), lang);
}
