/**
 * Sentence segmentation with exact UTF-16 offsets. Our own splitter rather than the NLP library's,
 * so that pasted bullets, line breaks and decimals ("0.3%", "$8.5K") split the way a reader expects
 * and every offset is an index into the original string.
 */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

// A period after these is not a sentence end.
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'inc', 'ltd', 'co', 'corp',
  'approx', 'no', 'fig', 'st', 'u.s', 'u.k', 'dept', 'est', 'min', 'max', 'avg', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * The longest piece of text read as one sentence, in UTF-16 units (about 300 words). Longer runs are
 * cut at a comma, a semicolon or a space, so parsing time grows linearly with the text.
 */
export const MAX_SENTENCE_LENGTH = 2000;
/** How far back from a full stop an abbreviation or initial is looked for. */
const LOOKBACK = 32;

const BULLET = /^[ \t]*(?:[-*•‣◦–—]|\d{1,2}[.)]|[a-zA-Z][.)])[ \t]+/;

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

/** Split one line (hard-wrapped lines already joined) into sentence spans with absolute offsets. */
function splitLine(text: string, lineStart: number, lineEnd: number, out: SentenceSpan[]): void {
  let start = lineStart;
  // Skip a leading bullet marker: it is not part of the sentence.
  const bullet = BULLET.exec(text.slice(lineStart, lineEnd));
  if (bullet) start += bullet[0].length;
  let i = start;
  while (i < lineEnd) {
    const ch = text[i];
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      let j = i + 1;
      while (j < lineEnd && /[.!?…"'”’)\]]/.test(text[j]!)) j++;
      const atEnd = j >= lineEnd;
      if (atEnd || isSpace(text[j])) {
        if (ch === '.' && !atEnd) {
          // "e.g. the", "Dr. Smith", "3. Then": not an end.
          // Only the last few characters can hold an abbreviation or an initial: reading back over the
          // whole sentence would make a run of "a. a. a." quadratic.
          const wordMatch = /([A-Za-z][A-Za-z.]*)$/.exec(text.slice(Math.max(start, i - LOOKBACK), i));
          const word = wordMatch?.[1]?.toLowerCase();
          let k = j;
          while (k < lineEnd && isSpace(text[k])) k++;
          const next = text[k];
          if (word && ABBREVIATIONS.has(word)) {
            i = j;
            continue;
          }
          // An initial stands alone; "$30K.", "5M." or "3 °C." ends a figure, and a sentence.
          const afterDigit = i - 2 >= start && /[\d°]/.test(text[i - 2]!);
          if (word && word.length === 1 && /[A-Z]/.test(wordMatch![1]!) && !afterDigit) {
            // An initial ("J. Smith").
            i = j;
            continue;
          }
          if (next !== undefined && /[a-z]/.test(next)) {
            // Lower-case continuation: not a sentence end.
            i = j;
            continue;
          }
        }
        push(text, start, j, out);
        start = j;
        while (start < lineEnd && isSpace(text[start])) start++;
        i = start;
        continue;
      }
      i = j;
      continue;
    }
    i++;
  }
  if (start < lineEnd) push(text, start, lineEnd, out);
}

function push(text: string, start: number, end: number, out: SentenceSpan[]): void {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  // A run-on longer than any spoken sentence (a pasted log, 50,000 dots, one endless word) is cut
  // into pieces the parser reads in linear time; no real sentence is this long.
  while (end - start > MAX_SENTENCE_LENGTH) {
    const cut = cutPoint(text, start, start + MAX_SENTENCE_LENGTH);
    push(text, start, cut, out);
    start = cut;
    while (start < end && isSpace(text[start])) start++;
  }
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

/**
 * Where to cut a run-on that goes past `limit`: after the last semicolon or comma in its second
 * half, else at the last space, else at `limit` itself (never between the halves of a surrogate pair).
 */
function cutPoint(text: string, start: number, limit: number): number {
  const floor = start + Math.floor((limit - start) / 2);
  let space = -1;
  for (let k = limit; k > floor; k--) {
    const before = text[k - 1]!;
    if ((before === ';' || before === ',') && isSpace(text[k])) return k;
    if (space === -1 && isSpace(text[k])) space = k;
  }
  if (space !== -1) return space;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/**
 * Every line break ends a sentence (answers pasted as bullets or short paragraphs), except a single
 * line break inside a sentence that continues in lower case (text wrapped by hand).
 */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let lineStart = 0;
  const n = text.length;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = n;
    // Join hard-wrapped lines: a line without final punctuation followed by a lower-case line.
    while (lineEnd < n) {
      // The last visible character before the break (reading back from the break, not from the
      // line's start: a long run of joined lines would make that quadratic).
      let last = lineEnd - 1;
      while (last >= lineStart && isSpace(text[last])) last--;
      const nextBreak = text.indexOf('\n', lineEnd + 1);
      const nextLine = text.slice(lineEnd + 1, nextBreak === -1 ? n : nextBreak);
      if (last >= lineStart && !/[.!?:;…]/.test(text[last]!) && /^[ \t]*[a-z]/.test(nextLine) && !BULLET.test(nextLine)) {
        lineEnd = nextBreak === -1 ? n : nextBreak;
      } else break;
    }
    splitLine(text, lineStart, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

/** Words as a speaker would count them: runs of letters or digits. */
export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%$-]*/gu);
  return m ? m.length : 0;
}
