package queue

import "github.com/redis/go-redis/v9"

// Keys, all under Options.Prefix (default "helpbot:{q}:", one hash slot):
//
//	case:<id>              hash: the case (times in Unix ms; score; rank)
//	case:<id>:notes        list of JSON notes
//	queue                  zset: queued case ids by score (lowest first)
//	queue:lang:<lang>      zset: the same, per case language
//	claimed                zset: claimed case ids by lease end (ms)
//	resolved               zset: resolved case ids by resolution time
//	open                   hash: conversation -> its open case id
//	msg:<n>:<conv>:<msgid> string: case id of a message (n = len(conv)), PX retention
//	alias:<id>             string: case id a spooled id joined, PX retention
//	audit                  stream: case, action, actor, at (+ priority, holder, to)
//	events                 pub/sub channel: JSON events
//
// Every script gets KEYS[1] = the queue's sorted set, which carries the hash
// tag, so Redis Cluster routes the script to the slot that holds all the
// queue's keys. The other keys are built inside the script from the prefix
// in ARGV[1]; they share the hash tag and so the slot.
//
// ARGV[1] is the key prefix, ARGV[2] the time in Unix milliseconds or ""
// for the server's own clock (TIME). Scripts answer {"ok", ...} or
// {code} where code names a domain error.
const prelude = `
if redis.replicate_commands then redis.replicate_commands() end
local P = ARGV[1]
local NOW
if ARGV[2] ~= '' then
  NOW = tonumber(ARGV[2])
else
  local t = redis.call('TIME')
  NOW = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local function audit(id, action, actor, ...)
  redis.call('XADD', P .. 'audit', '*', 'case', id, 'action', action, 'actor', actor, 'at', tostring(NOW), ...)
end
local function publish(ev)
  ev.at = NOW
  redis.call('PUBLISH', P .. 'events', cjson.encode(ev))
end
local function enqueue(id, score, lang)
  redis.call('ZADD', P .. 'queue', score, id)
  if lang and lang ~= '' then redis.call('ZADD', P .. 'queue:lang:' .. lang, score, id) end
end
local function dequeue(id, lang)
  redis.call('ZREM', P .. 'queue', id)
  if lang and lang ~= '' then redis.call('ZREM', P .. 'queue:lang:' .. lang, id) end
end
-- requeue puts a claimed case back in the queue at its old score.
local function requeue(id, ck)
  local f = redis.call('HMGET', ck, 'score', 'language')
  redis.call('HSET', ck, 'status', 'queued', 'holder', '', 'lease', '0')
  redis.call('ZREM', P .. 'claimed', id)
  enqueue(id, f[1], f[2])
end
-- lapse returns a case whose lease ran out, and records it.
local function lapse(id, ck, holder, prio)
  requeue(id, ck)
  audit(id, 'lapsed', 'helpbot', 'holder', holder)
  publish({type = 'lapsed', case = id, actor = 'helpbot', from = holder, priority = prio})
end
-- holds reports nil when worker holds the case, else an error code.
local function holds(ck, worker)
  local f = redis.call('HMGET', ck, 'status', 'holder')
  if not f[1] then return 'notfound' end
  if f[1] == 'resolved' then return 'resolved' end
  if f[1] ~= 'claimed' or f[2] ~= worker then return 'notholder' end
  return nil
end
-- claim gives the case to worker (status already checked) and returns the lease end.
local function claim(id, ck, worker, leaseMs)
  local f = redis.call('HMGET', ck, 'status', 'holder', 'lease', 'language', 'first_claimed', 'priority')
  local expires = NOW + leaseMs
  if f[1] == 'claimed' and f[2] == worker then
    redis.call('HSET', ck, 'lease', tostring(expires))
    redis.call('ZADD', P .. 'claimed', expires, id)
    return {'ok', tostring(expires), 'renewed'}
  end
  if f[1] == 'claimed' then
    if tonumber(f[3]) > NOW then return {'held', f[2]} end
    lapse(id, ck, f[2], f[6])
  end
  dequeue(id, f[4])
  redis.call('HSET', ck, 'status', 'claimed', 'holder', worker, 'lease', tostring(expires))
  if not f[5] or f[5] == '' then redis.call('HSET', ck, 'first_claimed', tostring(NOW)) end
  redis.call('ZADD', P .. 'claimed', expires, id)
  audit(id, 'claimed', worker)
  publish({type = 'claimed', case = id, actor = worker, priority = f[6], language = f[4]})
  return {'ok', tostring(expires), 'claimed'}
end
`

