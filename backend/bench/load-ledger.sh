#!/usr/bin/env bash
# Bulk-loads N generated contributions (default 1,000,000) spread over the last three years into a Kollekt
# database that already holds the demo company, then rebuilds the running totals that boards read.
#
# Start Kollekt once on an empty database with KOLLEKT_DEMO_DATA=true (the demo company: 10,000 employees, 450
# locations, 2,000 departments), stop it, then run this with the app stopped or idle:
#   DB=kollekt_bench N=10000000 backend/bench/load-ledger.sh
# Options: MYSQL (client command, default "mysql -uroot -h127.0.0.1"), CHUNK (rows per transaction, 500000).
# Loading is INSERT ... SELECT over MariaDB's sequence engine, in chunks, with unique and foreign-key checks off for
# the session: no request per contribution. A large InnoDB buffer pool (several GB) keeps the secondary indexes in
# memory; with the default 128 MB, 10 million rows take hours.
#
# What is generated (deterministic for a given N): givers drawn from every employee, in their current department;
# sources 40% donations, 40% sponsorships, 5% department collections, 10% shirt prints (50 kr, company money) and
# 5% company matches; 50-2,000 kr in the giver's country's currency at fixed rates; 70% collected, 25% pledged,
# 5% cancelled; one in ten gifts anonymous. No contribution_event rows are written (boards and reports do not read
# them).
set -euo pipefail
MYSQL=${MYSQL:-mysql -uroot -h127.0.0.1}
DB=${DB:-kollekt_bench}
N=${N:-1000000}
CHUNK=${CHUNK:-500000}
sql() { $MYSQL --batch --skip-column-names "$DB" -e "$1"; }

read -r emin emax ecount < <(sql "SELECT MIN(id), MAX(id), COUNT(*) FROM employee")
if [ "$ecount" -eq 0 ] || [ $((emax - emin + 1)) -ne "$ecount" ]; then
  echo "Expected the demo company's employees with consecutive ids in $DB (found $ecount, ids $emin-$emax)." >&2
  exit 1
fi
read -r pmin pcount < <(sql "SELECT MIN(id), COUNT(*) FROM project_post")
first=$(sql "SELECT COALESCE(MAX(id), 0) FROM contribution")
echo "$DB: $ecount employees, $pcount project posts, $first contributions before; loading $N in chunks of $CHUNK"

# The local day (Europe/Copenhagen) of a UTC DATETIME, without time zone tables: UTC+2 from 01:00 UTC on the last
# Sunday of March to 01:00 UTC on the last Sunday of October, else UTC+1 (EU rules since 1996).
local_day() {
  local t=$1
  echo "DATE($t + INTERVAL IF($t >= LAST_DAY(CONCAT(YEAR($t), '-03-01')) - INTERVAL (DAYOFWEEK(LAST_DAY(CONCAT(YEAR($t), '-03-01'))) - 1) DAY + INTERVAL 1 HOUR
      AND $t < LAST_DAY(CONCAT(YEAR($t), '-10-01')) - INTERVAL (DAYOFWEEK(LAST_DAY(CONCAT(YEAR($t), '-10-01'))) - 1) DAY + INTERVAL 1 HOUR, 2, 1) HOUR)"
}

