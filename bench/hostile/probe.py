#!/usr/bin/env python3
"""Throws hostile HTTP requests at a running `atlas serve` and prints status, type and the start
of each answer. Usage: bench/hostile/probe.py [PORT] [FILTER]. Flags any 5xx, any non-problem 4xx
from /api, and any answer slower than 2 s."""
import socket, sys, time

PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 7411
FILTER = sys.argv[2] if len(sys.argv) > 2 else ""

def raw(req: bytes, timeout=10):
    s = socket.create_connection(("127.0.0.1", PORT), timeout=timeout)
    t = time.time()
    s.sendall(req)
    data = b""
    try:
        while True:
            c = s.recv(65536)
            if not c: break
            data += c
            if b"\r\n\r\n" in data:
                head, _, body = data.partition(b"\r\n\r\n")
                cl = [l for l in head.split(b"\r\n") if l.lower().startswith(b"content-length:")]
                if cl and len(body) >= int(cl[0].split(b":")[1]): break
    except socket.timeout:
        data += b"<<TIMEOUT>>"
    s.close()
    return data, time.time() - t

def req(method, path, body=None, headers=None, ctype="application/json"):
    h = {"Host": "127.0.0.1", "Connection": "close"}
    if body is not None:
        if isinstance(body, str): body = body.encode("utf-8", "surrogatepass")
        if ctype: h["Content-Type"] = ctype
        h["Content-Length"] = str(len(body))
    if headers: h.update(headers)
    h = {k: v for k, v in h.items() if v is not None}
    if isinstance(path, str): path = path.encode("utf-8", "surrogateescape")
    head = method.encode() + b" " + path + b" HTTP/1.1\r\n" + b"".join(
        f"{k}: {v}\r\n".encode() for k, v in h.items()) + b"\r\n"
    return raw(head + (body or b""))

def show(name, res):
    data, dt = res
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status = lines[0].decode(errors="replace")
    ct = next((l.decode() for l in lines if l.lower().startswith(b"content-type")), "")
    allow = next((l.decode() for l in lines if l.lower().startswith(b"allow")), "")
    code = int(status.split()[1]) if len(status.split()) > 1 and status.split()[1].isdigit() else 0
    flag = ""
    if code >= 500 or code == 0: flag = "!!5xx"
    elif dt > 2: flag = "!!slow"
    print(f"{flag:6} {name[:60]:60} {status[9:]:28} {ct[14:]:34} {allow} {dt:.2f}s\n        {body[:220]!r}")

cases = []
def case(name, *a, **k):
    cases.append((name, a, k))