// escalate: ARGV 3 id, 4 conversation, 5 message id, 6 channel, 7 language,
// 8 country, 9 nationality, 10 priority, 11 rank, 12 signals (JSON array),
// 13 sector, 14 summary, 15 escalated at (ms), 16 aging (ms), 17 retention (ms).
// Answers {"ok", case id, "created"|"joined"|"duplicate"}.
var escalateScript = redis.NewScript(prelude + `
local id, conv, msg = ARGV[3], ARGV[4], ARGV[5]
local lang, prio, rank = ARGV[7], ARGV[10], tonumber(ARGV[11])
local at, aging, retention = tonumber(ARGV[15]), tonumber(ARGV[16]), tonumber(ARGV[17])
local mkey = P .. 'msg:' .. string.len(conv) .. ':' .. conv .. ':' .. msg
local function answer(cid, how)
  if cid ~= id then redis.call('SET', P .. 'alias:' .. id, cid, 'PX', retention) end
  if msg ~= '' then redis.call('SET', mkey, cid, 'PX', retention) end
  return {'ok', cid, how}
end
-- The same escalation again: a spool replay, or a retry after a timeout.
if redis.call('EXISTS', P .. 'case:' .. id) == 1 then return {'ok', id, 'duplicate'} end
local alias = redis.call('GET', P .. 'alias:' .. id)
if alias then return {'ok', alias, 'duplicate'} end
-- The same message seen by another process.
if msg ~= '' then
  local c = redis.call('GET', mkey)
  if c then return answer(c, 'duplicate') end
end
-- The conversation's open case: join it, raising its priority.
local open = redis.call('HGET', P .. 'open', conv)
if open then
  local ck = P .. 'case:' .. open
  local f = redis.call('HMGET', ck, 'status', 'rank', 'created', 'score', 'signals', 'language')
  if f[1] and f[1] ~= 'resolved' then
    if rank < tonumber(f[2]) then
      local score = tonumber(f[4])
      local s = tonumber(f[3]) + rank * aging
      if s < score then score = s end
      redis.call('HSET', ck, 'rank', rank, 'priority', prio, 'score', tostring(score))
      if f[1] == 'queued' then enqueue(open, tostring(score), f[6]) end
      audit(open, 'raised', 'helpbot', 'priority', prio)
    end
    local sigs, seen = cjson.decode(f[5]), {}
    if type(sigs) ~= 'table' then sigs = {} end
    for _, s in ipairs(sigs) do seen[s] = true end
    for _, s in ipairs(cjson.decode(ARGV[12])) do
      if not seen[s] then table.insert(sigs, s); seen[s] = true end
    end
    if #sigs > 0 then redis.call('HSET', ck, 'signals', cjson.encode(sigs)) end
    redis.call('HSET', ck, 'last_activity', tostring(NOW))
    redis.call('HINCRBY', ck, 'messages', 1)
    audit(open, 'joined', 'helpbot')
    publish({type = 'joined', case = open, actor = 'helpbot', priority = redis.call('HGET', ck, 'priority'), language = f[6]})
    return answer(open, 'joined')
  end
end
-- A new case.
local ck = P .. 'case:' .. id
local score = tostring(at + rank * aging)
redis.call('HSET', ck, 'id', id, 'conversation', conv, 'channel', ARGV[6], 'language', lang,
  'country', ARGV[8], 'nationality', ARGV[9], 'priority', prio, 'rank', rank, 'signals', ARGV[12],
  'sector', ARGV[13], 'summary', ARGV[14], 'created', tostring(at), 'score', score,
  'status', 'queued', 'holder', '', 'lease', '0', 'last_activity', tostring(NOW), 'messages', '1')
enqueue(id, score, lang)
redis.call('HSET', P .. 'open', conv, id)
audit(id, 'created', 'helpbot', 'priority', prio)
publish({type = 'created', case = id, actor = 'helpbot', priority = prio, language = lang})
return answer(id, 'created')
`)

