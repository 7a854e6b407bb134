-- Reads one fully populated activity of the county by reference, a different one each request.
math.randomseed(os.time())
request = function()
  return wrk.format("GET", string.format("/v1/organisations/county/processing-activities/PA-%06d", math.random(1, 1999)))
end
