// URL and URLSearchParams, per the WHATWG URL Standard
// (https://url.spec.whatwg.org/), with Node 20's API surface: property
// attributes, argument errors (ERR_INVALID_URL, ERR_MISSING_ARGS, ...),
// URL.canParse/URL.parse and util.inspect output.
//
// The basic URL parser is the standard's state machine. States that consume
// runs of code points (authority, host, port, path, opaque path, query,
// fragment) scan ahead to the end of their component and percent-encode it
// in one slice, so the common case is a few slices per URL rather than one
// string append per code point. Hosts with non-ASCII code points go to
// ICU's UTS #46 through binding.idna; ASCII domains are only lowercased,
// which is what the standard's "domain to ASCII" amounts to for them.
//
// A URL keeps a URL record (scheme, username, password, serialized host,
// port, path, query, fragment) and serializes it on demand, caching href.
//
// This file runs once at snapshot build time: it only defines functions,
// classes and constant tables.
'use strict';

const nativeIdna = binding.idna;

const EOF = -1;
const StringFromCharCode = String.fromCharCode;
const StringFromCodePoint = String.fromCodePoint;

// ---------------------------------------------------------------------------
// Percent-encode sets, one bit each, over ASCII. Every set contains the C0
// controls and every code point above U+007E.

const C0_CONTROL_SET = 1;
const FRAGMENT_SET = 2;
const QUERY_SET = 4;
const SPECIAL_QUERY_SET = 8;
const PATH_SET = 16;
const USERINFO_SET = 32;
const COMPONENT_SET = 64;
const FORM_SET = 128;

const encodeSets = new Uint8Array(128);
{
  const add = (mask, chars) => {
    for (let i = 0; i < chars.length; i++) encodeSets[chars.charCodeAt(i)] |= mask;
  };
  for (let i = 0; i < 0x20; i++) encodeSets[i] = 0xFF;
  encodeSets[0x7F] = 0xFF;
  const query = ' "#<>';
  const path = `${query}?^\`{}`;
  const userinfo = `${path}/:;=@[\\]|`;
  const component = `${userinfo}$%&+,`;
  add(FRAGMENT_SET, ' "<>`');
  add(QUERY_SET, query);
  add(SPECIAL_QUERY_SET, `${query}'`);
  add(PATH_SET, path);
  add(USERINFO_SET, userinfo);
  add(COMPONENT_SET, component);
  add(FORM_SET, `${component}!'()~`);
}

// '%00' ... '%FF'.
const HEX = [];
for (let i = 0; i < 256; i++) HEX.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

function utf8PercentEncodeCodePoint(cp) {
  if (cp < 0x80) return HEX[cp];
  if (cp < 0x800) return HEX[0xC0 | (cp >> 6)] + HEX[0x80 | (cp & 63)];
  if (cp < 0x10000) {
    return HEX[0xE0 | (cp >> 12)] + HEX[0x80 | ((cp >> 6) & 63)] + HEX[0x80 | (cp & 63)];
  }
  return HEX[0xF0 | (cp >> 18)] + HEX[0x80 | ((cp >> 12) & 63)] +
      HEX[0x80 | ((cp >> 6) & 63)] + HEX[0x80 | (cp & 63)];
}

// UTF-8 percent-encodes input[start, end) with the set `mask`. A lone
// surrogate is U+FFFD, as in any USVString. With spaceAsPlus, U+0020 is '+'
// (application/x-www-form-urlencoded).
function percentEncode(input, start, end, mask, spaceAsPlus) {
  let out = '';
  let last = start;
  for (let i = start; i < end; i++) {
    const c = input.charCodeAt(i);
    if (c < 0x7F) {
      if ((encodeSets[c] & mask) === 0) continue;
      out += input.slice(last, i) + (c === 0x20 && spaceAsPlus ? '+' : HEX[c]);
      last = i + 1;
      continue;
    }
    let cp = c;
    if (c >= 0xD800 && c <= 0xDFFF) {
      const next = i + 1 < end ? input.charCodeAt(i + 1) : 0;
      if (c <= 0xDBFF && next >= 0xDC00 && next <= 0xDFFF) {
        cp = 0x10000 + ((c - 0xD800) << 10) + (next - 0xDC00);
        out += input.slice(last, i) + utf8PercentEncodeCodePoint(cp);
        last = ++i + 1;
        continue;
      }
      cp = 0xFFFD;
    }
    out += input.slice(last, i) + utf8PercentEncodeCodePoint(cp);
    last = i + 1;
  }
  if (last === start) return start === 0 && end === input.length ? input : input.slice(start, end);
  return out + input.slice(last, end);
}

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

// UTF-8 decode without BOM, with replacement (the Encoding Standard's
// decoder: one U+FFFD per maximal invalid subsequence).
function utf8Decode(bytes) {
  let out = '';
  let needed = 0;
  let seen = 0;
  let cp = 0;
  let lower = 0x80;
  let upper = 0xBF;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (needed === 0) {
      if (b < 0x80) {
        out += StringFromCharCode(b);
      } else if (b >= 0xC2 && b <= 0xDF) {
        needed = 1;
        cp = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        if (b === 0xE0) lower = 0xA0;
        if (b === 0xED) upper = 0x9F;
        needed = 2;
        cp = b & 0xF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        if (b === 0xF0) lower = 0x90;
        if (b === 0xF4) upper = 0x8F;
        needed = 3;
        cp = b & 0x7;
      } else {
        out += '\uFFFD';
      }
      continue;
    }
    if (b < lower || b > upper) {
      needed = seen = cp = 0;
      lower = 0x80;
      upper = 0xBF;
      out += '\uFFFD';
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xBF;
    cp = (cp << 6) | (b & 0x3F);
    if (++seen === needed) {
      out += StringFromCodePoint(cp);
      needed = seen = cp = 0;
    }
  }
  if (needed !== 0) out += '\uFFFD';
  return out;
}

// Percent-decodes input (a USVString) and UTF-8 decodes the bytes. Runs of
// %XX are decoded on their own: a literal code point is always a whole UTF-8
// sequence, so this equals decoding all the bytes at once.
function percentDecodeToString(input) {
  let i = input.indexOf('%');
  if (i === -1) return input;
  let out = input.slice(0, i);
  const length = input.length;
  while (i < length) {
    const c = input.charCodeAt(i);
    if (c === 0x25 && i + 2 < length && hexValue(input.charCodeAt(i + 1)) >= 0 &&
        hexValue(input.charCodeAt(i + 2)) >= 0) {
      const bytes = [];
      while (i + 2 < length && input.charCodeAt(i) === 0x25) {
        const high = hexValue(input.charCodeAt(i + 1));
        const low = hexValue(input.charCodeAt(i + 2));
        if (high < 0 || low < 0) break;
        bytes.push(high * 16 + low);
        i += 3;
      }
      out += utf8Decode(bytes);
      continue;
    }
    let next = input.indexOf('%', i + 1);
    if (next === -1) next = length;
    out += input.slice(i, next);
    i = next;
  }
  return out;
}

