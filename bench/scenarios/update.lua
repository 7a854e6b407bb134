-- Replaces county activities by reference (create-or-replace): an update with its revision, a different one each time.
local body = io.open("bench/data/activity.json"):read("*a")
wrk.headers["Content-Type"] = "application/json"
math.randomseed(os.time())
request = function()
  local reference = string.format("PA-%06d", math.random(1, 1999))
  return wrk.format("PUT", "/v1/organisations/county/processing-activities/by-reference/" .. reference,
    nil, (body:gsub('"PA%-T"', '"' .. reference .. '"', 1)))
end
