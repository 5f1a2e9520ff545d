-- wrk script: POST a new comment per request to one thread (durable writes).
-- Every text is different in its words, as readers' comments are (the
-- counter picks six words of a list): texts that differ only by a number
-- are, to the moderation engine's fingerprint, the same text posted again.
-- Each run starts the counter at a random place among the 24^6 texts, so a
-- run does not post the texts of the warm-up run before it again (readers
-- do not repeat each other; a repeated text costs the server a look-up).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local words = {"tramway", "budget", "mairie", "quartier", "travaux", "commerces", "vélo",
  "parking", "école", "marché", "rivière", "stade", "bibliothèque", "impôts", "police",
  "musée", "hôpital", "gare", "théâtre", "jardin", "piscine", "crèche", "port", "forêt"}
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
local n = nil
request = function()
  if not n then
    math.randomseed(os.time() * 1000 + (tid or 0) * 7919 + math.floor(os.clock() * 1e6))
    n = math.random(0, 2 ^ 26)
  end
  n = n + 1
  local k, picked = n * 2 + (tid or 0), {}
  for i = 1, 6 do
    picked[i] = words[k % #words + 1]
    k = math.floor(k / #words)
  end
  local body = string.format(
    '{"uri":"/bench/post","author":"Bench %d-%d","text":"Sur le %s et le %s, avec *un peu* de Markdown : le %s compte plus que le %s pour ce lecteur, et le %s plus que le %s."}',
    tid or 0, n, picked[1], picked[2], picked[3], picked[4], picked[5], picked[6])
  return wrk.format(nil, nil, nil, body)
end