P = "/api/v1/plans"; S = "/api/v1/simulations"; C = "/api/v1/checkin"
good_plan = '{"challenges":["infidelity"],"role":"hurt-partner","region":"GB"}'
case("plan ok", "POST", P, good_plan)
for b in ['', '{', '[', 'null', '1', '"x"', 'true', '{"challenges":"infidelity"}', '{"challenges":[1]}',
          '{"challenges":[["infidelity"]]}', '{"challenges":[null]}', '{"challenges":null}',
          '{"challenges":["infidelity"],"role":1}', '{"challenges":["infidelity"],"role":null}',
          '{"challenges":["infidelity"],"flags":[]}', '{"challenges":["infidelity"],"flags":{"fear-of-partner":1}}',
          '{"challenges":["infidelity"],"flags":{"fear-of-partner":null}}', '{"challenges":["infidelity"],"flags":null}',
          '{"challenges":["infidelity"],"region":1e309}', '{"challenges":["infidelity"],"region":-0}',
          '{"challenges":["infidelity"],"region":" gb "}', '{"challenges":["infidelity"],"region":"gB"}',
          '{"challenges":["infidelity"],"region":""}', '{"challenges":["infidelity"],"region":"xx"}',
          '{"challenges":["INFIDELITY"]}', '{"challenges":[" infidelity"]}', '{"challenges":[""]}',
          '{"challenges":["infidelity"],"role":"HURT-PARTNER"}', '{"challenges":["infidelity"],"role":" hurt-partner"}',
          '{"challenges":["infidelity"],"role":"hurt_partner"}',
          '{"challenges":["infidelity"],"challenges":["abuse"]}', '{"challenges":["infidelity"],"zzz":1}',
          '{"challenges":["infidelity"]} x', '{"challenges":["infidelity"]}{}', "{'challenges':['infidelity']}",
          '{"challenges":["infidelity"],}', '{"challenges":["infidelity",]}', '{"challenges":["infidelity"]/*c*/}',
          '{"challenges":["infi\\u0000delity"]}', '{"challenges":["infi\\ud800delity"]}', '{"challenges":["\\uZZZZ"]}',
          '{"challenges":[]}', '{"challenges":["infidelity"],"aggravators":{}}', '{"challenges":["infidelity"],"aggravators":["x"]}',
          '{"challenges":["infidelity"],"region":NaN}', '{"challenges":["infidelity"],"region":"NaN"}',
          '{"challenges":["infidelity"],"flags":{"fear-of-partner":"YES"}}', '{"challenges":["infidelity"],"flags":{"FEAR-OF-PARTNER":"yes"}}',
          '{"challenges":["infidelity"],"flags":{"fear_of_partner":"yes"}}', '{"challenges":["infidelity"],"flags":{"":"yes"}}',
          '{"challenges":["infidelity"],"flags":{"fear-of-partner":"yes","fear-of-partner":"no"}}',
          '\ufeff' + good_plan, '{"\\u0063hallenges":["infidelity"]}', '{"challenges":["infidelity"] ,"role":"hurt-partner" }   \n',
          '{"challenges":["' + 'a'*1000000 + '"]}', '{"challenges":["' + 'a'*60000 + '"]}', '{"challenges":' + '['*10000 + ']'*10000 + '}',
          '[' * 10000, '{"a":' * 5000, '{"challenges":[' + ','.join(['"infidelity"']*5000) + ']}',
          '{"challenges":[' + ','.join(['"infidelity"']*900) + ']}',
          '{"challenges":["infidelity"],"region":123456789012345678901234567890}', '{"challenges":1e309}']:
    case("plan " + repr(b[:50]) + f" len={len(b)}", "POST", P, b)
case("plan bad utf8", "POST", P, b'{"challenges":["infi\xff\xfedelity"]}')
case("plan overlong utf8", "POST", P, b'{"challenges":["\xc0\xafinfidelity"]}')
case("plan surrogate utf8", "POST", P, b'{"challenges":["\xed\xa0\x80"]}')
case("plan bad utf8 key", "POST", P, b'{"\xff":1}')
case("plan latin1", "POST", P, good_plan, headers={"Content-Type": "application/json; charset=latin1"})
case("plan iso-8859-1", "POST", P, good_plan, headers={"Content-Type": "application/json; charset=ISO-8859-1"})
case("plan utf-16", "POST", P, good_plan.encode("utf-16"), headers={"Content-Type": "application/json; charset=utf-16"})
case("plan charset=bogus", "POST", P, good_plan, headers={"Content-Type": "application/json; charset=bogus"})
case("plan text/plain", "POST", P, good_plan, ctype="text/plain")
case("plan form", "POST", P, good_plan, ctype="application/x-www-form-urlencoded")
case("plan no ctype", "POST", P, good_plan, ctype=None)
case("plan ctype json+x", "POST", P, good_plan, ctype="application/vnd.api+json")
case("plan ctype empty", "POST", P, good_plan, headers={"Content-Type": ""})
case("plan ctype garbage", "POST", P, good_plan, headers={"Content-Type": ";;;=="})
case("plan two ctypes", "POST", P, good_plan, headers={"Content-Type": "application/json, text/plain"})
case("plan no body", "POST", P, None, headers={"Content-Type": "application/json"})
case("plan CL 0", "POST", P, None, headers={"Content-Type": "application/json", "Content-Length": "0"})
case("plan CL short", "POST", P, good_plan, headers={"Content-Length": "10"})
case("plan CL long (hang?)", "POST", P, good_plan, headers={"Content-Length": "1000"})
case("plan CL negative", "POST", P, good_plan, headers={"Content-Length": "-1"})
case("plan CL huge", "POST", P, good_plan, headers={"Content-Length": "99999999999999999999"})
case("plan CL twice diff", "POST", P, good_plan, headers={"Content-Length": "%d\r\nContent-Length: 5" % len(good_plan)})
case("plan chunked+CL", "POST", P, good_plan, headers={"Transfer-Encoding": "chunked"})
case("plan gzip encoded", "POST", P, good_plan, headers={"Content-Encoding": "gzip"})
case("plan Accept xml", "POST", P, good_plan, headers={"Accept": "application/xml"})
case("plan Expect 100", "POST", P, good_plan, headers={"Expect": "100-continue"})
case("plan Expect bogus", "POST", P, good_plan, headers={"Expect": "bogus"})
for m in ["GET", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "HEAD", "FOO", "CONNECT"]:
    case(m + " plans", m, P)