const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const LONE_SURROGATES = /[\uD800-\uDFFF]/gu;

// Web IDL's USVString conversion of a string: lone surrogates to U+FFFD.
function toUSVString(string) {
  return LONE_SURROGATE.test(string) ? string.replace(LONE_SURROGATES, '\uFFFD') : string;
}

// ---------------------------------------------------------------------------
// Hosts.

const FORBIDDEN_HOST_CODE_POINT = /[\0\t\n\r #/:<>?@[\\\]^|]/;
const FORBIDDEN_DOMAIN_CODE_POINT = /[\0-\x20#%/:<>?@[\\\]^|\x7F]/;
const NON_ASCII = /[^\0-\x7F]/;

// The IPv4 number in input[start, end) (decimal, 0x-hex or 0-octal), or -1
// for failure.
function parseIPv4Number(input, start, end) {
  if (start === end) return -1;
  let radix = 10;
  let i = start;
  if (end - start >= 2 && input.charCodeAt(start) === 0x30) {
    if ((input.charCodeAt(start + 1) | 0x20) === 0x78) {
      radix = 16;
      i += 2;
    } else {
      radix = 8;
      i += 1;
    }
  }
  let value = 0;
  for (; i < end; i++) {
    const digit = hexValue(input.charCodeAt(i));
    if (digit < 0 || digit >= radix) return -1;
    value = value * radix + digit;
  }
  return value;
}

function endsInANumber(domain) {
  let end = domain.length;
  if (domain.charCodeAt(end - 1) === 0x2E) {
    if (end === 1) return false;
    end--;
  }
  // IPv4 numbers are made of hex digits and 'x': most domains end otherwise.
  const lastCode = domain.charCodeAt(end - 1);
  if (hexValue(lastCode) < 0 && (lastCode | 0x20) !== 0x78) return false;
  const start = domain.lastIndexOf('.', end - 1) + 1;
  let digits = start < end;
  for (let i = start; digits && i < end; i++) digits = isDigit(domain.charCodeAt(i));
  return digits || parseIPv4Number(domain, start, end) >= 0;
}

// The IPv4 parser; returns the serialized address or null for failure.
function parseIPv4(input) {
  let end = input.length;
  if (input.charCodeAt(end - 1) === 0x2E && end > 1) end--;
  let address = 0;
  let count = 0;
  let start = 0;
  for (;;) {
    let dot = input.indexOf('.', start);
    if (dot === -1 || dot > end) dot = end;
    const number = parseIPv4Number(input, start, dot);
    if (number < 0 || ++count > 4) return null;
    if (dot === end) {
      // The last number fills the bytes the others left.
      if (number >= 256 ** (5 - count)) return null;
      address += number;
      break;
    }
    if (number > 255) return null;
    address += number * 256 ** (4 - count);
    start = dot + 1;
  }
  return `${address >>> 24}.${(address >>> 16) & 255}.${(address >>> 8) & 255}.${address & 255}`;
}

function isDigit(c) {
  return c >= 0x30 && c <= 0x39;
}

// The IPv6 parser over input[start, end); returns the 8 pieces or null.
function parseIPv6(input, start, end) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = -1;
  let p = start;
  const at = (i) => (i < end ? input.charCodeAt(i) : EOF);
  if (at(p) === 0x3A) {
    if (at(p + 1) !== 0x3A) return null;
    p += 2;
    compress = ++pieceIndex;
  }
  while (at(p) !== EOF) {
    if (pieceIndex === 8) return null;
    if (at(p) === 0x3A) {
      if (compress !== -1) return null;
      p++;
      compress = ++pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && hexValue(at(p)) >= 0) {
      value = value * 16 + hexValue(at(p));
      p++;
      length++;
    }
    if (at(p) === 0x2E) {
      if (length === 0) return null;
      p -= length;
      if (pieceIndex > 6) return null;
      let numbersSeen = 0;
      while (at(p) !== EOF) {
        let ipv4Piece = -1;
        if (numbersSeen > 0) {
          if (at(p) === 0x2E && numbersSeen < 4) p++;
          else return null;
        }
        if (!isDigit(at(p))) return null;
        while (isDigit(at(p))) {
          const number = at(p) - 0x30;
          if (ipv4Piece === -1) ipv4Piece = number;
          else if (ipv4Piece === 0) return null;
          else ipv4Piece = ipv4Piece * 10 + number;
          if (ipv4Piece > 255) return null;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (at(p) === 0x3A) {
      p++;
      if (at(p) === EOF) return null;
    } else if (at(p) !== EOF) {
      return null;
    }
    address[pieceIndex++] = value;
  }
  if (compress !== -1) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const other = compress + swaps - 1;
      const piece = address[other];
      address[other] = address[pieceIndex];
      address[pieceIndex] = piece;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

function serializeIPv6(address) {
  // The first longest run of two or more zero pieces is compressed.
  let compress = -1;
  let longest = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > longest) {
      compress = i;
      longest = j - i;
    }
    i = j;
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === compress) {
      out += i === 0 ? '::' : ':';
      i += longest - 1;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

// The standard's "domain to ASCII" with beStrict = false; null for failure.
function domainToASCII(domain) {
  let ascii;
  if (NON_ASCII.test(domain)) {
    ascii = nativeIdna.toASCII(domain);
    if (ascii === null) return null;
  } else {
    ascii = domain.toLowerCase();
  }
  return ascii === '' ? null : ascii;
}

// Forbidden domain code points, for the fast path below.
const forbiddenDomainCodePoints = new Uint8Array(128);
for (let i = 0; i < 128; i++) {
  if (FORBIDDEN_DOMAIN_CODE_POINT.test(StringFromCharCode(i))) forbiddenDomainCodePoints[i] = 1;
}

// The host parser; returns the serialized host ('' for the empty host) or
// null for failure.
function parseHost(input, isOpaque) {
  const length = input.length;
  if (input.charCodeAt(0) === 0x5B) {
    if (input.charCodeAt(length - 1) !== 0x5D) return null;
    const address = parseIPv6(input, 1, length - 1);
    return address === null ? null : `[${serializeIPv6(address)}]`;
  }
  if (isOpaque) {
    if (FORBIDDEN_HOST_CODE_POINT.test(input)) return null;
    return percentEncode(input, 0, length, C0_CONTROL_SET, false);
  }
  // An ASCII domain without '%' (nearly all of them): domain to ASCII only
  // lowercases it, and the forbidden code points can be checked right away.
  let upper = false;
  let i = 0;
  for (; i < length; i++) {
    const c = input.charCodeAt(i);
    if (c >= 0x80 || c === 0x25) break;
    if (c >= 0x41 && c <= 0x5A) upper = true;
    else if (forbiddenDomainCodePoints[c] === 1) return null;
  }
  let ascii;
  if (i === length) {
    ascii = upper ? input.toLowerCase() : input;
  } else {
    ascii = domainToASCII(percentDecodeToString(input));
    if (ascii === null || FORBIDDEN_DOMAIN_CODE_POINT.test(ascii)) return null;
  }
  return endsInANumber(ascii) ? parseIPv4(ascii) : ascii;
}

// ---------------------------------------------------------------------------
// URL records and the basic URL parser.

class URLRecord {
  constructor() {
    this.scheme = '';
    this.special = false;
    this.username = '';
    this.password = '';
    this.host = null;          // serialized; '' is the empty host
    this.port = null;          // a number or null
    // The path's segments, serialized: '/a/b' is ['a', 'b'], '' is [],
    // '/' is ['']. Segments never contain '/'. Unused with an opaque path.
    this.path = '';
    this.opaquePath = null;    // a string for URLs with an opaque path
    this.query = null;
    this.fragment = null;
    this.href = null;          // cached serialization, or null
  }
}

// The special schemes' default ports; null for file, undefined otherwise.
function defaultPort(scheme) {
  switch (scheme) {
    case 'http': case 'ws': return 80;
    case 'https': case 'wss': return 443;
    case 'ftp': return 21;
    case 'file': return null;
  }
  return undefined;
}

function setScheme(url, scheme) {
  url.scheme = scheme;
  url.special = defaultPort(scheme) !== undefined;
}

function isAlpha(c) {
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x7A;
}

function isWindowsDriveLetter(s) {
  return s.length === 2 && isAlpha(s.charCodeAt(0)) &&
      (s.charCodeAt(1) === 0x3A || s.charCodeAt(1) === 0x7C);
}

function isNormalizedWindowsDriveLetter(s) {
  return s.length === 2 && isAlpha(s.charCodeAt(0)) && s.charCodeAt(1) === 0x3A;
}

function startsWithWindowsDriveLetter(input, p) {
  const length = input.length - p;
  if (length < 2 || !isAlpha(input.charCodeAt(p))) return false;
  const second = input.charCodeAt(p + 1);
  if (second !== 0x3A && second !== 0x7C) return false;
  if (length === 2) return true;
  const third = input.charCodeAt(p + 2);
  return third === 0x2F || third === 0x5C || third === 0x3F || third === 0x23;
}

function isSingleDot(s) {
  return s === '.' || (s.length === 3 && s.toLowerCase() === '%2e');
}

function isDoubleDot(s) {
  switch (s.length) {
    case 2: return s === '..';
    case 4: {
      const lower = s.toLowerCase();
      return lower === '.%2e' || lower === '%2e.';
    }
    case 6: return s.toLowerCase() === '%2e%2e';
  }
  return false;
}

// The first segment of a serialized path ('' when there is none).
function firstSegment(path) {
  const slash = path.indexOf('/', 1);
  return slash === -1 ? path.slice(1) : path.slice(1, slash);
}

function shortenPath(url) {
  const path = url.path;
  if (path === '') return;
  if (url.scheme === 'file' && path.length === 3 && isNormalizedWindowsDriveLetter(path.slice(1))) {
    return;
  }
  url.path = path.slice(0, path.lastIndexOf('/'));
}

function includesCredentials(url) {
  return url.username !== '' || url.password !== '';
}

function cannotHaveUsernamePasswordPort(url) {
  return url.host === null || url.host === '' || url.scheme === 'file';
}

// The parser's states. The switch in basicParse uses the numbers themselves
// (with the name in a comment): V8 compiles a switch over literals to a jump
// table, but compares one by one against constants from the closure.
const SCHEME_START = 1;
const SCHEME = 2;
const NO_SCHEME = 3;
const SPECIAL_RELATIVE_OR_AUTHORITY = 4;
const PATH_OR_AUTHORITY = 5;
const RELATIVE = 6;
const RELATIVE_SLASH = 7;
const SPECIAL_AUTHORITY_SLASHES = 8;
const SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
const AUTHORITY = 10;
const HOST = 11;
const HOSTNAME = 12;
const PORT = 13;
const FILE = 14;
const FILE_SLASH = 15;
const FILE_HOST = 16;
const PATH_START = 17;
const PATH = 18;
const OPAQUE_PATH = 19;
const QUERY = 20;
const FRAGMENT = 21;

const TABS_AND_NEWLINES = /[\t\n\r]/g;

// Scanners for basicParse: where a component that starts at `i` ends. They
// are small functions on purpose: V8 optimizes these loops far better on
// their own than inside the parser's big switch.

function schemeEnd(input, i, len) {
  for (; i < len; i++) {
    const c = input.charCodeAt(i);
    if (!(isAlpha(c) || isDigit(c) || c === 0x2B || c === 0x2D || c === 0x2E)) break;
  }
  return i;
}

// The first '/', '?', '#' or (if backslashIsSlash) '\\'.
function authorityEnd(input, i, len, backslashIsSlash) {
  for (; i < len; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x2F || c === 0x3F || c === 0x23 || (c === 0x5C && backslashIsSlash)) break;
  }
  return i;
}

// The host state's buffer: up to the authority's end or a ':' outside [].
function hostEnd(input, i, len, special) {
  let insideBrackets = false;
  for (; i < len; i++) {
    const c = input.charCodeAt(i);
    if ((c === 0x3A && !insideBrackets) || c === 0x2F || c === 0x3F || c === 0x23 ||
        (c === 0x5C && special)) {
      break;
    }
    if (c === 0x5B) insideBrackets = true;
    else if (c === 0x5D) insideBrackets = false;
  }
  return i;
}

function digitsEnd(input, i, len) {
  while (i < len && isDigit(input.charCodeAt(i))) i++;
  return i;
}

function queryOrFragmentStart(input, i, len) {
  for (; i < len; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x3F || c === 0x23) break;
  }
  return i;
}

// The end of a path segment; its bitwise complement (negative) when the
// segment has code points to percent-encode.
function pathSegmentEnd(input, i, len, special, queryEnds) {
  let plain = true;
  for (; i < len; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x2F) break;
    if (c < 0x7F && (encodeSets[c] & PATH_SET) === 0) {
      // '\\' is not in the path percent-encode set: a delimiter or kept.
      if (c === 0x5C && special) break;
      continue;
    }
    if (queryEnds && (c === 0x3F || c === 0x23)) break;
    plain = false;
  }
  return plain ? i : ~i;
}

// For the path state's fast path: the end of the path that starts at `i`
// (right after a '/') if no code point in it needs percent-encoding and no
// segment starts with '.' or '%' (a possible dot segment); -1 otherwise.
// With driveLetterMatters (an empty file: path), a leading Windows drive
// letter also takes the general way.
function plainPathEnd(input, i, len, special, queryEnds, driveLetterMatters) {
  if (driveLetterMatters && startsWithWindowsDriveLetter(input, i)) return -1;
  let segmentStart = true;
  for (; i < len; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x2F) {
      segmentStart = true;
      continue;
    }
    if (segmentStart && (c === 0x2E || c === 0x25)) return -1;
    segmentStart = false;
    if (c < 0x7F && (encodeSets[c] & PATH_SET) === 0) {
      if (c === 0x5C && special) return -1;
      continue;
    }
    if (queryEnds && (c === 0x3F || c === 0x23)) return i;
    return -1;
  }
  return i;
}

// The basic URL parser. Without `url`, parses `input` against `base` (a
// URLRecord or null) and returns a new URLRecord or null for failure. With
// `url` and `stateOverride` (a setter), changes `url` in place and returns
// false for failure, true otherwise.
function basicParse(input, base, url, stateOverride) {
  if (url === undefined) {
    url = new URLRecord();
    let start = 0;
    let end = input.length;
    while (start < end && input.charCodeAt(start) <= 0x20) start++;
    while (end > start && input.charCodeAt(end - 1) <= 0x20) end--;
    if (start !== 0 || end !== input.length) input = input.slice(start, end);
  }
  // (Three indexOf calls are faster than one regular expression test.)
  if (input.indexOf('\t') !== -1 || input.indexOf('\n') !== -1 || input.indexOf('\r') !== -1) {
    input = input.replace(TABS_AND_NEWLINES, '');
  }
  const failure = stateOverride ? false : null;
  const len = input.length;
  let state = stateOverride || SCHEME_START;
  let buffer = '';
  let c;
  for (let pointer = 0; ; pointer++) {
    c = pointer < len ? input.charCodeAt(pointer) : EOF;
    switch (state) {
      case 1: // SCHEME_START
        if (isAlpha(c)) {
          state = SCHEME;
          pointer--;
        } else if (!stateOverride) {
          state = NO_SCHEME;
          pointer--;
        } else {
          return failure;
        }
        break;

      case 2: { // SCHEME
        const end = schemeEnd(input, pointer, len);
        if (end < len && input.charCodeAt(end) === 0x3A) {
          buffer = input.slice(pointer, end).toLowerCase();
          pointer = end;
          if (stateOverride) {
            const bufferSpecial = defaultPort(buffer) !== undefined;
            if (url.special !== bufferSpecial) return true;
            if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return true;
            if (url.scheme === 'file' && url.host === '') return true;
          }
          setScheme(url, buffer);
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return true;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = FILE;
          } else if (url.special && base !== null && base.scheme === url.scheme) {
            state = SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (url.special) {
            state = SPECIAL_AUTHORITY_SLASHES;
          } else if (input.charCodeAt(pointer + 1) === 0x2F) {
            state = PATH_OR_AUTHORITY;
            pointer++;
          } else {
            url.opaquePath = '';
            state = OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          state = NO_SCHEME;
          pointer = -1;
        } else {
          return failure;
        }
        break;
      }

      case 3: // NO_SCHEME
        if (base === null || (base.opaquePath !== null && c !== 0x23)) return failure;
        if (base.opaquePath !== null) {
          setScheme(url, base.scheme);
          url.opaquePath = base.opaquePath;
          url.query = base.query;
          url.fragment = '';
          state = FRAGMENT;
        } else {
          state = base.scheme === 'file' ? FILE : RELATIVE;
          pointer--;
        }
        break;

      case 4: // SPECIAL_RELATIVE_OR_AUTHORITY
        if (c === 0x2F && input.charCodeAt(pointer + 1) === 0x2F) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer++;
        } else {
          state = RELATIVE;
          pointer--;
        }
        break;

      case 5: // PATH_OR_AUTHORITY
        if (c === 0x2F) {
          state = AUTHORITY;
        } else {
          state = PATH;
          pointer--;
        }
        break;

      case 6: // RELATIVE
        setScheme(url, base.scheme);
        if (c === 0x2F || (url.special && c === 0x5C)) {
          state = RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path;
          url.query = base.query;
          if (c === 0x3F) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            shortenPath(url);
            state = PATH;
            pointer--;
          }
        }
        break;

      case 7: // RELATIVE_SLASH
        if (url.special && (c === 0x2F || c === 0x5C)) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === 0x2F) {
          state = AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = PATH;
          pointer--;
        }
        break;

      case 8: // SPECIAL_AUTHORITY_SLASHES
        state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        if (c === 0x2F && input.charCodeAt(pointer + 1) === 0x2F) pointer++;
        else pointer--;
        break;

      case 9: // SPECIAL_AUTHORITY_IGNORE_SLASHES
        if (c !== 0x2F && c !== 0x5C) {
          state = AUTHORITY;
          pointer--;
        }
        break;

      case 10: { // AUTHORITY
        // The userinfo ends at the last '@' before the end of the
        // authority; the first ':' in it starts the password. Percent-
        // encoding the whole of it equals the standard's one '@' at a time.
        // Most URLs have no '@' at all: then the host starts right here.
        if (input.indexOf('@', pointer) === -1) {
          pointer--;
          state = HOST;
          break;
        }
        const end = authorityEnd(input, pointer, len, url.special);
        const at = end > pointer ? input.lastIndexOf('@', end - 1) : -1;
        if (at >= pointer) {
          const colon = input.indexOf(':', pointer);
          if (colon !== -1 && colon < at) {
            url.username = percentEncode(input, pointer, colon, USERINFO_SET, false);
            url.password = percentEncode(input, colon + 1, at, USERINFO_SET, false);
          } else {
            url.username = percentEncode(input, pointer, at, USERINFO_SET, false);
          }
          if (at + 1 === end) return failure;
          pointer = at;
        } else {
          pointer--;
        }
        state = HOST;
        break;
      }

      case 11: // HOST
      case 12: { // HOSTNAME
        if (stateOverride && url.scheme === 'file') {
          pointer--;
          state = FILE_HOST;
          break;
        }
        const end = hostEnd(input, pointer, len, url.special);
        buffer = input.slice(pointer, end);
        pointer = end;
        if (end < len && input.charCodeAt(end) === 0x3A) {
          if (buffer === '') return failure;
          if (stateOverride === HOSTNAME) return failure;
          const host = parseHost(buffer, !url.special);
          if (host === null) return failure;
          url.host = host;
          buffer = '';
          state = PORT;
        } else {
          pointer--;
          if (url.special && buffer === '') return failure;
          if (stateOverride && buffer === '' &&
              (includesCredentials(url) || url.port !== null)) {
            return failure;
          }
          const host = parseHost(buffer, !url.special);
          if (host === null) return failure;
          url.host = host;
          buffer = '';
          state = PATH_START;
          if (stateOverride) return true;
        }
        break;
      }

      case 13: { // PORT
        const digitsStart = pointer;
        const end = digitsEnd(input, pointer, len);
        pointer = end;
        c = end < len ? input.charCodeAt(end) : EOF;
        if (!(c === EOF || c === 0x2F || c === 0x3F || c === 0x23 || (c === 0x5C && url.special) ||
              stateOverride)) {
          return failure;
        }
        if (end > digitsStart) {
          let port = 0;
          for (let i = digitsStart; i < end; i++) {
            port = port * 10 + input.charCodeAt(i) - 0x30;
            if (port > 65535) return failure;
          }
          url.port = port === defaultPort(url.scheme) ? null : port;
          if (stateOverride) return true;
        }
        if (stateOverride) return failure;
        state = PATH_START;
        pointer--;
        break;
      }

      case 14: // FILE
        setScheme(url, 'file');
        url.host = '';
        if (c === 0x2F || c === 0x5C) {
          state = FILE_SLASH;
        } else if (base !== null && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path;
          url.query = base.query;
          if (c === 0x3F) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(input, pointer)) shortenPath(url);
            else url.path = '';
            state = PATH;
            pointer--;
          }
        } else {
          state = PATH;
          pointer--;
        }
        break;

      case 15: // FILE_SLASH
        if (c === 0x2F || c === 0x5C) {
          state = FILE_HOST;
        } else {
          if (base !== null && base.scheme === 'file') {
            url.host = base.host;
            const first = firstSegment(base.path);
            if (!startsWithWindowsDriveLetter(input, pointer) &&
                isNormalizedWindowsDriveLetter(first)) {
              url.path += `/${first}`;
            }
          }
          state = PATH;
          pointer--;
        }
        break;

      case 16: { // FILE_HOST
        const end = authorityEnd(input, pointer, len, true);
        buffer = input.slice(pointer, end);
        pointer = end - 1;
        if (!stateOverride && isWindowsDriveLetter(buffer)) {
          // The Windows drive letter quirk: buffer goes on to the path.
          state = PATH;
        } else if (buffer === '') {
          url.host = '';
          if (stateOverride) return true;
          state = PATH_START;
        } else {
          let host = parseHost(buffer, !url.special);
          if (host === null) return failure;
          if (host === 'localhost') host = '';
          url.host = host;
          if (stateOverride) return true;
          buffer = '';
          state = PATH_START;
        }
        break;
      }

      case 17: // PATH_START
        if (url.special) {
          state = PATH;
          if (c !== 0x2F && c !== 0x5C) pointer--;
        } else if (!stateOverride && c === 0x3F) {
          url.query = '';
          state = QUERY;
        } else if (!stateOverride && c === 0x23) {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== EOF) {
          state = PATH;
          if (c !== 0x2F) pointer--;
        } else if (stateOverride && url.host === null) {
          url.path += '/';
        }
        break;

      case 18: { // PATH
        const special = url.special;
        // Fast path: a path that needs no percent-encoding and has no dot
        // segments (or drive letter) is the input itself, '/' included.
        let plainEnd = -1;
        if (buffer === '' && pointer > 0 && input.charCodeAt(pointer - 1) === 0x2F) {
          plainEnd = plainPathEnd(input, pointer, len, special, !stateOverride,
                                  url.path === '' && url.scheme === 'file');
        }
        if (plainEnd >= 0) {
          url.path += input.slice(pointer - 1, plainEnd);
          pointer = plainEnd;
          c = plainEnd < len ? input.charCodeAt(plainEnd) : EOF;
        }
        // Otherwise one segment per turn; after a '/' the next segment
        // follows here directly instead of through the outer loop.
        while (plainEnd < 0) {
          // The segment with the '/' before it, when that can be sliced from
          // the input as it is (no percent-encoding, no pending buffer).
          let withSlash = null;
          if (!(c === EOF || c === 0x2F || (special && c === 0x5C) ||
                (!stateOverride && (c === 0x3F || c === 0x23)))) {
            let end = pathSegmentEnd(input, pointer, len, special, !stateOverride);
            if (end >= 0) {
              if (buffer === '' && pointer > 0 && input.charCodeAt(pointer - 1) === 0x2F) {
                withSlash = input.slice(pointer - 1, end);
              }
              buffer += input.slice(pointer, end);
            } else {
              end = ~end;
              buffer += percentEncode(input, pointer, end, PATH_SET, false);
            }
            pointer = end;
            c = end < len ? input.charCodeAt(end) : EOF;
          }
          const slash = c === 0x2F || (special && c === 0x5C);
          const first = buffer.charCodeAt(0);
          if ((first === 0x2E || first === 0x25) && isDoubleDot(buffer)) {
            shortenPath(url);
            if (!slash) url.path += '/';
          } else if ((first === 0x2E || first === 0x25) && isSingleDot(buffer)) {
            if (!slash) url.path += '/';
          } else if (url.path === '' && url.scheme === 'file' && isWindowsDriveLetter(buffer)) {
            url.path = `/${buffer[0]}:`;
          } else {
            url.path += withSlash === null ? `/${buffer}` : withSlash;
          }
          buffer = '';
          if (!slash) break;
          c = ++pointer < len ? input.charCodeAt(pointer) : EOF;
        }
        if (c === 0x3F) {
          url.query = '';
          state = QUERY;
        } else if (c === 0x23) {
          url.fragment = '';
          state = FRAGMENT;
        }
        break;
      }

      case 19: { // OPAQUE_PATH
        const end = queryOrFragmentStart(input, pointer, len);
        if (end > pointer) {
          let segment = percentEncode(input, pointer, end, C0_CONTROL_SET, false);
          // A space right before the query or fragment is encoded, so that
          // removing them later cannot leave a trailing space.
          if (end < len && input.charCodeAt(end - 1) === 0x20) segment = `${segment.slice(0, -1)}%20`;
          url.opaquePath += segment;
        }
        pointer = end;
        c = end < len ? input.charCodeAt(end) : EOF;
        if (c === 0x3F) {
          url.query = '';
          state = QUERY;
        } else if (c === 0x23) {
          url.fragment = '';
          state = FRAGMENT;
        }
        break;
      }

      case 20: { // QUERY
        let end = len;
        if (!stateOverride) {
          const hash = input.indexOf('#', pointer);
          if (hash !== -1) end = hash;
        }
        url.query += percentEncode(input, pointer, end, url.special ? SPECIAL_QUERY_SET : QUERY_SET,
                                   false);
        pointer = end;
        if (end < len) {
          url.fragment = '';
          state = FRAGMENT;
        }
        break;
      }

      case 21: // FRAGMENT
        url.fragment += percentEncode(input, pointer, len, FRAGMENT_SET, false);
        pointer = len;
        break;
    }

    if (pointer >= len) break;
  }
  return stateOverride ? true : url;
}

