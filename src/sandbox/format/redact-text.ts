import { isStrongSecretName, isStrongSecretNameAt, secretPartAt } from './secret-names.ts';

export const REDACTED = '<redacted>';

/*
 * A single left-to-right scanner, no regular expressions: every rule starts at a run boundary and
 * either consumes what it looked at (a redaction) or looks at a bounded prefix, and every run of a
 * character class is measured at most once (`runEnd` remembers the last maximal run per class).
 * So the work is linear in the text whatever it contains; `redactionSteps` counts it for the tests.
 */

const W = 1; // [A-Za-z0-9_]: word characters
const N = 2; // [A-Za-z0-9_.-]: names (`DB_PASSWORD`, `--db-pass`, `client.secret`)
const B64U = 4; // [A-Za-z0-9_-]: base64url (JWT parts, most API tokens)
const SPACE = 8; // space and tab, between a name and its value
const STOP = 16; // where an unquoted value ends: whitespace, quotes, `,` `;` `&`
const TOK = 32; // [A-Za-z0-9+/=._~-]: credentials after Basic/Bearer
const ALNUM = 64; // [A-Za-z0-9]
const UPNUM = 128; // [A-Z0-9]: AWS key ids
const VAL = 256; // anything but STOP: an unquoted value

const CLASS = new Uint16Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  let k = 0;
  const alnum = /[A-Za-z0-9]/.test(ch);
  if (alnum) k |= ALNUM | W | N | B64U | TOK;
  if (/[A-Z0-9]/.test(ch)) k |= UPNUM;
  if (ch === '_') k |= W | N | B64U | TOK;
  if (ch === '-') k |= N | B64U | TOK;
  if (ch === '.') k |= N | TOK;
  if ('+/=~'.includes(ch)) k |= TOK;
  if (ch === ' ' || ch === '\t') k |= SPACE;
  if (c <= 0x20 || c === 0x7f || '"\'`,;&'.includes(ch)) k |= STOP;
  else k |= VAL;
  CLASS[c] = k;
}

const classOf = (c: number): number => {
  if (c < 128) return CLASS[c] as number;
  // Unicode spaces end a value too; every other non-ASCII character can be part of one.
  return c === 0xa0 || c === 0x1680 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f
    ? STOP
    : VAL;
};

let steps = 0;

/** Characters examined since the last call (for the linear-time tests). */
export function redactionSteps(): number {
  const s = steps;
  steps = 0;
  return s;
}

/** `-p V` words that are not passwords: ports (`8080:80`, `[::1]:80:80`), paths (`mkdir -p /app`), variables, flags. */
function isPortOrPath(v: string): boolean {
  if (v === '' || v.startsWith('-') || v.includes('/') || v.startsWith('.') || v.startsWith('~') || v.startsWith('$')) return true;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 58 || c === 46 || c === 45 || c === 91 || c === 93)) return false;
  }
  return true;
}

/** Words glued to `-p` that are compiler or find options, not passwords (`gcc -pthread`, `find -print`). */
const P_OPTIONS = new Set(['thread', 'threads', 'edantic', 'edantic-errors', 'ie', 'ic', 'ipe', 'rint', 'rint0', 'rintf', 'rune', 'g', 'g3', 'rofile', 'ath', 'ort', 'arents', 'lugin']);

/** Words after a secret name that are prose, not a value ("password is required", "token expired"). */
const PROSE = new Set([
  'is', 'was', 'are', 'were', 'be', 'been', 'to', 'the', 'a', 'an', 'of', 'for', 'and', 'or', 'not', 'in', 'on', 'at', 'by', 'with',
  'from', 'as', 'if', 'it', 'this', 'that', 'required', 'missing', 'invalid', 'incorrect', 'expired', 'changed', 'reset', 'set',
  'updated', 'must', 'should', 'will', 'can', 'cannot', 'has', 'have', 'had', 'file', 'field', 'prompt', 'please', 'authentication',
  'null', 'true', 'false', 'none',
]);

/** Literal values that carry no secret even after `password=`. */
const EMPTY_VALUES = new Set(['null', 'true', 'false']);

