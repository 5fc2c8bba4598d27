-- wrk script for the benchmarks: prints p95 (wrk's --latency stops at 50/75/90/99) and the errors,
-- and, when SESSIONS is set (JSESSIONID values separated by commas), spreads the requests over
-- those signed-in sessions, as that many people would (one session for all connections would
-- measure Faces' per-session locking, not the page).
local sessions = {}
local s = os.getenv("SESSIONS")
if s and #s > 0 then
  for id in string.gmatch(s, "[^,]+") do sessions[#sessions + 1] = id end
end
local counter = 0

if #sessions > 0 then
  request = function()
    counter = counter + 1
    local id = sessions[(counter % #sessions) + 1]
    wrk.headers["Cookie"] = "JSESSIONID=" .. id
    return wrk.format(nil, nil, wrk.headers)
  end
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("P95 %.2fms\n", latency:percentile(95) / 1000))
  io.write(string.format("NON2XX %d\n", e.status))
  io.write(string.format("SOCKETERR %d\n", e.connect + e.read + e.write + e.timeout))
end
