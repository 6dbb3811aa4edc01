import { ConverterFactory } from 'opencc-js/core';
import fromTwp from 'opencc-js/from/twp';
import toCn from 'opencc-js/to/cn';

type Convert = (text: string) => string;

/**
 * Mainland words opencc's Taiwan-phrase tables leave Taiwanese (checked on every card; see
 * test/lang/simplified-vocabulary.test.ts), applied to the Simplified result. Longest first.
 */
const MAINLAND: readonly (readonly [string, string])[] = [
  ['映像档', '镜像'],
  ['映像', '镜像'],
  // opencc maps 執行檔 to 可执行文件, so the usual 可執行檔 comes out with 可 twice.
  ['可可执行文件', '可执行文件'],
  ['标头档', '头文件'],
  ['预设', '默认'],
  ['终端机', '终端'],
  ['笔电', '笔记本电脑'],
  ['指令', '命令'],
  ['帐号', '账号'],
  ['套件', '软件包'],
  ['资料卷', '数据卷'],
  ['网络界面', '网络接口'],
];

// Only the Taiwan → mainland tables (tens of kB), built on first use: questions never need them.
let convert: Convert | undefined;
function build(): Convert {
  const opencc = ConverterFactory(...fromTwp, ...toCn);
  const phrases = ConverterFactory([MAINLAND]);
  return (text) => phrases(opencc(text));
}

/** Traditional (Taiwan) → Simplified with mainland vocabulary (`twp` → `cn`): 行程 → 进程, 檔案 → 文件. */
export function toSimplified(text: string): string {
  return (convert ??= build())(text);
}
