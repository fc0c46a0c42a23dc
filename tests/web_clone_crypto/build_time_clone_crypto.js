// An app file for a custom snapshot: structuredClone and crypto.subtle.digest
// run inside the snapshot builder, and their results must be in the snapshot.
// (Drawing random values here would fail the build: see the test script.)

const original = {
  date: new Date(86400000),
  map: new Map([['key', [1, 2]]]),
  bytes: new Uint8Array([1, 2, 3]),
  error: new RangeError('cloned at build time'),
};
original.self = original;
globalThis.clonedAtBuild = structuredClone(original);

const moving = new Uint8Array([9, 8, 7]).buffer;
globalThis.transferredAtBuild = {copy: structuredClone(moving, {transfer: [moving]}), source: moving};

// The builder settles promise jobs before taking the snapshot.
crypto.subtle.digest('SHA-256', new Uint8Array([97, 98, 99])).then((digest) => {
  globalThis.digestAtBuild =
      Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
});

globalThis.cryptoAtBuild = crypto;
