import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MatcherModel, ModelParams } from './build-matcher-model.ts';
import type { Card } from '../knowledge/card-schema.ts';
import type { CatalogueEntry } from '../knowledge/catalogue-schema.ts';
import type { LinearModel } from './linear-model.ts';
import { PackedIndex } from './packed-index.ts';
import type { Knowledge } from './training-set.ts';

/** Bump when the file layout changes; feature or training changes are caught by the probes. */
export const MODEL_FORMAT = 2;

/**
 * What `knowledge/matcher-model.json` holds: the trained model, the hash of the knowledge and
 * parameters it was trained from, and probe predictions that the current code must reproduce.
 */
export interface ModelFile {
  format: number;
  /** sha256 of everything training reads (cards, catalogue, examples, concepts, notes) and the parameters. */
  knowledge: string;
  classes: string[];
  features: string[];
  rowStart: string;
  cls: string;
  /** Int16 weights, times `scale`. */
  val: string;
  scale: number;
  bias: number[];
  /**
   * The topic index's postings flattened (a nested JSON array of pairs was a third of the parse at
   * start-up): feature `keys[i]` has entries `entry[start[i]…start[i+1])`, weights `weight / 65535`.
   */
  topics: { ids: string[]; keys: string[]; start: string; entry: string; weight: string };
  errorMessages: string[];
  concepts: MatcherModel['concepts'];
  vocabulary: MatcherModel['vocabulary'];
  protectedWords: string[];
  steps: MatcherModel['steps'];
  blocks: MatcherModel['blocks'];
  thresholds: MatcherModel['thresholds'];
  /** Texts and the probabilities this model gave them when it was saved, to 4 decimals. */
  probes: { text: string; top: string; p: number }[];
  /**
   * The cards and catalogue as validated when the model was trained from them: with a matching
   * hash, start-up serves these instead of parsing and validating the same files again.
   */
  cards: Card[];
  catalogue: CatalogueEntry[];
}

/**
 * A stable hash of everything training reads, from the files themselves (cards, catalogue, examples,
 * concepts, notes) and the parameters: any change to them means the saved model is out of date.
 * Reading bytes, not parsing them, keeps start-up from validating thousands of examples it won't use.
 */
export function knowledgeHash(knowledgeDir: string, params: ModelParams): string {
  const hash = createHash('sha256').update(JSON.stringify({ MODEL_FORMAT, params }));
  for (const file of trainingInputs(knowledgeDir)) hash.update(`\0${file}\0`).update(readFileSync(join(knowledgeDir, file)));
  return hash.digest('hex');
}

// Drafts are not served (load-cards.ts), so they don't make a model stale.
const DRAFT = /^draft:\s*true\s*$/m;

/** The files of a knowledge folder that training reads, as sorted relative paths. */
export function trainingInputs(knowledgeDir: string): string[] {
  const list = (sub: string, ext: string, skip: (f: string) => boolean = () => false) => {
    const dir = join(knowledgeDir, sub);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith(ext) && !skip(f))
      .map((f) => (sub ? `${sub}/${f}` : f));
  };
  const cards = list('', '.md', (f) => f === 'README.md' || DRAFT.test(readFileSync(join(knowledgeDir, f), 'utf8')));
  const concepts = existsSync(join(knowledgeDir, 'concepts.yaml')) ? ['concepts.yaml'] : [];
  return [...cards, ...list('catalogue', '.yaml', (f) => f === 'cli-zh.yaml'), ...list('examples', '.jsonl'), ...list('notes', '.md'), ...concepts].sort();
}

const b64 = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
function fromB64<T>(text: string, make: (buffer: ArrayBuffer, offset: number, length: number) => T, bytes: number): T {
  const buf = Buffer.from(text, 'base64');
  // Typed arrays need aligned storage: copy into a fresh buffer.
  const copy = new ArrayBuffer(buf.byteLength);
  new Uint8Array(copy).set(buf);
  return make(copy, 0, buf.byteLength / bytes);
}

function topicsToFile(topics: MatcherModel['topics']): ModelFile['topics'] {
  // Centroids are unit length: every weight is in (0, 1].
  const weight = Uint16Array.from(topics.weight, (w) => Math.round(Math.min(1, w) * 65535));
  return { ids: [...topics.ids], keys: [...topics.rows.keys()], start: b64(topics.start), entry: b64(topics.entry), weight: b64(weight) };
}

function topicsFromFile(file: ModelFile['topics']): MatcherModel['topics'] {
  const start = fromB64(file.start, (b, o, n) => new Uint32Array(b, o, n), 4);
  const weight = fromB64(file.weight, (b, o, n) => new Uint16Array(b, o, n), 2);
  return {
    ids: file.ids,
    rows: new Map(file.keys.map((k, i) => [k, i])),
    start,
    entry: fromB64(file.entry, (b, o, n) => new Uint16Array(b, o, n), 2),
    weight: Float64Array.from(weight, (w) => w / 65535),
  };
}

export function toModelFile(model: MatcherModel, hash: string, probes: ModelFile['probes'], knowledge: Pick<Knowledge, 'cards' | 'catalogue'>): ModelFile {
  const c = model.classifier;
  let max = 0;
  for (const w of c.val) max = Math.max(max, Math.abs(w));
  const scale = max / 32767 || 1;
  const quantized = Int16Array.from(c.val, (w) => Math.round(w / scale));
  return {
    format: MODEL_FORMAT,
    knowledge: hash,
    classes: [...c.classes],
    features: [...c.index.keys()],
    rowStart: b64(c.rowStart),
    cls: b64(c.cls),
    val: b64(quantized),
    scale,
    bias: [...c.bias].map((b) => Math.round(b * 1e6) / 1e6),
    topics: topicsToFile(model.topics),
    errorMessages: model.errorMessages,
    concepts: model.concepts,
    vocabulary: model.vocabulary,
    protectedWords: model.protectedWords,
    steps: model.steps,
    blocks: model.blocks,
    thresholds: model.thresholds,
    probes,
    cards: [...knowledge.cards],
    catalogue: [...knowledge.catalogue],
  };
}

export function fromModelFile(file: ModelFile): MatcherModel {
  const val = fromB64(file.val, (b, o, n) => new Int16Array(b, o, n), 2);
  const classifier: LinearModel = {
    classes: file.classes,
    index: new PackedIndex(file.features),
    rowStart: fromB64(file.rowStart, (b, o, n) => new Uint32Array(b, o, n), 4),
    cls: fromB64(file.cls, (b, o, n) => new Uint16Array(b, o, n), 2),
    val: Float32Array.from(val, (q) => q * file.scale),
    bias: Float32Array.from(file.bias),
  };
  return {
    classifier,
    topics: topicsFromFile(file.topics),
    errorMessages: file.errorMessages,
    concepts: file.concepts,
    vocabulary: file.vocabulary,
    protectedWords: file.protectedWords,
    steps: file.steps,
    blocks: file.blocks,
    thresholds: file.thresholds,
  };
}
