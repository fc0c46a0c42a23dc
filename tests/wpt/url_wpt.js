// Runs one of the web-platform-tests URL data files against thaw's URL and
// URLSearchParams. The JSON arrives on stdin (thaw has no fs module yet):
//
//   thaw url_wpt.js urltestdata|setters|urlencoded < FILE.json
//
// Prints "<file>: N/M passed", then each failing case. Exits 1 when fewer
// than 99% pass (or the data cannot be read), 0 otherwise.
'use strict';

const kind = process.argv[2];
const FILES = {
  urltestdata: 'urltestdata.json',
  setters: 'setters_tests.json',
  urlencoded: 'urlencoded-parser-data.json',
};
const REQUIRED_RATIO = 0.99;

const show = (value) => JSON.stringify(value);

// Each check returns null when the case passes, or a description.
function checkParserCase(test) {
  const base = test.base === null ? undefined : test.base;
  const canParse = base === undefined ? URL.canParse(test.input) : URL.canParse(test.input, base);
  let url;
  try {
    url = base === undefined ? new URL(test.input) : new URL(test.input, base);
  } catch (error) {
    if (!test.failure) return `threw ${error.name}: ${error.message}`;
    if (!(error instanceof TypeError)) return `threw ${error.name}, not TypeError`;
    if (canParse) return 'URL.canParse is true but new URL threw';
    if ((base === undefined ? URL.parse(test.input) : URL.parse(test.input, base)) !== null) {
      return 'URL.parse did not return null';
    }
    return null;
  }
  if (test.failure) return `parsed as ${show(url.href)}, expected failure`;
  if (!canParse) return 'URL.canParse is false';
  const problems = [];
  for (const key of ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
                     'pathname', 'search', 'hash', 'origin']) {
    if (key in test && url[key] !== test[key]) {
      problems.push(`${key}: got ${show(url[key])}, expected ${show(test[key])}`);
    }
  }
  if ('searchParams' in test && url.searchParams.toString() !== test.searchParams) {
    problems.push(`searchParams: got ${show(url.searchParams.toString())}, ` +
                  `expected ${show(test.searchParams)}`);
  }
  if (url.toJSON() !== url.href || String(url) !== url.href) problems.push('toJSON/toString');
  return problems.length ? problems.join('; ') : null;
}

function runParser(data) {
  const results = [];
  for (const test of data) {
    if (typeof test === 'string') continue;
    results.push({
      label: `input ${show(test.input)}${test.base === null ? '' : ` base ${show(test.base)}`}`,
      problem: checkParserCase(test),
    });
  }
  return results;
}

function runSetters(data) {
  const results = [];
  for (const attribute of Object.keys(data)) {
    if (attribute === 'comment') continue;
    for (const test of data[attribute]) {
      let problem = null;
      try {
        const url = new URL(test.href);
        url[attribute] = test.new_value;
        const problems = [];
        for (const key of Object.keys(test.expected)) {
          if (url[key] !== test.expected[key]) {
            problems.push(`${key}: got ${show(url[key])}, expected ${show(test.expected[key])}`);
          }
        }
        if (problems.length) problem = problems.join('; ');
      } catch (error) {
        problem = `threw ${error.name}: ${error.message}`;
      }
      results.push({
        label: `${attribute} = ${show(test.new_value)} on ${show(test.href)}`,
        problem,
      });
    }
  }
  return results;
}

function runUrlencoded(data) {
  const results = [];
  for (const test of data) {
    if (typeof test === 'string') continue;
    let problem = null;
    try {
      const got = [...new URLSearchParams(test.input)];
      if (show(got) !== show(test.output)) {
        problem = `got ${show(got)}, expected ${show(test.output)}`;
      }
    } catch (error) {
      problem = `threw ${error.name}: ${error.message}`;
    }
    results.push({ label: `input ${show(test.input)}`, problem });
  }
  return results;
}

const RUNNERS = { urltestdata: runParser, setters: runSetters, urlencoded: runUrlencoded };

async function main() {
  if (!(kind in RUNNERS)) {
    process.stderr.write(`usage: thaw url_wpt.js ${Object.keys(RUNNERS).join('|')} < FILE.json\n`);
    process.exitCode = 2;
    return;
  }
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    process.stdout.write(`${FILES[kind]}: cannot parse the test data: ${error.message}\n`);
    process.exitCode = 1;
    return;
  }
  const results = RUNNERS[kind](data);
  const failed = results.filter((result) => result.problem !== null);
  const passed = results.length - failed.length;
  let out = `${FILES[kind]}: ${passed}/${results.length} passed\n`;
  for (const result of failed) out += `  FAIL ${result.label}\n       ${result.problem}\n`;
  process.stdout.write(out);
  if (results.length === 0 || passed < results.length * REQUIRED_RATIO) {
    process.stdout.write(`${FILES[kind]}: below the required ${REQUIRED_RATIO * 100}%\n`);
    process.exitCode = 1;
  }
}

main();
