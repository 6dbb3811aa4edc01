/**
 * Go's strconv float formatting ('g' and 'f' with a precision), which the docker CLI uses for
 * sizes and percentages. JS toPrecision/toFixed differ in two ways that show in the output:
 * exact ties round half to even in Go, and %g drops trailing zeros and writes "1e+03".
 */

interface Decimal {
  /** Significant digits, no leading or trailing zeros ("" for zero). */
  digits: string;
  /** Position of the decimal point relative to the first digit. */
  dp: number;
}

function exactDecimal(x: number): Decimal {
  if (x === 0) return { digits: '', dp: 0 };
  // 100 significant digits hold the exact expansion of every double this code sees.
  const [mantissa = '', exp = '0'] = x.toExponential(99).split('e');
  const digits = mantissa.replace('.', '').replace(/0+$/, '');
  return { digits, dp: Number(exp) + 1 };
}

function shouldRoundUp(d: Decimal, nd: number): boolean {
  const digit = d.digits[nd];
  if (digit === '5' && nd + 1 === d.digits.length) {
    return nd > 0 && Number(d.digits[nd - 1]) % 2 === 1;
  }
  return digit !== undefined && digit >= '5';
}

function round(d: Decimal, nd: number): Decimal {
  if (nd < 0 || nd >= d.digits.length) return d;
  if (!shouldRoundUp(d, nd)) return { digits: d.digits.slice(0, nd).replace(/0+$/, ''), dp: d.dp };
  let i = nd - 1;
  while (i >= 0 && d.digits[i] === '9') i--;
  if (i < 0) return { digits: '1', dp: d.dp + 1 };
  const bumped = String(Number(d.digits[i]) + 1);
  return { digits: d.digits.slice(0, i) + bumped, dp: d.dp };
}

function digitAt(d: Decimal, j: number): string {
  return j >= 0 && j < d.digits.length ? (d.digits[j] as string) : '0';
}

function fixed(d: Decimal, frac: number): string {
  let int = '';
  if (d.dp > 0) for (let j = 0; j < d.dp; j++) int += digitAt(d, j);
  else int = '0';
  let tail = '';
  for (let i = 1; i <= frac; i++) tail += digitAt(d, d.dp + i - 1);
  return frac > 0 ? `${int}.${tail}` : int;
}

function exponent(d: Decimal, prec: number): string {
  const first = d.digits[0] ?? '0';
  let rest = '';
  for (let i = 1; i <= prec; i++) rest += digitAt(d, i);
  const exp = d.digits.length === 0 ? 0 : d.dp - 1;
  const sign = exp < 0 ? '-' : '+';
  const abs = Math.abs(exp);
  return `${first}${prec > 0 ? '.' + rest : ''}e${sign}${abs < 10 ? '0' : ''}${abs}`;
}

/** Go's `fmt.Sprintf("%.<prec>g", x)` for finite x. */
export function formatG(x: number, prec: number): string {
  const neg = x < 0 || Object.is(x, -0);
  if (prec === 0) prec = 1;
  const d = round(exactDecimal(Math.abs(x)), prec);
  let eprec = prec;
  if (eprec > d.digits.length && d.digits.length >= d.dp) eprec = d.digits.length;
  const exp = d.dp - 1;
  let out: string;
  if (d.digits.length > 0 && (exp < -4 || exp >= eprec)) {
    out = exponent(d, Math.min(prec, d.digits.length) - 1);
  } else {
    const p = prec > d.dp ? d.digits.length : prec;
    out = fixed(d, Math.max(p - d.dp, 0));
  }
  return neg ? `-${out}` : out;
}

/** Go's `strconv.FormatFloat(x, 'f', prec, 64)` for finite x. */
export function formatF(x: number, prec: number): string {
  const neg = x < 0;
  const exact = exactDecimal(Math.abs(x));
  const d = round(exact, exact.dp + prec);
  const out = fixed(d, prec);
  return neg ? `-${out}` : out;
}
