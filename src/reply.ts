import type { Lang } from './lang/lang.ts';
import type { ErrorCode } from './errors.ts';

/** Where a message came from; decides nothing in the brain, only logging and rendering hints. */
export type Surface = 'slash' | 'mention' | 'channel' | 'dm' | 'button' | 'shell' | 'cli';

export interface Input {
  text: string;
  surface: Surface;
  user?: string;
  channel?: string;
}

export interface CardRef {
  id: string;
  title: string;
}

/** A card in one reply language: everything a renderer needs, nothing to look up. */
export interface CardView {
  id: string;
  title: string;
  body: string;
  commands: { cmd: string; readOnly: boolean; note?: string }[];
  source: string;
  related: CardRef[];
}

interface Base {
  lang: Lang;
}

export interface HelpReply extends Base {
  kind: 'help';
}
export interface AnswerReply extends Base {
  kind: 'answer';
  card: CardView;
  score: number;
}
export interface SuggestionsReply extends Base {
  kind: 'suggestions';
  suggestions: CardRef[];
  score: number | null;
}
export interface NoAnswerReply extends Base {
  kind: 'no-answer';
}
/** A catalogue entry in one reply language: Docker that the course notes don't teach. */
export interface TopicView {
  id: string;
  title: string;
  /** One line: what it is. */
  summary: string;
  /** The official documentation page. */
  docs: string;
}
/** A real Docker question the notes don't cover: say so, give the one line and the docs link. */
export interface OutsideNotesReply extends Base {
  kind: 'outside-notes';
  topic: TopicView;
  /** The taught card closest to the topic, where one helps. */
  nearest: CardRef | null;
  score: number;
}
/** A read-only command run on the sandbox; `output` is the docker CLI's text, already bounded. */
export interface RunReply extends Base {
  kind: 'run';
  command: string[];
  output: string;
  /** The whole output when `output` had to be cut to fit a message (Slack uploads it as a file). */
  full?: string;
}
export interface RefusedReply extends Base {
  kind: 'refused';
  command: string[] | null;
  code: ErrorCode;
  /** Localized, friendly: why, and what to do instead. */
  reason: string;
  card: CardRef | null;
}
/** One container or image a cleanup idiom touches, and what docker would do with it right now. */
export interface DryRunItem {
  /** 12-character ID, as `docker ps` and `docker images` print it. */
  id: string;
  /** A container's name; an image's `repo:tag` list (`<none>:<none>` when untagged). */
  name: string;
  /** A container's image ('' for an image). */
  image: string;
  /** A container's status as the daemon words it; for an image, the containers using it. */
  status: string;
  outcome: 'removed' | 'refused' | 'kept';
  /** docker's own error line when it would refuse this one. */
  refusal: string | null;
  /** Refused (docker prints `refusal`), then removed later in the same command with a child image. */
  removedLater?: boolean;
}
/** A cleanup idiom from the notes: what docker would remove and refuse right now, removing nothing. */
export interface DryRunReply extends Base {
  kind: 'dry-run';
  command: string[];
  /** The read-only listing that was really run (what `$(…)` would hand over). */
  listed: string[];
  objects: 'containers' | 'images';
  /** In the order docker would act on them; at most MAX_DRY_RUN_ITEMS, `total` counts them all. */
  items: DryRunItem[];
  total: { removed: number; refused: number; kept: number };
  card: CardRef | null;
}
/** The sandbox could not answer (down, timed out, no such container…). */
export interface ErrorReply extends Base {
  kind: 'error';
  command: string[] | null;
  code: ErrorCode;
  message: string;
}

export type Reply =
  | HelpReply
  | AnswerReply
  | SuggestionsReply
  | NoAnswerReply
  | OutsideNotesReply
  | RunReply
  | RefusedReply
  | DryRunReply
  | ErrorReply;

export type ReplyKind = Reply['kind'];
