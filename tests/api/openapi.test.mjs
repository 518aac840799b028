// The OpenAPI document the running server publishes (`GET /api/v1/openapi.json`), checked
// with a maintained validator (@seriousme/openapi-schema-validator, against the OpenAPI
// Initiative's JSON schema for 3.1) rather than by our own reading of the specification; and
// the document is what the route table says: every path it names answers as documented
// instead of 404 for an anonymous caller (401: it is there, and needs a token or a session).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { Validator } from '@seriousme/openapi-schema-validator';

import { startStegvis } from '../browser/stegvis-server.mjs';

const binary = process.env.STEGVIS_BINARY;

let server;
let document;

before(async () => {
  assert.ok(binary, 'set STEGVIS_BINARY to the stegvis binary');
  server = await startStegvis(binary);
  const response = await fetch(`${server.url}/api/v1/openapi.json`,
                               { signal: AbortSignal.timeout(10000) });
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^application\/json/);
  document = await response.json();
});

after(async () => {
  await server?.stop();
});

test('the document is valid OpenAPI 3.1', async () => {
  assert.match(document.openapi, /^3\.1\./);
  const validator = new Validator();
  const result = await validator.validate(document);
  assert.equal(validator.version, '3.1', 'validated as 3.1');
  assert.ok(result.valid, `not valid OpenAPI: ${JSON.stringify(result.errors, null, 2)}`);
});

test('the validator refuses a broken copy of the document', async () => {
  const broken = structuredClone(document);
  delete broken.info;
  const [path] = Object.keys(broken.paths);
  const [method] = Object.keys(broken.paths[path]);
  broken.paths[path][method].responses = 'none';
  const result = await new Validator().validate(broken);
  assert.equal(result.valid, false, 'a document without info and with responses as text');
});

test('every operation has a summary, an id of its own and its answers', () => {
  const ids = new Set();
  for (const [path, item] of Object.entries(document.paths)) {
    assert.ok(path.startsWith('/api/v1/'), path);
    for (const [method, operation] of Object.entries(item)) {
      if (method === 'parameters') continue;
      const where = `${method.toUpperCase()} ${path}`;
      assert.ok(operation.summary, `${where} has a summary`);
      if (operation.operationId) {
        assert.ok(!ids.has(operation.operationId), `${where}: operationId used twice`);
        ids.add(operation.operationId);
      }
      assert.ok(Object.keys(operation.responses ?? {}).length > 0, `${where} has responses`);
    }
  }
});

test('every documented path is routed: an anonymous call is refused, never unknown', async () => {
  const unrouted = [];
  for (const [path, item] of Object.entries(document.paths)) {
    const concrete = path.replace(/\{[^}]+\}/g, (name) => (name === '{month}' ? '2026-01' : '1'));
    for (const method of Object.keys(item)) {
      if (!['get', 'post', 'put', 'delete', 'patch'].includes(method)) continue;
      if (path === '/api/v1/openapi.json') continue;
      const response = await fetch(`${server.url}${concrete}`, {
        method: method.toUpperCase(),
        headers: method === 'get' ? {} : { 'content-type': 'application/json' },
        body: method === 'get' || method === 'delete' ? undefined : '{}',
        redirect: 'manual',
        signal: AbortSignal.timeout(10000),
      });
      await response.arrayBuffer();
      if (response.status === 404 || response.status === 405) {
        unrouted.push(`${method.toUpperCase()} ${path}: ${response.status}`);
      }
    }
  }
  assert.deepEqual(unrouted, [], 'documented but not routed');
});
