import type { DockhandError } from '../errors.ts';
import type { Lang } from '../lang/lang.ts';
import { pickLang } from '../lang/localize.ts';

type Text = { en: string; zh: string };

function explain(err: DockhandError): Text {
  switch (err.code) {
    case 'SANDBOX_UNREACHABLE':
      return {
        en: "The sandbox isn't reachable right now. Try again in a minute; questions still work.",
        zh: '現在連不上沙箱，請過一會兒再試；問問題仍然可以。',
      };
    case 'SANDBOX_TIMEOUT':
      return {
        en: "The sandbox didn't answer in time. Try again in a moment.",
        zh: '沙箱沒有及時回應，請稍後再試。',
      };
    case 'NOT_FOUND': {
      const target = typeof err.details.name === 'string' ? err.details.name : null;
      return target
        ? { en: `There is no container or image \`${target}\` on the sandbox. \`ps -a\` and \`images\` list what is there.`, zh: `沙箱上沒有叫 \`${target}\` 的容器或映像。用 \`ps -a\` 和 \`images\` 看看有哪些。` }
        : { en: err.message, zh: err.message };
    }
    default:
      // The engine's own words (e.g. "container … is not running"), as the docker CLI would print them.
      return { en: err.message, zh: err.message };
  }
}

/** What went wrong on the sandbox side, in the asker's language. */
export function explainSandboxError(err: DockhandError, lang: Lang): string {
  return pickLang(explain(err), lang);
}