// ---------------------------------------------------------------------------
// Serialization.

function serializePath(url) {
  if (url.opaquePath !== null) return url.opaquePath;
  return url.path;
}

function serializeURL(url) {
  if (url.href !== null) return url.href;
  let out = `${url.scheme}:`;
  if (url.host !== null) {
    out += '//';
    if (url.username !== '' || url.password !== '') {
      out += url.username;
      if (url.password !== '') out += `:${url.password}`;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += `:${url.port}`;
  } else if (url.opaquePath === null && url.path.charCodeAt(1) === 0x2F) {
    out += '/.';
  }
  out += serializePath(url);
  if (url.query !== null) out += `?${url.query}`;
  if (url.fragment !== null) out += `#${url.fragment}`;
  url.href = out;
  return out;
}

function serializeOrigin(url) {
  switch (url.scheme) {
    case 'blob': {
      const pathURL = basicParse(serializePath(url), null);
      if (pathURL !== null && (pathURL.scheme === 'http' || pathURL.scheme === 'https')) {
        return serializeOrigin(pathURL);
      }
      return 'null';
    }
    case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
      return `${url.scheme}://${url.host}${url.port === null ? '' : `:${url.port}`}`;
  }
  return 'null';
}

// ---------------------------------------------------------------------------
// application/x-www-form-urlencoded: a list is a flat array
// [name0, value0, name1, value1, ...].

function parseUrlencoded(input) {
  const list = [];
  const length = input.length;
  let start = 0;
  while (start <= length) {
    let end = input.indexOf('&', start);
    if (end === -1) end = length;
    if (end > start) {
      const equals = input.indexOf('=', start);
      let name;
      let value;
      if (equals !== -1 && equals < end) {
        name = input.slice(start, equals);
        value = input.slice(equals + 1, end);
      } else {
        name = input.slice(start, end);
        value = '';
      }
      if (name.indexOf('+') !== -1) name = name.replace(/\+/g, ' ');
      if (value.indexOf('+') !== -1) value = value.replace(/\+/g, ' ');
      list.push(percentDecodeToString(name), percentDecodeToString(value));
    }
    start = end + 1;
  }
  return list;
}

function serializeUrlencoded(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    const name = list[i];
    const value = list[i + 1];
    if (i > 0) out += '&';
    out += `${percentEncode(name, 0, name.length, FORM_SET, true)}=` +
        percentEncode(value, 0, value.length, FORM_SET, true);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Node's errors.

function nodeError(Base, code, message) {
  const error = new Base(message);
  Object.defineProperty(error, 'toString', {
    value() { return `${this.name} [${code}]: ${this.message}`; },
    writable: true, enumerable: false, configurable: true,
  });
  error.code = code;
  return error;
}

function missingArgs(...names) {
  const list = names.map((name) => `"${name}"`);
  const message = list.length === 1 ? `The ${list[0]} argument` :
    `The ${list.slice(0, -1).join(', ')} and ${list[list.length - 1]} arguments`;
  return nodeError(TypeError, 'ERR_MISSING_ARGS', `${message} must be specified`);
}

function invalidThis(type) {
  return nodeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

function invalidTuple() {
  return nodeError(TypeError, 'ERR_INVALID_TUPLE',
                   'Each query pair must be an iterable [name, value] tuple');
}

// What Node's URL parser throws: a TypeError with code, input and base.
function invalidURL(input, base) {
  const error = new TypeError('Invalid URL');
  error.code = 'ERR_INVALID_URL';
  error.input = input;
  if (base !== undefined) error.base = base;
  return error;
}

// ---------------------------------------------------------------------------
// util.inspect support, as Node's lib/internal/url.js.

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

function getConstructorOf(object) {
  while (object) {
    const descriptor = Object.getOwnPropertyDescriptor(object, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '') {
      return descriptor.value;
    }
    object = Object.getPrototypeOf(object);
  }
  return null;
}

function inspectFunction(given) {
  return typeof given === 'function' ? given : internals.inspect;
}

function removeColors(text) {
  return text.replace(/\u001b\[\d\d?m/g, '');
}

// ---------------------------------------------------------------------------
// URLSearchParams.

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

let getSearchParamsList;
let setSearchParamsList;
let linkSearchParams;
let markSearchParamsModified;

class URLSearchParamsIterator {
  #target;
  #kind;
  #index = 0;

  constructor(target, kind) {
    this.#target = target;
    this.#kind = kind;
  }

  next() {
    if (typeof this !== 'object' || this === null || !(#target in this)) {
      throw invalidThis('URLSearchParamsIterator');
    }
    const index = this.#index;
    const list = getSearchParamsList(this.#target);
    if (index >= list.length) return { value: undefined, done: true };
    this.#index = index + 2;
    const name = list[index];
    const value = list[index + 1];
    const kind = this.#kind;
    return { value: kind === 'key' ? name : kind === 'value' ? value : [name, value], done: false };
  }

  [customInspectSymbol](recurseTimes, ctx, inspectGiven) {
    if (typeof this !== 'object' || this === null || !(#target in this)) {
      throw invalidThis('URLSearchParamsIterator');
    }
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const inspect = inspectFunction(inspectGiven);
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const index = this.#index;
    const list = getSearchParamsList(this.#target);
    const output = [];
    for (let i = index; i < list.length; i += 2) {
      if (this.#kind === 'key') output.push(list[i]);
      else if (this.#kind === 'value') output.push(list[i + 1]);
      else output.push([list[i], list[i + 1]]);
    }
    const breakLines = inspect(output, innerOpts).includes('\n');
    const shown = output.map((entry) => inspect(entry, innerOpts));
    const body = breakLines ? `\n  ${shown.join(',\n  ')}` : ` ${shown.join(', ')}`;
    return `${this[Symbol.toStringTag]} {${body} }`;
  }
}

delete URLSearchParamsIterator.prototype.constructor;
Object.setPrototypeOf(URLSearchParamsIterator.prototype, IteratorPrototype);
Object.defineProperties(URLSearchParamsIterator.prototype, {
  [Symbol.toStringTag]: { configurable: true, value: 'URLSearchParams Iterator' },
  next: { enumerable: true },
});

class URLSearchParams {
  #searchParams = [];
  // The URL this object is the query object of, or null.
  #context = null;

  static {
    getSearchParamsList = (params) => params.#searchParams;
    setSearchParamsList = (params, list) => { params.#searchParams = list; };
    linkSearchParams = (params, url) => { params.#context = url; };
  }

  constructor(init = undefined) {
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #searchParams in init) {
        this.#searchParams = init.#searchParams.slice();
      } else if (method !== undefined && method !== null) {
        if (typeof method !== 'function') {
          throw nodeError(TypeError, 'ERR_ARG_NOT_ITERABLE', 'Query pairs must be iterable');
        }
        const list = this.#searchParams;
        for (const pair of init) {
          if (pair === undefined || pair === null) throw invalidTuple();
          if (Array.isArray(pair)) {
            if (pair.length !== 2) throw invalidTuple();
            list.push(toUSVString(`${pair[0]}`), toUSVString(`${pair[1]}`));
          } else {
            if ((typeof pair !== 'object' && typeof pair !== 'function') ||
                typeof pair[Symbol.iterator] !== 'function') {
              throw invalidTuple();
            }
            let length = 0;
            for (const element of pair) {
              length++;
              list.push(toUSVString(`${element}`));
            }
            if (length !== 2) throw invalidTuple();
          }
        }
      } else {
        // record<USVString, USVString>: a later key that becomes the same
        // USVString replaces the value in place.
        const list = this.#searchParams;
        const seen = new Map();
        const keys = Reflect.ownKeys(init);
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i];
          const descriptor = Reflect.getOwnPropertyDescriptor(init, key);
          if (descriptor === undefined || !descriptor.enumerable) continue;
          const name = toUSVString(`${key}`);
          const value = toUSVString(`${init[key]}`);
          const index = seen.get(name);
          if (index !== undefined) {
            list[index] = value;
          } else {
            seen.set(name, list.push(name, value) - 1);
          }
        }
      }
    } else {
      init = toUSVString(`${init}`);
      if (init.charCodeAt(0) === 0x3F) init = init.slice(1);
      this.#searchParams = parseUrlencoded(init);
    }
  }

  // Node's receiver check, shared by every method.
  static #check(self) {
    if (typeof self !== 'object' || self === null || !(#searchParams in self)) {
      throw invalidThis('URLSearchParams');
    }
  }

  #update() {
    if (this.#context !== null) markSearchParamsModified(this.#context);
  }

  [customInspectSymbol](recurseTimes, ctx, inspectGiven) {
    URLSearchParams.#check(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const inspect = inspectFunction(inspectGiven);
    const separator = ', ';
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const list = this.#searchParams;
    const output = [];
    for (let i = 0; i < list.length; i += 2) {
      output.push(`${inspect(list[i], innerOpts)} => ${inspect(list[i + 1], innerOpts)}`);
    }
    const length = output.reduce(
      (previous, current) => previous + removeColors(current).length + separator.length,
      -separator.length);
    if (length > ctx.breakLength) {
      return `${this.constructor.name} {\n  ${output.join(',\n  ')} }`;
    } else if (output.length) {
      return `${this.constructor.name} { ${output.join(separator)} }`;
    }
    return `${this.constructor.name} {}`;
  }

  get size() {
    URLSearchParams.#check(this);
    return this.#searchParams.length / 2;
  }

  append(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    this.#searchParams.push(toUSVString(`${name}`), toUSVString(`${value}`));
    this.#update();
  }

  delete(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this.#searchParams;
    name = toUSVString(`${name}`);
    if (value !== undefined) value = toUSVString(`${value}`);
    let kept = 0;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) continue;
      list[kept++] = list[i];
      list[kept++] = list[i + 1];
    }
    list.length = kept;
    this.#update();
  }

  get(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this.#searchParams;
    name = toUSVString(`${name}`);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this.#searchParams;
    const values = [];
    name = toUSVString(`${name}`);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) values.push(list[i + 1]);
    }
    return values;
  }

  has(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this.#searchParams;
    name = toUSVString(`${name}`);
    if (value !== undefined) value = toUSVString(`${value}`);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    const list = this.#searchParams;
    name = toUSVString(`${name}`);
    value = toUSVString(`${value}`);
    let found = false;
    let kept = 0;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) {
        if (found) continue;
        found = true;
        list[kept++] = name;
        list[kept++] = value;
      } else {
        list[kept++] = list[i];
        list[kept++] = list[i + 1];
      }
    }
    list.length = kept;
    if (!found) list.push(name, value);
    this.#update();
  }

  sort() {
    URLSearchParams.#check(this);
    const list = this.#searchParams;
    if (list.length > 2) {
      // A stable sort by name, comparing code units.
      const pairs = [];
      for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
      pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      for (let i = 0; i < pairs.length; i++) {
        list[2 * i] = pairs[i][0];
        list[2 * i + 1] = pairs[i][1];
      }
    }
    this.#update();
  }

  entries() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    URLSearchParams.#check(this);
    internals.validateFunction(callback, 'callback');
    let list = this.#searchParams;
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
      // The URL's search may have been replaced by the callback.
      list = this.#searchParams;
    }
  }

  keys() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this, 'key');
  }

  values() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this, 'value');
  }

  toString() {
    URLSearchParams.#check(this);
    return serializeUrlencoded(this.#searchParams);
  }
}

