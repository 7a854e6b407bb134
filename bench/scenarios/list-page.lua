-- A filtered page of 100 of the county's activities: active ones of one business function, each request another function.
local functions = {"FIN", "ICT", "ASC", "CHS", "HOU", "REV"}
math.randomseed(os.time())
request = function()
  return wrk.format("GET", "/v1/organisations/county/processing-activities?status=ACTIVE&pageSize=100&businessFunction="
    .. functions[math.random(#functions)])
end