/** A credential after Basic/Bearer looks like one: long enough and not a plain lower-case word. */
function looksLikeCredential(v: string): boolean {
  if (v.length < 8) return false;
  let upper = false;
  let lower = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 43 || c === 47 || c === 61 || c === 95 || c === 45 || c === 46 || c === 126) return true;
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 97 && c <= 122) lower = true;
  }
  return upper && lower;
}

class Scanner {
  private out = '';
  private last = 0;
  private readonly n: number;
  // The last maximal run measured per class (indexed by the class bit's position).
  private readonly memoStart = new Int32Array(9).fill(-1);
  private readonly memoEnd = new Int32Array(9).fill(-1);
  private endMarker = -2; // memo of the next "-----END" (-2: not looked up, -1: none)
  // Memo of where the next secret part of a name is, within the name run ending at needleEnd.
  private needleFrom = -1;
  private needleEnd = -1;
  private needleAt = -1;

  constructor(private readonly text: string) {
    this.n = text.length;
  }

  private code(i: number): number {
    return i < this.n ? this.text.charCodeAt(i) : -1;
  }

  private is(i: number, cls: number): boolean {
    return i < this.n && (classOf(this.text.charCodeAt(i)) & cls) !== 0;
  }

  /** End of the maximal run of `cls` from `p`; each character is measured once per class. */
  private runEnd(cls: number, p: number): number {
    const slot = 31 - Math.clz32(cls);
    if (p >= (this.memoStart[slot] as number) && p < (this.memoEnd[slot] as number)) return this.memoEnd[slot] as number;
    let e = p;
    while (e < this.n && (classOf(this.text.charCodeAt(e)) & cls) !== 0) e++;
    steps += e - p + 1;
    this.memoStart[slot] = p;
    this.memoEnd[slot] = e;
    return e;
  }

  /** End of an unquoted value: everything up to whitespace, a quote, `,` `;` or `&`. */
  private valueEnd(p: number): number {
    return this.runEnd(VAL, p);
  }

  private startsWith(prefix: string, at: number): boolean {
    steps += prefix.length;
    return this.text.startsWith(prefix, at);
  }

  /** Replaces [a, b) with `<redacted>`; returns b. */
  private redact(a: number, b: number): number {
    this.out += this.text.slice(this.last, a) + REDACTED;
    this.last = b;
    return b;
  }

  run(): string {
    const { text, n } = this;
    let i = 0;
    while (i < n) {
      steps++;
      const c = text.charCodeAt(i);
      const k = c < 128 ? (CLASS[c] as number) : 0;
      if ((k & N) !== 0) {
        // Right after a redaction a run starts afresh, as it will when the output is read again
        // (after `<redacted>`): so a second pass finds nothing new.
        const prev = i > 0 && i !== this.last ? classOf(text.charCodeAt(i - 1)) : 0;
        if ((prev & N) === 0) {
          const next = this.atNameStart(i);
          if (next > i) {
            i = next;
            continue;
          }
        }
        if ((k & W) !== 0 && (prev & W) === 0) {
          const next = this.atWordStart(i, c);
          if (next > i) {
            i = next;
            continue;
          }
        }
      } else if (c === 47 && this.code(i + 1) === 47) {
        const next = this.atAuthority(i + 2);
        if (next > i) {
          i = next;
          continue;
        }
      }
      i++;
    }
    return this.last === 0 ? text : this.out + text.slice(this.last);
  }

  /** After `//`: `user:password@host` keeps the user and hides the password. */
  private atAuthority(p: number): number {
    let e = p;
    let at = -1;
    for (; e < this.n; e++) {
      const c = this.text.charCodeAt(e);
      if (c === 47 || c === 63 || c === 35 || c === 60 || c === 62 || (classOf(c) & STOP) !== 0) break;
      if (c === 64) at = e;
    }
    steps += e - p + 1;
    if (at < 0) return p;
    let colon = p;
    while (colon < at && this.text.charCodeAt(colon) !== 58) colon++;
    if (colon >= at - 1) return p;
    if (this.startsWith(REDACTED, colon + 1)) return at;
    return this.redact(colon + 1, at);
  }

