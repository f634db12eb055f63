#!/usr/bin/env python3
"""Fuzzes a running `atlas serve` from nothing but its own OpenAPI document, as a client we have never
seen would call it: for every operation, requests built from the schemas (every other one broken on
purpose: wrong types, odd strings, unknown and repeated parameters, bodies that are not JSON, odd
Content-Type and Accept headers). Flags any 5xx, any status the document does not list for the
operation, a Content-Type it does not list for that status, and any JSON answer that does not match
the schema it documents (problem+json included).

  python3 -m pip install jsonschema          # the only dependency
  ./atlas serve --port 7421 &
  bench/hostile/openapi-fuzz.py [PORT] [REQUESTS-PER-OPERATION] [SEED]

Run 2026-12-07 against main with seeds 7, 11, 12 and 13, 300 requests per operation (20,400 in all):
two findings, both an empty concept id: "/api/v1/concepts/" is the listing, since the server ignores a
trailing slash, so a path parameter is now never sent empty.
"""
import collections, http.client, json, random, sys, urllib.parse, urllib.request
from jsonschema import Draft202012Validator

HOST, PORT = "127.0.0.1", int(sys.argv[1]) if len(sys.argv) > 1 else 7421
N = int(sys.argv[2]) if len(sys.argv) > 2 else 300
rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
doc = json.load(urllib.request.urlopen(f"http://{HOST}:{PORT}/api/v1/openapi.json"))

def deref(x):
    while isinstance(x, dict) and '$ref' in x:
        node = doc
        for part in x['$ref'][2:].split('/'): node = node[part]
        x = node
    return x

WEIRD = ["infidelity", "sexual-trust", "betrayal", "", " ", "a"*5000, "\u0000", "\u202e", "%", "%zz", "../../etc/passwd", "💔", "e\u0301", "\ud7ff", "null", "true", "1e999",
         "-1", "0", "999999999999999999999", "<script>", "GB", "gb", "UK", "usa", "INTL", "zz", "infidelity", "Infidelity", "infidelity ",
         "my partner cheated", "he hits me", "ǅ", "\t", "\n", "'", "\"", "\\", "a,b", "a b", "x"*65]
def gen(schema, depth=0, valid=True):
    s = deref(schema)
    if 'oneOf' in s or 'anyOf' in s: return gen(rnd.choice(s.get('oneOf') or s.get('anyOf')), depth, valid)
    if 'allOf' in s:
        out = {}
        for sub in s['allOf']:
            v = gen(sub, depth, valid)
            if isinstance(v, dict): out.update(v)
        return out
    if not valid and rnd.random() < 0.3:
        return rnd.choice([None, 1, -1, 1.5, True, "x", [], {}, [1, "a"], {"a": 1}, "a"*3000, 10**30, rnd.choice(WEIRD)])
    if 'enum' in s: return rnd.choice(s['enum'])
    if 'const' in s: return s['const']
    t = s.get('type')
    if isinstance(t, list): t = rnd.choice(t)
    if t == 'string':
        if rnd.random() < 0.5 and s.get('examples'): return rnd.choice(s['examples'])
        v = rnd.choice(WEIRD) if not valid or rnd.random() < 0.3 else ''.join(rnd.choice("abcdefghij -") for _ in range(rnd.randint(1, 12)))
        return v
    if t == 'integer':
        lo, hi = s.get('minimum', -5), s.get('maximum', 100)
        return rnd.randint(lo, hi) if valid else rnd.choice([lo - 1, hi + 1, 0, -2**63, 2**63])
    if t == 'number': return rnd.uniform(-10, 10)
    if t == 'boolean': return rnd.random() < 0.5
    if t == 'array':
        n = rnd.randint(s.get('minItems', 0), min(s.get('maxItems', 4), 4))
        return [gen(s.get('items', {}), depth + 1, valid) for _ in range(n)] if depth < 4 else []
    if t == 'object' or 'properties' in s:
        out = {}
        for k, v in s.get('properties', {}).items():
            if k in s.get('required', []) or rnd.random() < 0.6:
                out[k] = gen(v, depth + 1, valid)
        pn = s.get('propertyNames', {}).get('enum')
        ap = s.get('additionalProperties')
        if pn and isinstance(ap, dict):
            for k in rnd.sample(pn, rnd.randint(0, len(pn))): out[k] = gen(ap, depth + 1, valid)
        if not valid and rnd.random() < 0.3: out[rnd.choice(WEIRD) or "x"] = 1
        return out
    return rnd.choice(["x", 1, None])

findings = collections.Counter(); examples = {}
def note(kind, detail):
    findings[kind] += 1
    examples.setdefault(kind, detail)

