// node:url: the WHATWG URL and URLSearchParams (60_url.js), fileURLToPath
// and pathToFileURL with Node's POSIX rules and errors, format() for URL
// objects (with Node's options) and for legacy url objects, domainToASCII/
// domainToUnicode and urlToHttpOptions. The legacy parser (url.parse,
// url.resolve) is not implemented.
'use strict';

(function defineUrlModule() {
  const {URL, URLSearchParams} = internals;
  const path = internals.path;

  const withCode = internals.withCode;

  function isURL(value) {
    return Boolean(value?.href && value.protocol && value.auth === undefined &&
                   value.path === undefined);
  }

  function fileURLToPath(url) {
    if (typeof url === 'string') url = new URL(url);
    else if (!isURL(url)) throw internals.invalidArgType('path', 'string or an instance of URL', url);
    if (url.protocol !== 'file:') {
      throw withCode(new TypeError('The URL must be of scheme file'), 'ERR_INVALID_URL_SCHEME');
    }
    if (url.hostname !== '') {
      throw withCode(new TypeError(`File URL host must be "localhost" or empty on ${process.platform}`),
                     'ERR_INVALID_FILE_URL_HOST');
    }
    const {pathname} = url;
    for (let n = 0; n < pathname.length; n++) {
      if (pathname[n] === '%') {
        const third = pathname.codePointAt(n + 2) | 0x20;
        if (pathname[n + 1] === '2' && third === 102) {
          throw withCode(new TypeError('File URL path must not include encoded / characters'),
                         'ERR_INVALID_FILE_URL_PATH');
        }
      }
    }
    return decodeURIComponent(pathname);
  }
  internals.fileURLToPath = fileURLToPath;

  function encodePathChars(filepath) {
    return filepath.replaceAll('%', '%25').replaceAll('\\', '%5C').replaceAll('\n', '%0A')
        .replaceAll('\r', '%0D').replaceAll('\t', '%09');
  }

  function pathToFileURL(filepath) {
    if (typeof filepath !== 'string') throw internals.invalidArgType('path', 'string', filepath);
    let resolved = path.resolve(filepath);
    if (filepath.charCodeAt(filepath.length - 1) === 47 && resolved[resolved.length - 1] !== '/') {
      resolved += '/';
    }
    resolved = encodePathChars(resolved).replaceAll('?', '%3F').replaceAll('#', '%23');
    return new URL(`file://${resolved}`);
  }
  internals.pathToFileURL = pathToFileURL;

  function urlToHttpOptions(url) {
    const options = {
      __proto__: null,
      protocol: url.protocol,
      hostname: typeof url.hostname === 'string' && url.hostname.startsWith('[') ?
        url.hostname.slice(1, -1) : url.hostname,
      hash: url.hash,
      search: url.search,
      pathname: url.pathname,
      path: `${url.pathname || ''}${url.search || ''}`,
      href: url.href,
    };
    if (url.port !== '') options.port = Number(url.port);
    if (url.username || url.password) {
      options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
    }
    return options;
  }

  const slashedProtocols = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:',
                                    'gopher', 'gopher:', 'file', 'file:', 'ws', 'ws:',
                                    'wss', 'wss:']);

  // querystring.stringify, for format()'s `query`.
  function stringifyQuery(object) {
    const value = (item) => (typeof item === 'string' ? item :
      (typeof item === 'number' && Number.isFinite(item)) || typeof item === 'bigint' ||
      typeof item === 'boolean' ? String(item) : '');
    const parts = [];
    for (const key of Object.keys(object)) {
      const items = Array.isArray(object[key]) ? object[key] : [object[key]];
      for (const item of items) {
        parts.push(`${encodeURIComponent(value(key))}=${encodeURIComponent(value(item))}`);
      }
    }
    return parts.join('&');
  }

  // The legacy url.format for a url object (Url.prototype.format).
  function formatLegacy(object) {
    let auth = object.auth || '';
    if (auth) {
      auth = encodeURIComponent(auth).replaceAll('%3A', ':');
      auth += '@';
    }
    let protocol = object.protocol || '';
    let pathname = object.pathname || '';
    let hash = object.hash || '';
    let host = '';
    let query = '';
    if (object.host) {
      host = auth + object.host;
    } else if (object.hostname) {
      host = auth + (object.hostname.includes(':') && object.hostname[0] !== '[' ?
        `[${object.hostname}]` : object.hostname);
      if (object.port) host += `:${object.port}`;
    }
    if (object.query !== null && typeof object.query === 'object') {
      query = stringifyQuery(object.query);
    }
    let search = object.search || (query && (`?${query}`)) || '';
    if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58) protocol += ':';
    pathname = pathname.replace(/[#?]/g, encodeURIComponent);
    if (object.slashes || slashedProtocols.has(protocol)) {
      if (object.slashes || host) {
        if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
        host = `//${host}`;
      } else if (protocol.length >= 4 && protocol.startsWith('file')) {
        host = '//';
      }
    }
    search = search.replaceAll('#', '%23');
    if (hash && hash[0] !== '#') hash = `#${hash}`;
    if (search && search[0] !== '?') search = `?${search}`;
    return protocol + host + pathname + search + hash;
  }

  function format(urlObject, options) {
    if (typeof urlObject === 'string') {
      return new URL(urlObject).href;
    }
    if (urlObject === null || typeof urlObject !== 'object') {
      throw internals.invalidArgType('urlObject', 'object or string', urlObject);
    }
    if (urlObject instanceof URL) {
      if (options !== undefined && (options === null || typeof options !== 'object')) {
        throw internals.invalidArgType('options', 'object', options);
      }
      const fragment = options?.fragment ?? true;
      const unicode = options?.unicode ?? false;
      const search = options?.search ?? true;
      const auth = options?.auth ?? true;
      const url = new URL(urlObject.href);
      let text = url.protocol;
      if (url.host !== '' || url.href.startsWith(`${url.protocol}//`)) {
        text += '//';
        if (auth && (url.username || url.password)) {
          text += url.username;
          if (url.password) text += `:${url.password}`;
          text += '@';
        }
        text += unicode ? internals.domainToUnicode(url.hostname) || url.hostname : url.hostname;
        if (url.port) text += `:${url.port}`;
      }
      text += url.pathname;
      if (search) text += url.search;
      if (fragment) text += url.hash;
      return text;
    }
    return formatLegacy(urlObject);
  }

  const urlModule = {
    URL,
    URLSearchParams,
    pathToFileURL,
    fileURLToPath,
    urlToHttpOptions,
    format,
  };
  urlModule.domainToASCII = function domainToASCII(domain) {
    if (arguments.length < 1) {
      throw withCode(new TypeError('The "domain" argument must be specified'), 'ERR_MISSING_ARGS');
    }
    return internals.domainToASCII(`${domain}`);
  };
  urlModule.domainToUnicode = function domainToUnicode(domain) {
    if (arguments.length < 1) {
      throw withCode(new TypeError('The "domain" argument must be specified'), 'ERR_MISSING_ARGS');
    }
    return internals.domainToUnicode(`${domain}`);
  };
  internals.defineBuiltin('url', () => urlModule);
})();

// require('module').builtinModules was listed before this file ran.
for (const name of ['url']) {
  if (!internals.Module.builtinModules.includes(name)) internals.Module.builtinModules.push(name);
}