  /**
   * A value after a separator: quoted (to the closing quote or the end of the line), or unquoted
   * (to whitespace, a quote, `,` `;` `&`). Returns [start, end] of what to hide, or null.
   */
  private valueAt(p: number, prose: boolean): [number, number] | null {
    const c = this.code(p);
    if (c === 34 || c === 39 || (c === 92 && (this.code(p + 1) === 34 || this.code(p + 1) === 39))) {
      const escaped = c === 92;
      const quote = escaped ? this.code(p + 1) : c;
      const start = p + (escaped ? 2 : 1);
      if (this.startsWith(REDACTED, start)) return null;
      let e = start;
      for (; e < this.n; e++) {
        const d = this.text.charCodeAt(e);
        if (d === 10 || d === 13) break;
        if (escaped) {
          if (d === 92 && this.code(e + 1) === quote) break;
        } else if (d === 92) e++;
        else if (d === quote) break;
      }
      steps += e - start + 1;
      if (e === start) return null;
      return [start, Math.min(e, this.n)];
    }
    if (c === 36 && (this.code(p + 1) === 123 || this.is(p + 1, W))) return null; // $VAR: a reference, not the value
    if (this.startsWith(REDACTED, p)) return null;
    if (prose && c === 45) return null; // `--password --verbose`: the next flag, not a value
    const e = this.valueEnd(p);
    if (e === p) return null;
    const word = e - p <= 16 ? this.text.slice(p, e).toLowerCase() : '';
    if (EMPTY_VALUES.has(word) || (prose && PROSE.has(word))) return null;
    // `token: Bearer abc`: the scheme word is part of the value.
    if ((word === 'bearer' || word === 'basic') && this.is(e, SPACE)) {
      const v = this.runEnd(SPACE, e);
      const ve = this.valueEnd(v);
      if (ve > v) return [p, ve];
    }
    return [p, e];
  }

  /** `NAME=value`, `NAME: value`, `"name": "value"`, `--name value`, `-pVALUE`, `-p VALUE`, `-----BEGIN … PRIVATE KEY-----`. */
  private atNameStart(s: number): number {
    const e = this.runEnd(N, s);
    const len = e - s;
    if (len < 2) return s;
    if (this.hasSecretPart(s, e)) {
      const found = this.assignment(s, e);
      if (found > s) return found;
    }
    if (this.code(s) !== 45) return s;
    const second = this.code(s + 1);
    if (second === 112 && this.code(s + 2) !== 45) return this.atShortP(s, e);
    if (second === 117 && this.code(s + 2) !== 45) return this.atUser(s, e, len === 2);
    if (len === 6 && this.startsWith('--user', s)) return this.atUser(s, e, true);
    if (second === 45 && this.startsWith('-----BEGIN', s)) return this.atPrivateKey(s);
    return s;
  }

  /**
   * Whether text[s, e) has a secret part (PASS, TOKEN…). A run can restart inside a longer one
   * (right after a redaction), so the answer is remembered per run and never searched twice.
   */
  private hasSecretPart(s: number, e: number): boolean {
    if (e === this.needleEnd && s >= this.needleFrom && (this.needleAt < 0 || this.needleAt >= s)) return this.needleAt >= 0;
    // Past the last part found: search on from here (so the searches of one run never overlap).
    this.needleAt = secretPartAt(this.text, s, e);
    steps += (this.needleAt < 0 ? e : this.needleAt + 3) - s;
    this.needleFrom = s;
    this.needleEnd = e;
    return this.needleAt >= 0;
  }

  private assignment(s: number, e: number): number {
    let p = e;
    const before = s > 0 ? this.text.charCodeAt(s - 1) : -1;
    // `"password": …` and `\"password\": …` (JSON, possibly inside another string).
    if ((before === 34 || before === 39) && this.code(p) === before) p++;
    else if ((before === 34 || before === 39) && this.code(p) === 92 && this.code(p + 1) === before) p += 2;
    p = this.runEnd(SPACE, p);
    const sep = this.code(p);
    let value: [number, number] | null = null;
    if (sep === 61 || sep === 58) {
      p++;
      if (this.code(p) === 61 || this.code(p) === 62) p++; // `:=` and `=>`
      if (sep === 58 && this.code(p) === 47 && this.code(p + 1) === 47) return s; // `key://…` is a URL
      const v = this.runEnd(SPACE, p);
      const done = this.alreadyRedacted(v);
      if (done > 0) return done;
      value = this.valueAt(v, false);
    } else if (p > e && isStrongSecretNameAt(this.text, s, e)) {
      const done = this.alreadyRedacted(p);
      if (done > 0) return done;
      value = this.valueAt(p, true);
    }
    return value ? this.redact(value[0], value[1]) : s;
  }

