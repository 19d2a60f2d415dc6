#!/bin/bash
# The streaming replica: on its first start, a copy of the primary taken with pg_basebackup -R
# (it writes standby.signal and primary_conninfo, with the password it connected with), then
# PostgreSQL as a hot standby.
set -euo pipefail
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready --host=primary --username="$POSTGRES_USER" --quiet; do sleep 1; done
  PGPASSWORD="$REPLICATION_PASSWORD" pg_basebackup --host=primary --username=replicator \
    --pgdata="$PGDATA" --write-recovery-conf --wal-method=stream --slot=replica1 --checkpoint=fast
fi
exec postgres -c hot_standby=on -c max_connections=200 -c hot_standby_feedback=on