for m in ["POST", "PUT", "DELETE", "OPTIONS", "TRACE", "FOO"]:
    case(m + " concepts", m, "/api/v1/concepts/infidelity", "" if m in ("POST", "PUT") else None)
# simulations and check-in
for b in ['{}', '{"scenario":1}', '{"scenario":"discovered-affair-denied","steps":"10"}', '{"scenario":"discovered-affair-denied","steps":1e309}',
          '{"scenario":"discovered-affair-denied","steps":-0}', '{"scenario":"discovered-affair-denied","steps":0}', '{"scenario":"discovered-affair-denied","steps":1.5}',
          '{"scenario":"discovered-affair-denied","steps":99999999999999999999}', '{"scenario":"discovered-affair-denied","seed":99999999999999999999}',
          '{"scenario":"discovered-affair-denied","seed":-1}', '{"scenario":"discovered-affair-denied","seed":1.0}', '{"scenario":"discovered-affair-denied","seed":"NaN"}',
          '{"scenario":"Discovered-Affair-Denied"}', '{"scenario":" discovered-affair-denied"}', '{"scenario":null}', '{"scenario":{}}',
          '{"scenario":{"id":"x"}}', '{"scenario":"id: x\\nsteps: 10\\nevents: []"}', '{"scenario":"a: &a [1]\\nb: *a"}',
          '{"scenario":"!!java.util.Date x"}', '{"scenario":"' + '[' * 5000 + '"}', '{"scenario":"' + '- ' * 5000 + '"}',
          '{"scenario":"a: !!binary AAAA"}', '{"scenario":"%YAML 1.1\\n---\\na: 1"}', '{"scenario":"a: 1\\n---\\nb: 2"}',
          '{"scenario":"id: x\\ntitle: t\\nsteps: 1e309\\nevents: []"}', '{"scenario":"{\\"id\\":1e309}"}',
          '{"scenario":"' + 'x: ' * 3000 + '"}', '{"scenario":"\\t\\tid: x"}', '{"scenario":"? [a]\\n: b"}',
          '{"scenario":"a: 0x1F\\nb: .inf\\nc: .nan"}', '{"scenario":"steps: .nan"}', '{"scenario":"steps: .inf"}', '{"scenario":"steps: 0x10"}']:
    case("sim " + repr(b[:55]) + f" len={len(b)}", "POST", S, b)
for b in ['{}', '[]', '{"danger-now":"no"}', '{"danger-now":1}', '{"danger-now":["no","yes"]}', '{"danger-now":null}', '{"danger-now":{}}',
          '{"Danger-Now":"no"}', '{"danger-now":"NO"}', '{"danger-now":" no"}', '{"x":"y"}', '{"danger-now":"no","danger-now":"yes"}',
          '{"answers":{"danger-now":"no"}}', '{"region":"zz"}', '{"danger-now":[[ "no" ]]}', '{"' + 'k'*100 + '":"v"}',
          '{"danger-now":"no","region":1}']:
    case("checkin " + repr(b[:55]), "POST", C, b)