  /**
   * Where an already redacted value at `p` (`<redacted>`, `"<redacted>"`) ends, or 0: the name
   * and its value were handled by an earlier pass and nothing of them is looked at again.
   */
  private alreadyRedacted(p: number): number {
    let at = p;
    const c = this.code(at);
    if (c === 34 || c === 39) at++;
    else if (c === 92 && (this.code(at + 1) === 34 || this.code(at + 1) === 39)) at += 2;
    return this.startsWith(REDACTED, at) ? at + REDACTED.length : 0;
  }

  /**
   * mysql's `-pPASSWORD` and `-p PASSWORD`; not `-p 8080:80`, `-p 127.0.0.1:80:80/tcp`,
   * `mkdir -p /app` or `gcc -pthread`. Decided on the name-character run of the value and the
   * character after it, so a value that is kept is never looked at again.
   */
  private atShortP(s: number, e: number): number {
    let v = s + 2;
    let ve = e;
    if (e === s + 2) {
      const q = this.code(e);
      if (q === 34 || q === 39) {
        const quoted = this.valueAt(e, false);
        return quoted ? this.redact(quoted[0], quoted[1]) : s;
      }
      if (!this.is(e, SPACE)) return s;
      v = this.runEnd(SPACE, e);
      const c = this.code(v);
      if (c < 0 || c === 45 || c === 47 || c === 46 || c === 126 || c === 36 || (classOf(c) & STOP) !== 0) return s;
      ve = this.runEnd(N, v);
    } else if (P_OPTIONS.has(this.text.slice(v, e))) return s;
    if (this.startsWith(REDACTED, v)) return s;
    const after = this.code(ve);
    if (after === 47) return s; // a path
    let portLike = ve > v;
    for (let i = v; i < ve && portLike; i++) {
      const c = this.text.charCodeAt(i);
      portLike = (c >= 48 && c <= 57) || c === 46 || c === 45;
    }
    steps += ve - v;
    if (portLike && (after === 58 || after < 0 || (classOf(after) & STOP) !== 0)) return s;
    return this.redact(v, this.valueEnd(v));
  }

  /** curl's `-u user:password`, `--user user:password`; not `-u 1000:1000` (uid:gid) or `-uroot`. */
  private atUser(s: number, e: number, separate: boolean): number {
    let v = s + 2;
    if (separate) {
      if (!this.is(e, SPACE) && this.code(e) !== 61) return s;
      v = this.runEnd(SPACE, this.code(e) === 61 ? e + 1 : e);
    }
    const user = v === s + 2 ? e : this.runEnd(N, v);
    if (this.code(user) !== 58) return s;
    const pass = user + 1;
    if (this.startsWith(REDACTED, pass)) return s;
    const passEnd = this.runEnd(N, pass);
    let digits = passEnd > pass;
    for (let i = pass; i < passEnd && digits; i++) {
      const c = this.text.charCodeAt(i);
      digits = c >= 48 && c <= 57;
    }
    steps += passEnd - pass;
    const end = this.valueEnd(pass);
    if (end === pass || (digits && end === passEnd)) return s;
    return this.redact(pass, end);
  }