// claim: ARGV 3 case id, 4 worker, 5 lease (ms).
var claimScript = redis.NewScript(prelude + `
local id = ARGV[3]
local ck = P .. 'case:' .. id
local st = redis.call('HGET', ck, 'status')
if not st then return {'notfound'} end
if st == 'resolved' then return {'resolved'} end
return claim(id, ck, ARGV[4], tonumber(ARGV[5]))
`)

// claimNext: ARGV 3 worker, 4 lease (ms), 5 language wait (ms, -1 for
// none), 6... the worker's languages. The best queued case in one of the
// languages, unless the best of all is ahead of it by more than the language
// wait; the best of all when none is in the languages.
var claimNextScript = redis.NewScript(prelude + `
local wait = tonumber(ARGV[5])
for attempt = 1, 20 do
  local best, bestScore
  for i = 6, #ARGV do
    local r = redis.call('ZRANGE', P .. 'queue:lang:' .. ARGV[i], 0, 0, 'WITHSCORES')
    if r[1] and (not best or tonumber(r[2]) < bestScore) then best, bestScore = r[1], tonumber(r[2]) end
  end
  if not best or wait >= 0 then
    local r = redis.call('ZRANGE', P .. 'queue', 0, 0, 'WITHSCORES')
    if r[1] and (not best or tonumber(r[2]) + wait < bestScore) then best = r[1] end
  end
  if not best then return {'empty'} end
  local ck = P .. 'case:' .. best
  if redis.call('HGET', ck, 'status') == 'queued' then
    local r = claim(best, ck, ARGV[3], tonumber(ARGV[4]))
    table.insert(r, best)
    return r
  end
  -- A stale entry (should not happen): drop it and look again.
  redis.call('ZREM', P .. 'queue', best)
  for i = 6, #ARGV do redis.call('ZREM', P .. 'queue:lang:' .. ARGV[i], best) end
end
return {'empty'}
`)

// renew: ARGV 3 case id, 4 worker, 5 lease (ms).
var renewScript = redis.NewScript(prelude + `
local id, worker = ARGV[3], ARGV[4]
local ck = P .. 'case:' .. id
local e = holds(ck, worker)
if e then return {e} end
local expires = NOW + tonumber(ARGV[5])
redis.call('HSET', ck, 'lease', tostring(expires))
redis.call('ZADD', P .. 'claimed', expires, id)
return {'ok', tostring(expires)}
`)

// release: ARGV 3 case id, 4 worker.
var releaseScript = redis.NewScript(prelude + `
local id, worker = ARGV[3], ARGV[4]
local ck = P .. 'case:' .. id
local e = holds(ck, worker)
if e then return {e} end
requeue(id, ck)
audit(id, 'released', worker)
local f = redis.call('HMGET', ck, 'priority', 'language')
publish({type = 'released', case = id, actor = worker, priority = f[1], language = f[2]})
return {'ok'}
`)

// transfer: ARGV 3 case id, 4 worker, 5 to, 6 lease (ms).
var transferScript = redis.NewScript(prelude + `
local id, worker, to = ARGV[3], ARGV[4], ARGV[5]
local ck = P .. 'case:' .. id
local e = holds(ck, worker)
if e then return {e} end
local expires = NOW + tonumber(ARGV[6])
redis.call('HSET', ck, 'holder', to, 'lease', tostring(expires))
redis.call('ZADD', P .. 'claimed', expires, id)
audit(id, 'transferred', worker, 'to', to)
local f = redis.call('HMGET', ck, 'priority', 'language')
publish({type = 'transferred', case = id, actor = worker, to = to, priority = f[1], language = f[2]})
return {'ok', tostring(expires)}
`)

