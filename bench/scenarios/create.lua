-- Creates fully populated activities in a district council, each with a reference of its own (a revision each).
local body = io.open("bench/data/activity.json"):read("*a")
wrk.headers["Content-Type"] = "application/json"
local counter = 0
local thread_id = 0
local threads = 0
-- BENCH_NONCE (set by run.sh for each run) keeps the references of one run apart from those of the next.
local nonce = os.getenv("BENCH_NONCE") or tostring(os.time())
setup = function(thread) threads = threads + 1; thread:set("id", threads) end
init = function() thread_id = id end
request = function()
  counter = counter + 1
  local reference = string.format("W-%s-%d-%d", nonce, thread_id, counter)
  return wrk.format("POST", "/v1/organisations/district-001/processing-activities",
    nil, (body:gsub('"PA%-T"', '"' .. reference .. '"', 1)))
end