  private atPrivateKey(s: number): number {
    // `-----BEGIN RSA PRIVATE KEY-----`: capitals and spaces, then five dashes, on the BEGIN line.
    let j = s + 10;
    const limit = Math.min(this.n, s + 80);
    while (j < limit) {
      const c = this.text.charCodeAt(j);
      if (!((c >= 65 && c <= 90) || c === 32)) break;
      j++;
    }
    steps += j - s;
    if (!this.startsWith('-----', j) || !this.text.slice(s + 10, j).includes('PRIVATE KEY')) return s;
    // The key starts after the header's dashes (and its line break) and runs to the END marker.
    let from = j + 5;
    if (this.code(from) === 13) from++;
    if (this.code(from) === 10) from++;
    if (this.endMarker === -2 || (this.endMarker >= 0 && this.endMarker < from)) {
      this.endMarker = this.text.indexOf('-----END', from);
      steps += (this.endMarker < 0 ? this.n : this.endMarker) - from;
    }
    const end = this.endMarker < 0 ? this.n : this.endMarker;
    if (this.startsWith(REDACTED, from) || from >= end) return Math.max(from, s + 1);
    return this.redact(from, end);
  }

  /** Credentials that identify themselves by shape, wherever they appear. */
  private atWordStart(s: number, c: number): number {
    const t = this.text;
    switch (c) {
      case 120: // x
        if (this.startsWith('xox', s) && 'abposr'.includes(t[s + 3] ?? '_') && this.code(s + 4) === 45) return this.tokenRun(s, s + 5, B64U, 1);
        if (this.startsWith('xapp-', s)) return this.tokenRun(s, s + 5, B64U, 1);
        return s;
      case 103: // g
        if (this.startsWith('gh', s) && 'pousr'.includes(t[s + 2] ?? '_') && this.code(s + 3) === 95) return this.tokenRun(s, s + 4, W, 8);
        if (this.startsWith('github_pat_', s)) return this.tokenRun(s, s + 11, W, 8);
        if (this.startsWith('glpat-', s)) return this.tokenRun(s, s + 6, B64U, 8);
        return s;
      case 65: // A
        if (this.startsWith('AIza', s)) return this.tokenRun(s, s + 4, B64U, 30);
        if (/^(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|AIPA)$/.test(t.slice(s, s + 4))) {
          const e = this.runEnd(UPNUM, s + 4);
          return e - (s + 4) === 16 ? this.redact(s, e) : s;
        }
        return s;
      case 115: // s
        if (this.startsWith('sk-', s)) return this.tokenRun(s, s + 3, B64U, 16);
        if (this.startsWith('sk_live_', s) || this.startsWith('sk_test_', s)) return this.tokenRun(s, s + 8, ALNUM, 10);
        return s;
      case 114: // r
        return this.startsWith('rk_live_', s) || this.startsWith('rk_test_', s) ? this.tokenRun(s, s + 8, ALNUM, 10) : s;
      case 110: // n
        return this.startsWith('npm_', s) ? this.tokenRun(s, s + 4, ALNUM, 30) : s;
      case 100: // d
        if (this.startsWith('dckr_pat_', s)) return this.tokenRun(s, s + 9, B64U, 10);
        if (this.startsWith('dop_v1_', s)) return this.tokenRun(s, s + 7, ALNUM, 32);
        return s;
      case 104: // h
        if (this.startsWith('hvs.', s) || this.startsWith('hvb.', s)) return this.tokenRun(s, s + 4, B64U, 20);
        if (this.startsWith('hooks.slack.com/services/', s)) {
          let e = s + 25;
          while (e < this.n && ((classOf(t.charCodeAt(e)) & ALNUM) !== 0 || t.charCodeAt(e) === 47)) e++;
          steps += e - s;
          return e > s + 25 ? this.redact(s + 25, e) : s;
        }
        return s;
      case 83: // S
        if (this.startsWith('SG.', s)) return this.tokenRun(s, s + 3, TOK, 30);
        return s;
      case 112: // p
        return this.startsWith('pypi-', s) ? this.tokenRun(s, s + 5, B64U, 16) : s;
      case 121: // y
        return this.startsWith('ya29.', s) ? this.tokenRun(s, s + 5, TOK, 16) : s;
      case 101: // e
        return this.startsWith('eyJ', s) ? this.atJwt(s) : s;
      case 66: // B
      case 98: // b
        return this.atScheme(s);
      default:
        if (c >= 48 && c <= 57) return this.atTelegram(s);
        if (c === 77 || c === 78 || c === 79) return this.atDiscord(s);
        return s;
    }
  }

