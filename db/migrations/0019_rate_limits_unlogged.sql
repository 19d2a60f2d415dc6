-- The rate limits' counters are worth nothing after a crash (a client's count starts again): an
-- unlogged table keeps every counted request out of the write-ahead log and its flush to disk.
-- A standby does not receive them either, so after a fail-over the counts start again there too.
ALTER TABLE "rate_limits" SET UNLOGGED;
