-- wrk script: POST a new comment per request to one thread (durable writes).
-- Every text is different in its words, as readers' comments are (the
-- counter picks four words of a list): texts that differ only by a number
-- are, to the moderation engine's fingerprint, the same text posted again.
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
local n = 0
request = function()
  n = n + 1
  local k, picked = n * 2 + (tid or 0), {}
  for i = 1, 4 do
    picked[i] = words[k % #words + 1]
    k = math.floor(k / #words)
  end
  local body = string.format(
    '{"uri":"/bench/post","author":"Bench %d-%d","text":"Sur le %s et le %s, avec *un peu* de Markdown : le %s compte plus que le %s pour ce lecteur."}',
    tid or 0, n, picked[1], picked[2], picked[3], picked[4])
  return wrk.format(nil, nil, nil, body)
end