  /** A prefix already matched at `s`: the token is the run of `cls` from `from`, at least `min` long. */
  private tokenRun(s: number, from: number, cls: number, min: number): number {
    const e = this.runEnd(cls, from);
    return e - from >= min ? this.redact(s, e) : s;
  }

  /** header.payload[.signature], base64url: a JWT. */
  private atJwt(s: number): number {
    const a = this.runEnd(B64U, s);
    if (a - s < 10 || this.code(a) !== 46) return s;
    const b = this.runEnd(B64U, a + 1);
    if (b - a - 1 < 4) return s;
    const end = this.code(b) === 46 ? this.runEnd(B64U, b + 1) : b;
    return this.redact(s, end);
  }

  /** `Basic dXNlcjpw…`, `Bearer abc…`: the credential after the scheme word. */
  private atScheme(s: number): number {
    const e = this.runEnd(W, s);
    const word = this.text.slice(s, e).toLowerCase();
    steps += e - s;
    if ((word !== 'basic' && word !== 'bearer') || !this.is(e, SPACE)) return s;
    const v = this.runEnd(SPACE, e);
    if (this.startsWith(REDACTED, v)) return s;
    const ve = this.runEnd(TOK, v);
    return looksLikeCredential(this.text.slice(v, ve)) ? this.redact(v, ve) : s;
  }

  /** A Telegram bot token: `123456789:AA…` (35 characters after the colon). */
  private atTelegram(s: number): number {
    const digits = this.runEnd(ALNUM, s);
    if (digits - s < 8 || digits - s > 10 || this.code(digits) !== 58 || !this.startsWith('AA', digits + 1)) return s;
    for (let i = s; i < digits; i++) if (this.text.charCodeAt(i) > 57) return s;
    const e = this.runEnd(B64U, digits + 1);
    return e - digits - 1 >= 35 ? this.redact(s, e) : s;
  }

  /** A Discord bot token: three base64url parts of 24–28, 6 and 27+ characters. */
  private atDiscord(s: number): number {
    const a = this.runEnd(ALNUM, s);
    if (a - s < 24 || a - s > 28 || this.code(a) !== 46) return s;
    const b = this.runEnd(B64U, a + 1);
    if (b - a - 1 !== 6 || this.code(b) !== 46) return s;
    const e = this.runEnd(B64U, b + 1);
    return e - b - 1 >= 27 ? this.redact(s, e) : s;
  }
}

/**
 * Replaces anything that looks like a secret in free text with "<redacted>", keeping the name so
 * the output still teaches (`DB_PASSWORD=<redacted>`, `https://user:<redacted>@host`). Shapes:
 * `NAME=`/`NAME:`/`NAME value` for names with PASS, PWD, TOKEN, SECRET, KEY or CREDENTIAL in them
 * (JSON `"password": "…"` and `--db-pass V` included), mysql's `-pV`/`-p V`, curl's `-u user:pass`,
 * Basic/Bearer credentials, JWTs, private key blocks, URL userinfo, and tokens that identify
 * themselves (AWS AKIA…, Google AIza…/ya29., GitHub ghp_…, GitLab, Slack xox…/webhooks, OpenAI
 * and Stripe sk-…, npm, Docker Hub, Vault, DigitalOcean, SendGrid, PyPI, Telegram, Discord).
 * Linear in the length of the text, whatever it holds; idempotent.
 */
export function redactText(text: string): string {
  if (text.length < 3) return text;
  return new Scanner(text).run();
}

/**
 * A command line as words (`docker login -u me -p hunter2`), redacted word by word and across
 * pairs: the word after a secret-named flag or `-p` is hidden (unless it is a port or a path).
 */
export function redactArgv(argv: readonly string[]): string[] {
  return argv.map((word, i) => {
    const prev = argv[i - 1];
    if (prev !== undefined && !word.startsWith('-') && word !== REDACTED) {
      if (prev === '-p' && !isPortOrPath(word)) return REDACTED;
      if (prev.startsWith('-') && !prev.includes('=') && isStrongSecretName(prev)) return REDACTED;
    }
    return redactText(word);
  });
}