def call(method, path, query, body, headers):
    qs = urllib.parse.urlencode(query, doseq=True, quote_via=urllib.parse.quote)
    url = path + ("?" + qs if qs else "")
    c = http.client.HTTPConnection(HOST, PORT, timeout=10)
    data = None
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=rnd.random() < 0.5).encode()
    try:
        c.request(method, url, body=data, headers=headers)
        r = c.getresponse(); raw = r.read()
        return r.status, dict((k.lower(), v) for k, v in r.getheaders()), raw, url
    finally:
        c.close()

def check(op, method, path, status, hdrs, raw, url, sent):
    resp = op['responses'].get(str(status))
    where = f"{method} {url[:160]} body={str(sent)[:160]}"
    if status >= 500: note(f"5xx {method} {path}", (status, where, raw[:300])); return
    if resp is None: note(f"undocumented {status} {method} {path}", (where, raw[:300])); return
    resp = deref(resp)
    ctype = hdrs.get('content-type', '').split(';')[0]
    content = resp.get('content', {})
    if method == 'HEAD' or status == 304: return
    if ctype not in content:
        note(f"content-type {ctype} not documented for {status} {method} {path}", (where, list(content))); return
    schema = content[ctype].get('schema')
    if schema and ctype.endswith('json'):
        try: body = json.loads(raw)
        except Exception as e: note(f"bad json {status} {method} {path}", (where, raw[:200])); return
        # The document itself is the root, so that the schema's own "#/components/..." references resolve.
        root = dict(doc); root['$defs'] = {'here': schema}; root['$ref'] = '#/$defs/here'
        errs = list(Draft202012Validator(root).iter_errors(body))
        if errs:
            e = errs[0]
            note(f"schema {status} {method} {path}: {e.message[:120]} at {list(e.absolute_path)[:6]}", where)

ops = []
statuses = collections.Counter()
for path, item in doc['paths'].items():
    for method, op in item.items():
        if method in ('get', 'post'): ops.append((path, method.upper(), op))

for path, method, op in ops:
    params = [deref(p) for p in op.get('parameters', [])]
    for i in range(N):
        valid = i % 2 == 0
        url = path
        query = []
        for p in params:
            if p['in'] == 'path':
                v = gen(p['schema'], valid=valid) if rnd.random() < 0.7 else rnd.choice(["infidelity", "sexual-trust", "trust", "zz"])
                v = str(v) if not isinstance(v, str) else v
                # A path parameter is never empty: "/api/v1/concepts/" is the listing (trailing slashes are ignored).
                url = url.replace('{' + p['name'] + '}', urllib.parse.quote(v or "zz", safe=''))
            elif p['in'] == 'query' and (p.get('required') or rnd.random() < 0.6):
                v = gen(p['schema'], valid=valid)
                query.append((p['name'], json.dumps(v) if not isinstance(v, str) else v))
                if not valid and rnd.random() < 0.2: query.append((p['name'], "dup"))
        if not valid and rnd.random() < 0.2: query.append((rnd.choice(["x", "Q", "limit", "%"]), "1"))
        body = None; headers = {}
        if 'requestBody' in op:
            schema = deref(op['requestBody'])['content']['application/json']['schema']
            ex = [e['value'] for e in deref(op['requestBody'])['content']['application/json'].get('examples', {}).values()]
            body = rnd.choice(ex) if ex and rnd.random() < 0.2 else gen(schema, valid=valid)
            headers['Content-Type'] = rnd.choice(['application/json'] * 8 + ['application/json; charset=utf-8', 'text/plain', 'application/JSON', 'application/merge-patch+json'])
            if not valid and rnd.random() < 0.15: body = rnd.choice([b'', b'{', b'[]', b'null', b'{"a":1}{', b'\xef\xbb\xbf{}', b'{"challenges":["infidelity"],"role":"both","role":"survivor"}', b'{"challenges":' + b'['*2000 + b']'*2000 + b'}'])
        headers['Accept'] = rnd.choice(['application/json'] * 6 + ['*/*', 'application/problem+json', 'text/html', 'application/json;q=0.1, text/html', 'application/*'])
        try:
            status, hdrs, raw, sent_url = call(method, url, query, body, headers)
        except Exception as e:
            note(f"transport {method} {path}: {type(e).__name__}", (url, query, str(body)[:100])); continue
        statuses[(method, path, status)] += 1
        check(op, method, path, status, hdrs, raw, sent_url, body)

print("requests", N * len(ops))
for (m,p,st),n in sorted(statuses.items()): print(f"   {m} {p} {st}: {n}")
for k, n in findings.most_common():
    print(f"{n:5d} {k}\n      e.g. {str(examples[k])[:400]}")