// resolve: ARGV 3 case id, 4 worker, 5 outcome, 6 retention (ms).
var resolveScript = redis.NewScript(prelude + `
local id, worker = ARGV[3], ARGV[4]
local ck = P .. 'case:' .. id
local e = holds(ck, worker)
if e then return {e} end
local f = redis.call('HMGET', ck, 'conversation', 'priority', 'language')
redis.call('HSET', ck, 'status', 'resolved', 'outcome', ARGV[5], 'resolved', tostring(NOW), 'lease', '0')
redis.call('ZREM', P .. 'claimed', id)
if redis.call('HGET', P .. 'open', f[1]) == id then redis.call('HDEL', P .. 'open', f[1]) end
redis.call('ZADD', P .. 'resolved', NOW, id)
redis.call('PEXPIRE', ck, ARGV[6])
redis.call('PEXPIRE', ck .. ':notes', ARGV[6])
if ARGV[5] == 'erased' then
  -- The person asked to be erased: the case keeps no words of theirs.
  redis.call('HSET', ck, 'summary', '')
  redis.call('DEL', ck .. ':notes')
end
audit(id, 'resolved', worker)
publish({type = 'resolved', case = id, actor = worker, priority = f[2], language = f[3]})
return {'ok'}
`)

// note: ARGV 3 case id, 4 worker, 5 note (JSON).
var noteScript = redis.NewScript(prelude + `
local id, worker = ARGV[3], ARGV[4]
local ck = P .. 'case:' .. id
local e = holds(ck, worker)
if e then return {e} end
redis.call('RPUSH', ck .. ':notes', ARGV[5])
audit(id, 'note', worker)
publish({type = 'note', case = id, actor = worker})
return {'ok'}
`)

// message: ARGV 3 case id, 4 from (person, bot, caseworker), 5 caseworker.
var messageScript = redis.NewScript(prelude + `
local id, from, worker = ARGV[3], ARGV[4], ARGV[5]
if redis.call('EXISTS', P .. 'case:' .. id) == 0 then
  -- An id Escalate returned from the spool, for a case the escalation joined.
  id = redis.call('GET', P .. 'alias:' .. id) or id
end
local ck = P .. 'case:' .. id
if from == 'caseworker' then
  local e = holds(ck, worker)
  if e then return {e} end
  if redis.call('HGET', ck, 'first_reply') == false then
    redis.call('HSET', ck, 'first_reply', tostring(NOW))
  end
  audit(id, 'replied', worker)
elseif redis.call('EXISTS', ck) == 0 then
  return {'notfound'}
end
redis.call('HSET', ck, 'last_activity', tostring(NOW))
redis.call('HINCRBY', ck, 'messages', 1)
publish({type = 'message', case = id, actor = worker, from = from})
return {'ok'}
`)

// reap: ARGV 3 most cases to return. Answers {"ok", returned, more}.
var reapScript = redis.NewScript(prelude + `
local limit = tonumber(ARGV[3])
local ids = redis.call('ZRANGEBYSCORE', P .. 'claimed', '-inf', NOW, 'LIMIT', 0, limit)
local n = 0
for _, id in ipairs(ids) do
  local ck = P .. 'case:' .. id
  local f = redis.call('HMGET', ck, 'status', 'holder', 'lease', 'priority')
  if f[1] == 'claimed' and tonumber(f[3]) <= NOW then
    lapse(id, ck, f[2], f[4])
    n = n + 1
  elseif f[1] ~= 'claimed' then
    redis.call('ZREM', P .. 'claimed', id)
  end
end
return {'ok', n, #ids == limit and 1 or 0}
`)

// counts: answers {"ok", set, priority, n, ...} for the queued and claimed cases.
var countsScript = redis.NewScript(prelude + `
local out = {'ok'}
for _, set in ipairs({'queue', 'claimed'}) do
  local c = {}
  for _, id in ipairs(redis.call('ZRANGE', P .. set, 0, -1)) do
    local p = redis.call('HGET', P .. 'case:' .. id, 'priority')
    if p then c[p] = (c[p] or 0) + 1 end
  end
  for p, n in pairs(c) do
    table.insert(out, set); table.insert(out, p); table.insert(out, n)
  end
end
return out
`)
