-- wrk script: POST a new comment per request to one thread (durable writes).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local n = 0
request = function()
  n = n + 1
  local body = string.format(
    '{"uri":"/bench/post","author":"Bench %d","text":"Comment number %d, with *a bit* of Markdown and enough words to look like a real reader comment on an article."}',
    n, n)
  return wrk.format(nil, nil, nil, body)
end