start=$(date +%s)
loaded=0
while [ "$loaded" -lt "$N" ]; do
  size=$(( N - loaded < CHUNK ? N - loaded : CHUNK ))
  sql "SET SESSION unique_checks = 0, foreign_key_checks = 0;
    INSERT INTO contribution (source, amount_minor, currency, reporting_amount_minor, reporting_currency, exchange_rate,
        rate_date, giver_employee_id, anonymous, department_id, location_id, country_code, project_post_id, status,
        payment_reference, created_at, status_changed_at)
    SELECT STRAIGHT_JOIN g.source,
           IF(g.shirt, 5000, g.amount),
           IF(g.shirt, 'DKK', c.currency),
           IF(g.shirt, 5000, ROUND(g.amount * r.rate)),
           'DKK',
           IF(g.shirt, 1, r.rate),
           DATE(g.at),
           IF(g.source IN ('DONATION', 'SPONSORSHIP'), e.id, NULL),
           g.source IN ('DONATION', 'SPONSORSHIP') AND g.seq % 10 = 0,
           d.id, l.id, l.country_code, $pmin + g.seq % $pcount, g.status, CONCAT('B', $first + g.seq), g.at, g.at
    FROM (SELECT t.*, t.source = 'SHIRT_PRINT' AS shirt
          FROM (SELECT s.seq,
                       $emin + (s.seq * 2654435761) % $ecount AS employee_id,
                       ELT(1 + (s.seq * 2246822519) % 20, 'DONATION', 'DONATION', 'DONATION', 'DONATION', 'DONATION',
                           'DONATION', 'DONATION', 'DONATION', 'SPONSORSHIP', 'SPONSORSHIP', 'SPONSORSHIP',
                           'SPONSORSHIP', 'SPONSORSHIP', 'SPONSORSHIP', 'SPONSORSHIP', 'SPONSORSHIP',
                           'DEPARTMENT_COLLECTION', 'SHIRT_PRINT', 'SHIRT_PRINT', 'COMPANY_MATCH') AS source,
                       5000 + (s.seq * 374761393) % 195001 AS amount,
                       CASE WHEN (s.seq * 668265263) % 100 < 70 THEN 'COLLECTED'
                            WHEN (s.seq * 668265263) % 100 < 95 THEN 'PLEDGED' ELSE 'CANCELLED' END AS status,
                       UTC_TIMESTAMP() - INTERVAL 3 YEAR + INTERVAL ((s.seq * 40503) % (3 * 365 * 86400)) SECOND AS at
                FROM seq_$((loaded + 1))_to_$((loaded + size)) s) t) g
    JOIN employee e ON e.id = g.employee_id
    JOIN department d ON d.id = e.department_id
    JOIN location l ON l.id = d.location_id
    JOIN country c ON c.code = l.country_code
    JOIN (SELECT 'DKK' AS code, 1.0 AS rate UNION ALL SELECT 'NOK', 0.65 UNION ALL SELECT 'SEK', 0.64) r
        ON r.code = c.currency"
  loaded=$(( loaded + size ))
  echo "  $loaded rows, $(( $(date +%s) - start )) s"
done
loaded_at=$(date +%s)

# The running totals, rebuilt from every contribution (the same rules as LedgerService: not cancelled counts as
# pledged, collected as collected; givers' named raised money for people boards).
day=$(local_day created_at)
sql "TRUNCATE TABLE ledger_day_total; TRUNCATE TABLE ledger_month_total; TRUNCATE TABLE ledger_participant;
  INSERT INTO ledger_day_total (department_id, day, source, pledged_minor, collected_minor, contributions)
  SELECT department_id, $day, source, SUM(IF(status <> 'CANCELLED', reporting_amount_minor, 0)),
         SUM(IF(status = 'COLLECTED', reporting_amount_minor, 0)), SUM(status <> 'CANCELLED')
  FROM contribution WHERE department_id IS NOT NULL GROUP BY 1, 2, 3;
  INSERT INTO ledger_month_total (department_id, month, source, pledged_minor, collected_minor, contributions)
  SELECT department_id, day - INTERVAL (DAYOFMONTH(day) - 1) DAY, source, SUM(pledged_minor), SUM(collected_minor),
         SUM(contributions)
  FROM ledger_day_total GROUP BY 1, 2, 3;
  INSERT INTO ledger_participant (department_id, day, employee_id, contributions, named_pledged_minor,
                                  named_collected_minor)
  SELECT department_id, $day, giver_employee_id, COUNT(*),
         SUM(IF(NOT anonymous AND source IN ('DONATION', 'SPONSORSHIP', 'DEPARTMENT_COLLECTION'), reporting_amount_minor, 0)),
         SUM(IF(NOT anonymous AND source IN ('DONATION', 'SPONSORSHIP', 'DEPARTMENT_COLLECTION') AND status = 'COLLECTED',
                reporting_amount_minor, 0))
  FROM contribution WHERE department_id IS NOT NULL AND giver_employee_id IS NOT NULL AND status <> 'CANCELLED'
  GROUP BY 1, 2, 3;
  ANALYZE TABLE contribution, ledger_day_total, ledger_month_total, ledger_participant;" > /dev/null
end=$(date +%s)
echo "loaded $N contributions in $((loaded_at - start)) s, totals rebuilt in $((end - loaded_at)) s"
sql "SELECT (SELECT COUNT(*) FROM contribution) AS contributions, (SELECT COUNT(*) FROM ledger_day_total) AS day_totals,
        (SELECT COUNT(*) FROM ledger_month_total) AS month_totals, (SELECT COUNT(*) FROM ledger_participant) AS participants"