{
  const enumerable = { enumerable: true };
  Object.defineProperties(URLSearchParams.prototype, {
    append: enumerable,
    delete: enumerable,
    get: enumerable,
    getAll: enumerable,
    has: enumerable,
    set: enumerable,
    size: enumerable,
    sort: enumerable,
    entries: enumerable,
    forEach: enumerable,
    keys: enumerable,
    values: enumerable,
    toString: enumerable,
    [Symbol.toStringTag]: { configurable: true, value: 'URLSearchParams' },
    [Symbol.iterator]: {
      configurable: true, writable: true, value: URLSearchParams.prototype.entries,
    },
  });
}

// ---------------------------------------------------------------------------
// URL.

// Set by URL.parse for the constructor it calls: the record to adopt.
let adoptRecord = null;

class URL {
  #context;
  #searchParams = null;
  // Whether #searchParams changed since the query was last serialized.
  #searchParamsModified = false;

  static {
    markSearchParamsModified = (url) => { url.#searchParamsModified = true; };
  }

  constructor(input, base = undefined) {
    if (adoptRecord !== null) {
      this.#context = adoptRecord;
      adoptRecord = null;
      return;
    }
    if (arguments.length === 0) throw missingArgs('url');
    input = `${input}`;
    let baseRecord = null;
    if (base !== undefined) {
      base = `${base}`;
      baseRecord = basicParse(base, null);
      if (baseRecord === null) throw invalidURL(input, base);
    }
    const record = basicParse(input, baseRecord);
    if (record === null) throw invalidURL(input, base);
    this.#context = record;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    const record = parseWithBase(`${input}`, base === undefined ? undefined : `${base}`);
    if (record === null) return null;
    adoptRecord = record;
    return new URL();
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    return parseWithBase(`${url}`, base === undefined ? undefined : `${base}`) !== null;
  }

  // Serializes the search params into the query if they changed.
  #ensureSearchParamsUpdated() {
    if (this.#searchParamsModified) {
      this.#searchParamsModified = false;
      const list = getSearchParamsList(this.#searchParams);
      this.#context.query = list.length === 0 ? null : serializeUrlencoded(list);
      this.#context.href = null;
    }
  }

  // After the query changed through the URL: the search params follow.
  #resetSearchParams() {
    this.#searchParamsModified = false;
    if (this.#searchParams !== null) {
      const query = this.#context.query;
      setSearchParamsList(this.#searchParams, query === null ? [] : parseUrlencoded(query));
    }
  }

  [customInspectSymbol](depth, opts, inspectGiven) {
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = getConstructorOf(this) || URL;
    const obj = { __proto__: { constructor } };
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    return `${constructor.name} ${inspectFunction(inspectGiven)(obj, opts)}`;
  }

  toString() {
    this.#ensureSearchParamsUpdated();
    return serializeURL(this.#context);
  }

  get href() {
    this.#ensureSearchParamsUpdated();
    return serializeURL(this.#context);
  }

  set href(value) {
    value = `${value}`;
    // Read before parsing, so that a wrong receiver gets Node's message.
    void this.#context;
    const record = basicParse(value, null);
    if (record === null) {
      const error = nodeError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
      error.input = value;
      throw error;
    }
    this.#context = record;
    this.#resetSearchParams();
  }

  get origin() {
    return serializeOrigin(this.#context);
  }

  get protocol() {
    return `${this.#context.scheme}:`;
  }

  set protocol(value) {
    const url = this.#context;
    basicParse(`${value}:`, null, url, SCHEME_START);
    url.href = null;
  }

  get username() {
    return this.#context.username;
  }

  set username(value) {
    const url = this.#context;
    value = `${value}`;
    if (cannotHaveUsernamePasswordPort(url)) return;
    url.username = percentEncode(value, 0, value.length, USERINFO_SET, false);
    url.href = null;
  }

  get password() {
    return this.#context.password;
  }

  set password(value) {
    const url = this.#context;
    value = `${value}`;
    if (cannotHaveUsernamePasswordPort(url)) return;
    url.password = percentEncode(value, 0, value.length, USERINFO_SET, false);
    url.href = null;
  }

  get host() {
    const url = this.#context;
    if (url.host === null) return '';
    return url.port === null ? url.host : `${url.host}:${url.port}`;
  }

  set host(value) {
    const url = this.#context;
    value = `${value}`;
    if (url.opaquePath !== null) return;
    basicParse(value, null, url, HOST);
    url.href = null;
  }

  get hostname() {
    const host = this.#context.host;
    return host === null ? '' : host;
  }

  set hostname(value) {
    const url = this.#context;
    value = `${value}`;
    if (url.opaquePath !== null) return;
    basicParse(value, null, url, HOSTNAME);
    url.href = null;
  }

  get port() {
    const port = this.#context.port;
    return port === null ? '' : `${port}`;
  }

  set port(value) {
    const url = this.#context;
    value = `${value}`;
    if (cannotHaveUsernamePasswordPort(url)) return;
    if (value === '') url.port = null;
    else basicParse(value, null, url, PORT);
    url.href = null;
  }

  get pathname() {
    return serializePath(this.#context);
  }

  set pathname(value) {
    const url = this.#context;
    value = `${value}`;
    if (url.opaquePath !== null) return;
    url.path = '';
    basicParse(value, null, url, PATH_START);
    url.href = null;
  }

  get search() {
    this.#ensureSearchParamsUpdated();
    const query = this.#context.query;
    return query === null || query === '' ? '' : `?${query}`;
  }

  set search(value) {
    const url = this.#context;
    value = toUSVString(`${value}`);
    url.href = null;
    if (value === '') {
      url.query = null;
    } else {
      const input = value.charCodeAt(0) === 0x3F ? value.slice(1) : value;
      url.query = '';
      basicParse(input, null, url, QUERY);
    }
    this.#resetSearchParams();
  }

  get searchParams() {
    if (this.#searchParams === null) {
      const query = this.#context.query;
      const params = new URLSearchParams();
      if (query !== null) setSearchParamsList(params, parseUrlencoded(query));
      linkSearchParams(params, this);
      this.#searchParams = params;
    }
    return this.#searchParams;
  }

  get hash() {
    const fragment = this.#context.fragment;
    return fragment === null || fragment === '' ? '' : `#${fragment}`;
  }

  set hash(value) {
    const url = this.#context;
    value = `${value}`;
    url.href = null;
    if (value === '') {
      url.fragment = null;
      return;
    }
    const input = value.charCodeAt(0) === 0x23 ? value.slice(1) : value;
    url.fragment = '';
    basicParse(input, null, url, FRAGMENT);
  }

  toJSON() {
    this.#ensureSearchParamsUpdated();
    return serializeURL(this.#context);
  }
}

function parseWithBase(input, base) {
  let baseRecord = null;
  if (base !== undefined) {
    baseRecord = basicParse(base, null);
    if (baseRecord === null) return null;
  }
  return basicParse(input, baseRecord);
}

{
  const enumerable = { enumerable: true };
  Object.defineProperties(URL.prototype, {
    [Symbol.toStringTag]: { configurable: true, value: 'URL' },
    toString: enumerable,
    href: enumerable,
    origin: enumerable,
    protocol: enumerable,
    username: enumerable,
    password: enumerable,
    host: enumerable,
    hostname: enumerable,
    port: enumerable,
    pathname: enumerable,
    search: enumerable,
    searchParams: enumerable,
    hash: enumerable,
    toJSON: enumerable,
  });
  Object.defineProperties(URL, {
    canParse: enumerable,
    parse: enumerable,
  });
}

for (const [name, value] of [['URL', URL], ['URLSearchParams', URLSearchParams]]) {
  Object.defineProperty(globalThis, name, {
    value, writable: true, enumerable: false, configurable: true,
  });
}

internals.URL = URL;
internals.URLSearchParams = URLSearchParams;
// For node:url: the standard's "domain to ASCII" / "domain to Unicode" the
// way url.domainToASCII/domainToUnicode use them ('' for an invalid domain).
internals.domainToASCII = function domainToASCIIForNode(domain) {
  const host = parseHost(`${domain}`, false);
  return host === null ? '' : host;
};
internals.domainToUnicode = function domainToUnicodeForNode(domain) {
  const host = parseHost(`${domain}`, false);
  if (host === null) return '';
  return host.includes('xn--') ? nativeIdna.toUnicode(host) || host : host;
};
internals.parseUrlencoded = parseUrlencoded;
internals.serializeUrlencoded = serializeUrlencoded;