# GETs
for p in ["/api/v1/concepts?kind=CHALLENGE", "/api/v1/concepts?kind=%20challenge", "/api/v1/concepts?kind=challenge&kind=outcome",
          "/api/v1/concepts?kind=", "/api/v1/concepts?kind", "/api/v1/concepts?kind=%zz", "/api/v1/concepts?kind=%00", "/api/v1/concepts?kind=%c0%af",
          "/api/v1/concepts?kind=%ff", "/api/v1/concepts?%zz=1", "/api/v1/concepts?zzz=1", "/api/v1/concepts?kind=challenge&zzz",
          "/api/v1/concepts/INFIDELITY", "/api/v1/concepts/%20infidelity", "/api/v1/concepts/infidelity%00", "/api/v1/concepts/%zz",
          "/api/v1/concepts/%c0%af", "/api/v1/concepts/%ff", "/api/v1/concepts/..%2f..%2fetc%2fpasswd", "/api/v1/concepts/..%2F",
          "/api/v1/concepts/a%2fb", "/api/v1/concepts/a%5cb", "/api/v1//concepts", "//api/v1/concepts", "/api/v1/concepts/", "/api/v1/concepts//infidelity",
          "/api/v1/./concepts", "/api/v1/x/../concepts", "/api/v1/concepts/infidelity/related/", "/api/v1/concepts/infidelity;x=1", "/api/v1/concepts;x/infidelity",
          "/api/v1/concepts/" + "a"*10000, "/api/v1/concepts/" + "a"*100000, "/api/v1/concepts/infidelity/related?relation=BUILDS",
          "/api/v1/concepts/infidelity/related?relation=builds&relation=undermines", "/api/v1/concepts/infidelity/related?direction=IN",
          "/api/v1/concepts/infidelity/related?direction=sideways", "/api/v1/concepts/infidelity/related?depth=3",
          "/api/v1/paths?from=infidelity&to=renewed-trust&depth=0", "/api/v1/paths?from=infidelity&to=renewed-trust&depth=7",
          "/api/v1/paths?from=infidelity&to=renewed-trust&depth=1e309", "/api/v1/paths?from=infidelity&to=renewed-trust&depth=-0",
          "/api/v1/paths?from=infidelity&to=renewed-trust&depth=%203", "/api/v1/paths?from=infidelity&to=renewed-trust&depth=3&depth=4",
          "/api/v1/paths?from=infidelity&to=renewed-trust&depth=99999999999999999999", "/api/v1/paths?from=infidelity", "/api/v1/paths",
          "/api/v1/paths?from=infidelity&to=infidelity", "/api/v1/paths?from=&to=",
          "/api/v1/search", "/api/v1/search?q=", "/api/v1/search?q=%20", "/api/v1/search?q=cheat&limit=0", "/api/v1/search?q=cheat&limit=51",
          "/api/v1/search?q=cheat&limit=abc", "/api/v1/search?q=cheat&limit=1e309", "/api/v1/search?q=cheat&limit=-0", "/api/v1/search?q=cheat&limit=%2B5",
          "/api/v1/search?q=cheat&limit=0x10", "/api/v1/search?q=cheat&limit=５", "/api/v1/search?q=cheat&limit=NaN",
          "/api/v1/search?q=cheat&q=hit", "/api/v1/search?q=cheat&region=xx", "/api/v1/search?q=cheat&region=%20gb%20", "/api/v1/search?q=he%20chokes%20me&region=Narnia",
          "/api/v1/search?q=" + "a"*20000, "/api/v1/search?q=" + "a%20"*5000, "/api/v1/search?q=%00", "/api/v1/search?q=%1b[2J", "/api/v1/search?q=%ed%a0%80",
          "/api/v1/search?q=%c0%af", "/api/v1/search?q=%ff%fe", "/api/v1/search?q=%", "/api/v1/search?q=%2", "/api/v1/search?q=a+b+%2B",
          "/api/v1/resources?region=", "/api/v1/resources?region=%20", "/api/v1/resources?region=gb", "/api/v1/resources?region=%00", "/api/v1/resources?region=" + "x"*100000,
          "/api/v1/resources?region=GB&region=US", "/api/v1/resources?type=bogus", "/api/v1/resources?region=xx",
          "/api/v1/export?format=xml", "/api/v1/openapi.json?x=1", "/api/v1/health?x", "/api/v1/nope", "/api/v2/concepts", "/api", "/api/", "/api/v1", "/api/v1/",
          "/concepts/%zz", "/concepts/..%2f", "/search?q=%zz", "/resources?region=%ff", "/assets/..%2f..%2fpom.xml", "/assets/%2e%2e/%2e%2e/pom.xml",
          "/assets/", "/assets/nope.css", "/%2e%2e/%2e%2e/etc/passwd", "/..;/..;/etc/passwd", "*", "http://evil/api/v1/concepts", "/api/v1/concepts#frag",
          "/api/v1/concepts?" + "a=b&"*5000, "/api/v1/concepts?" + "&"*5000]:
    case("GET " + p[:55] + f" len={len(p)}", "GET", p)
