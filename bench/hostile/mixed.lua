-- A mixed load for bench/hostile/load.sh: content, search, plans, check-ins, simulations, pages, and
-- a share of hostile requests (an amplifying simulation, a repeated key, a deep body), round robin.
-- Each thread stops after max_requests, so a run is bounded in count as well as in time.
local max_requests = tonumber(os.getenv("MAX_REQUESTS_PER_THREAD") or "200000")
local amplify = {}
for i = 1, 100 do
  amplify[i] = '{"at":1,"every":1,"until":10000,"type":"positive-act","magnitude":0.5}'
end
local json = {["Content-Type"] = "application/json"}
local requests = {
  {"GET", "/api/v1/concepts/infidelity"},
  {"GET", "/api/v1/search?q=my+partner+cheated&limit=5"},
  {"POST", "/api/v1/plans", '{"challenges":["infidelity"],"role":"hurt-partner","region":"GB"}', json},
  {"POST", "/api/v1/checkin", '{"answers":{"danger-now":"no","what-happened":["cheating"]},"region":"GB"}', json},
  {"POST", "/api/v1/simulations", '{"scenario":"discovered-affair-denied","steps":520}', json},
  {"GET", "/concepts/infidelity"},
  {"GET", "/api/v1/concepts?kind=challenge"},
  {"POST", "/api/v1/simulations", '{"id":"x","title":"X","steps":10000,"events":[' .. table.concat(amplify, ",") .. ']}', json},
  {"POST", "/api/v1/plans", '{"challenges":[],"challenges":["infidelity"]}', json},
  {"POST", "/api/v1/plans", string.rep("[", 2000) .. string.rep("]", 2000), json},
  {"GET", "/api/v1/paths?from=infidelity&to=faith&depth=4"},
  {"HEAD", "/api/v1/concepts/faith"},
}
local built = {}
local counter = 0
local answered = 0
server_errors = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for i, r in ipairs(requests) do
    built[i] = wrk.format(r[1], r[2], r[4], r[3])
  end
end

function request()
  counter = counter + 1
  return built[(counter % #built) + 1]
end

function response(status, headers, body)
  answered = answered + 1
  if status >= 500 then
    server_errors = server_errors + 1
  end
  if answered >= max_requests then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local errors = 0
  for _, thread in ipairs(threads) do
    errors = errors + thread:get("server_errors")
  end
  io.write(string.format("requests %d, %.0f/s, p50 %.2f ms, p99 %.2f ms, 5xx %d, socket errors %d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, errors,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
