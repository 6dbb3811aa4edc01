// Question words and glue: in token search they would match every card equally and drown the
// words that tell cards apart. `docker` stays: it is what makes a question in scope at all.
const EN = `a an the and or but if then so of to in on at by for from with without into out up as is are was were be been
being am do does did doing done have has had i me my mine you your we our us they them their it its this that these those
there here what whats what's which who whom whose when where why how can could would should will shall may might must
please pls plz thanks thank hi hey ok okay just really also too very much many some any each other
tell me about explain explained meaning mean means want wanted need needs needed know get getting got let lets let's
way ways thing things something anything stuff like want try trying tried use using used one ones vs versus than
i'm im ive i've dont don't doesnt doesn't isnt isn't cant can't whats again still only even ever not no yes
exactly actually basically really anymore right now currently simply anyone someone somebody everyone folks guys
including include includes incl ones thing today tonight work works working happen happens happening purpose here there then after before when while since because`;

const ZH = `的 了 是 嗎 吗 呢 吧 啊 呀 哦 喔 嘛 怎麼 怎么 怎樣 怎样 如何 什麼 什么 甚麼 為什麼 为什么 哪 哪個 哪些 誰 我 你 他 她 它 我們 你們
他們 也 要 也要 裡 裡面 里面 哪些 幾 幾種 几种 種 种 一些 那些 這些 些 自己 已經 已经 現在 现在 目前 所以 但是 因為 因为
然後 然后 可能 不 沒 没 是不是 什麼樣 多少 連 连 到底 究竟 一直 總是 总是 好 好像 需要 其實 其实 請問 请问 請 请 一下 可以 能 能不能 會 会 要 想 該 应该 應該 有 沒有 没有 在 和 跟 與 与 及 或 或是 把 被 讓 让 給 给 就 也 都 還 还
這 这 那 這個 这个 那個 那个 個 个 之 用 做 一個 一个 到 去 來 来 著 着 過 过 得 地 很 再 又 才 呢 嗯 欸 耶 啦 為 为 對 对 從 从 以 及 等`;

export const STOPWORDS: ReadonlySet<string> = new Set([...EN.split(/\s+/), ...ZH.split(/\s+/)].filter(Boolean));

export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}