case("GET concepts Accept xml", "GET", "/api/v1/concepts/infidelity", headers={"Accept": "application/xml"})
case("GET concepts Accept xml 404", "GET", "/api/v1/concepts/nope", headers={"Accept": "application/xml"})
case("GET concepts Accept text/html", "GET", "/api/v1/concepts/nope", headers={"Accept": "text/html"})
case("GET with body", "GET", "/api/v1/concepts", '{"x":1}')
case("HEAD concept", "HEAD", "/api/v1/concepts/infidelity")
case("HEAD 404", "HEAD", "/api/v1/concepts/nope")
case("HEAD plans", "HEAD", P)
case("HEAD search", "HEAD", "/api/v1/search?q=cheat")
case("no Host", "GET", "/api/v1/health", headers={"Host": None})
case("two Hosts", "GET", "/api/v1/health", headers={"Host": "a\r\nHost: b"})
case("Host garbage", "GET", "/api/v1/health", headers={"Host": "%%%"})
case("header 64KB", "GET", "/api/v1/health", headers={"X-Big": "a" * 65536})
case("header bad byte", "GET", "/api/v1/health", headers={"X-Bad": "a\x01b"})
case("If-None-Match huge", "GET", "/api/v1/concepts", headers={"If-None-Match": ",".join(['"x"'] * 5000)})
case("Range", "GET", "/api/v1/export", headers={"Range": "bytes=0-10"})
case("Accept-Encoding gzip", "GET", "/api/v1/health", headers={"Accept-Encoding": "gzip"})
case("Origin evil POST plans", "POST", P, good_plan, headers={"Origin": "http://evil"})
case("mcp bad json", "POST", "/mcp", "{", headers={"Accept": "application/json, text/event-stream"})
case("mcp batch", "POST", "/mcp", '[{"jsonrpc":"2.0","id":1,"method":"ping"}]', headers={"Accept": "application/json, text/event-stream"})
case("mcp no accept", "POST", "/mcp", '{"jsonrpc":"2.0","id":1,"method":"ping"}')
case("mcp ping", "POST", "/mcp", '{"jsonrpc":"2.0","id":1,"method":"ping"}', headers={"Accept": "application/json, text/event-stream"})
case("mcp GET", "GET", "/mcp")
case("mcp PUT", "PUT", "/mcp")
case("mcp text/plain", "POST", "/mcp", '{"jsonrpc":"2.0","id":1,"method":"ping"}', ctype="text/plain")

for name, a, k in cases:
    if FILTER and FILTER not in name: continue
    try:
        show(name, req(*a, **k))
    except Exception as e:
        print(f"!!EXC  {name[:60]:60} {e!r}")
