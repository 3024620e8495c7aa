#!/usr/bin/env bash
# Bulk-loads N generated contributions (default 1,000,000) spread over the last three years into a Kollekt
# database that already holds the demo company, with volunteer hour logs and shirt orders beside them, and adds what
# they generate to every running total the app reads (boards, competitions, the NGO's dashboard, volunteer hours).
#
# Start Kollekt once on an empty database with KOLLEKT_DEMO_DATA=true (the demo company: 10,000 employees, 450
# locations, 2,000 departments), stop it, then run this with the app stopped:
#   DB=kollekt_bench_x N=10000000 backend/bench/load-ledger.sh
# run.sh (the benchmark suite) calls it once per dataset size, each call adding to what the one before loaded.
#
# Options: MYSQL (client command, default "mysql -uroot -h127.0.0.1"), CHUNK (rows per transaction, 500000),
# FROM (first sequence number; default: continues after the contributions an earlier call generated, so loading
# 10,000 and then 990,000 gives the same data as loading 1,000,000 at once), HOURS_PER_1000 (hour logs per 1,000
# contributions, 100), SHOWN_PER_1000 (employees who chose to be shown on boards, 100).
# Loading is INSERT ... SELECT over MariaDB's sequence engine, in chunks, with unique and foreign-key checks off for
# the session: no request per contribution. Join orders are fixed (STRAIGHT_JOIN), so the plans do not depend on the
# statistics of tables that were only just filled. A large InnoDB buffer pool (several GB) keeps the secondary indexes in
# memory; with the default 128 MB, 10 million rows take hours.
#
# Running totals are added chunk by chunk, not rebuilt: after each chunk is loaded, its own rows (the id ranges it
# inserted) are grouped and added to the totals tables with INSERT ... ON DUPLICATE KEY UPDATE x = x + VALUES(x), the
# month tables from the chunk's day rows, the shirt counters with += per campaign size and print run. The work per
# call then grows with N, not with everything loaded before (rebuilding from every contribution took 1,408 s at 10
# million, its GROUP BYs' temporary tables far past the 16 MB MariaDB keeps in memory), and a chunk's groups are
# sorted in memory. The sums are the ones a rebuild gives as long as the totals already in the database are right:
# the demo company's contributions and whatever the API wrote between calls (benchmark pledges) were counted by the
# API itself, so nothing is truncated and only generated rows are added. (One difference from a rebuild: a row the
# API brought back to zero by a cancellation stays, where a rebuild leaves it out.) A call that fails leaves loaded
# rows whose totals may be missing; start again from a fresh database, as after a failure in the middle of loading.
#
# What is generated (deterministic for a given sequence number): givers drawn from every employee, in their current
# department; sources 40% donations, 40% sponsorships, 5% department collections, 10% shirt prints (50 kr, company
# money) and 5% company matches; 50-2,000 kr in the giver's country's currency at fixed rates; 70% collected, 25%
# pledged, 5% cancelled (shirt prints are never cancelled); one in ten gifts anonymous. Each shirt print is one
# printed shirt of an order (one line, one shirt, origin shirt-print:<line>:1 as PrintService writes it) in that
# year's campaign ("Bench shirts <year>", sizes S-XL) and that month's print run. Hour logs (30-240 minutes, 80%
# approved, 15% submitted, 5% rejected) belong to the NGO's first opportunity-less work, in the employee's current
# department. No contribution_event or audit rows are written, and sponsorships, department collections and company
# matches have no activity, pledge, collection or match rows behind them: boards, competitions and reports read none
# of these.
#
# Prints "key=value" lines (generated counts and seconds) for run.sh's report.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
MYSQL=${MYSQL:-mysql -uroot -h127.0.0.1}
DB=${DB:-kollekt_bench}
N=${N:-1000000}
CHUNK=${CHUNK:-500000}
HOURS_PER_1000=${HOURS_PER_1000:-100}
SHOWN_PER_1000=${SHOWN_PER_1000:-100}
LINE_BASE=1000000000   # shirt order and order line ids: LINE_BASE + sequence number, clear of the app's own
sql() { $MYSQL --batch --skip-column-names "$DB" -e "$1"; }

read -r emin emax ecount < <(sql "SELECT MIN(id), MAX(id), COUNT(*) FROM employee")
if [ "$ecount" -eq 0 ] || [ $((emax - emin + 1)) -ne "$ecount" ]; then
  echo "Expected the demo company's employees with consecutive ids in $DB (found $ecount, ids $emin-$emax)." >&2
  exit 1
fi
read -r pmin pcount < <(sql "SELECT MIN(id), COUNT(*) FROM project_post")
ngo=$(sql "SELECT MIN(id) FROM ngo")
FROM=${FROM:-$(( $(sql "SELECT COUNT(*) FROM contribution WHERE payment_reference LIKE 'G%'") + 1 ))}
echo "# $DB: $ecount employees, $pcount project posts; generating contributions $FROM to $((FROM + N - 1))" >&2

# The local day (Europe/Copenhagen) of a UTC DATETIME, without time zone tables: UTC+2 from 01:00 UTC on the last
# Sunday of March to 01:00 UTC on the last Sunday of October, else UTC+1 (EU rules since 1996).
local_day() {
  local t=$1
  echo "DATE($t + INTERVAL IF($t >= LAST_DAY(CONCAT(YEAR($t), '-03-01')) - INTERVAL (DAYOFWEEK(LAST_DAY(CONCAT(YEAR($t), '-03-01'))) - 1) DAY + INTERVAL 1 HOUR
      AND $t < LAST_DAY(CONCAT(YEAR($t), '-10-01')) - INTERVAL (DAYOFWEEK(LAST_DAY(CONCAT(YEAR($t), '-10-01'))) - 1) DAY + INTERVAL 1 HOUR, 2, 1) HOUR)"
}

# One shirt campaign per calendar year of the three, with its sizes, prices and a print run per month.
sql "SET SESSION foreign_key_checks = 0;
  INSERT INTO shirt_campaign (name, description, print_title, project_post_id, donation_per_print_minor,
                              donation_currency, order_deadline, created_at)
  SELECT CONCAT('Bench shirts ', y.seq), 'Generated by backend/bench/load-ledger.sh', 'Stafetten', $pmin, 5000, 'DKK',
         TIMESTAMP(CONCAT(y.seq, '-12-31'), '22:00:00'), TIMESTAMP(CONCAT(y.seq, '-01-01'))
  FROM seq_$(( $(date -u +%Y) - 3 ))_to_$(date -u +%Y) y
  WHERE NOT EXISTS (SELECT 1 FROM shirt_campaign c WHERE c.name = CONCAT('Bench shirts ', y.seq));
  INSERT IGNORE INTO shirt_campaign_price (campaign_id, currency, price_minor)
  SELECT c.id, p.currency, p.price FROM shirt_campaign c
  JOIN (SELECT 'DKK' AS currency, 15000 AS price UNION ALL SELECT 'NOK', 23000 UNION ALL SELECT 'SEK', 23000) p
  WHERE c.name LIKE 'Bench shirts %';
  INSERT IGNORE INTO shirt_campaign_size (campaign_id, size, position, stock_limit, ordered)
  SELECT c.id, ELT(s.seq, 'S', 'M', 'L', 'XL'), s.seq - 1, NULL, 0 FROM shirt_campaign c JOIN seq_1_to_4 s
  WHERE c.name LIKE 'Bench shirts %';
  INSERT IGNORE INTO shirt_print_run (campaign_id, reference, shirts, recorded_by, recorded_at)
  SELECT c.id, CONCAT('G', SUBSTRING(c.name, 14), '-', LPAD(m.seq, 2, '0')), 0, 'bench',
         LAST_DAY(CONCAT(SUBSTRING(c.name, 14), '-', LPAD(m.seq, 2, '0'), '-01')) + INTERVAL 20 HOUR
  FROM shirt_campaign c JOIN seq_1_to_12 m WHERE c.name LIKE 'Bench shirts %';"

# The totals statements for one chunk: its contributions are those with ids @c_first to @c_last, its hour logs
# @h_first to @h_last, its shirt orders (and their single lines) $LINE_BASE + its sequence numbers. The same rules as
# LedgerService (not cancelled counts as pledged, collected as collected; givers' named raised money for people
# boards); the day's totals go through a temporary table so the month's are summed from them. The NGO's totals use
# the V12 migration's own backfill statements, narrowed to the chunk and writing into temporary tables of the same
# columns, from which they are added to the real ones.
# A chunk's rows hardly collapse (about one group per contribution), so every GROUP BY is SQL_BIG_RESULT: MariaDB
# sorts (in a 256 MB sort buffer for the session, not the default 2 MB) instead of probing a temporary table per row,
# which at the default 16 MB tmp_table_size would go to disk. The groups then come out in the order of the totals
# tables' primary keys, so the upserts walk each table's index in order.
day=$(local_day created_at)
v12=$(cat "$here/../src/main/resources/db/migration/V12__ngo_view.sql")
post_day=$(sed -n '/^INSERT INTO ledger_post_day_total/,/;$/p' <<< "$v12")
post_month=$(sed -n '/^INSERT INTO ledger_post_month_total/,/;$/p' <<< "$v12")
narrow() { # narrow TEXT FROM TO: TEXT with FROM replaced by TO, failing when FROM is not in it
  case "$1" in
    *"$2"*) printf '%s' "${1/"$2"/"$3"}" ;;
    *) echo "V12__ngo_view.sql no longer holds: $2" >&2; exit 1 ;;
  esac
}
post_day=$(narrow "$post_day" "INSERT INTO ledger_post_day_total" "INSERT INTO chunk_post_day")
post_day=$(narrow "$post_day" "SELECT DATE(c.created_at" "SELECT SQL_BIG_RESULT DATE(c.created_at")
post_day=$(narrow "$post_day" "FROM contribution WHERE status <> 'CANCELLED'" \
  "FROM contribution WHERE status <> 'CANCELLED' AND id BETWEEN @c_first AND @c_last")
post_month=$(narrow "$post_month" "INSERT INTO ledger_post_month_total" "INSERT INTO chunk_post_month")
post_month=$(narrow "$post_month" "FROM ledger_post_day_total" "FROM chunk_post_day")
post_month=$(narrow "$post_month" "SELECT DATE_FORMAT(day" "SELECT SQL_BIG_RESULT DATE_FORMAT(day")
add() { # add TABLE COLUMNS: the ON DUPLICATE KEY UPDATE clause that adds each of COLUMNS to TABLE's row
  local out="" c
  for c in $2; do out="$out${out:+, }$1.$c = $1.$c + VALUES($c)"; done
  echo "ON DUPLICATE KEY UPDATE $out"
}
add_post_cells() { # add_post_cells TABLE BUCKET CHUNK_TABLE: adds a chunk's project-post cells (day or month) to TABLE
  local columns="$2, project_post_id, source, department_id, location_id, country_code"
  echo "INSERT INTO $1 ($columns, pledged_minor, collected_minor, contributions)
  SELECT $columns, pledged_minor, collected_minor, contributions FROM $3
  $(add "$1" 'pledged_minor collected_minor contributions');"
}
chunk_totals="SET SESSION sort_buffer_size = 268435456;
  CREATE TEMPORARY TABLE chunk_day ENGINE = InnoDB AS
  SELECT SQL_BIG_RESULT department_id, $day AS day, source,
         SUM(IF(status <> 'CANCELLED', reporting_amount_minor, 0)) AS pledged_minor,
         SUM(IF(status = 'COLLECTED', reporting_amount_minor, 0)) AS collected_minor,
         SUM(status <> 'CANCELLED') AS contributions
  FROM contribution WHERE id BETWEEN @c_first AND @c_last AND department_id IS NOT NULL GROUP BY 1, 2, 3;
  INSERT INTO ledger_day_total (department_id, day, source, pledged_minor, collected_minor, contributions)
  SELECT department_id, day, source, pledged_minor, collected_minor, contributions FROM chunk_day
  $(add ledger_day_total 'pledged_minor collected_minor contributions');
  INSERT INTO ledger_month_total (department_id, month, source, pledged_minor, collected_minor, contributions)
  SELECT SQL_BIG_RESULT department_id, day - INTERVAL (DAYOFMONTH(day) - 1) DAY, source, SUM(pledged_minor),
         SUM(collected_minor), SUM(contributions)
  FROM chunk_day GROUP BY 1, 2, 3
  $(add ledger_month_total 'pledged_minor collected_minor contributions');
  INSERT INTO ledger_participant (department_id, day, employee_id, contributions, named_pledged_minor,
                                  named_collected_minor)
  SELECT SQL_BIG_RESULT department_id, $day, giver_employee_id, COUNT(*),
         SUM(IF(NOT anonymous AND source IN ('DONATION', 'SPONSORSHIP', 'DEPARTMENT_COLLECTION'), reporting_amount_minor, 0)),
         SUM(IF(NOT anonymous AND source IN ('DONATION', 'SPONSORSHIP', 'DEPARTMENT_COLLECTION') AND status = 'COLLECTED',
                reporting_amount_minor, 0))
  FROM contribution WHERE id BETWEEN @c_first AND @c_last AND department_id IS NOT NULL
    AND giver_employee_id IS NOT NULL AND status <> 'CANCELLED'
  GROUP BY 1, 2, 3
  $(add ledger_participant 'contributions named_pledged_minor named_collected_minor');
  CREATE TEMPORARY TABLE chunk_post_day ENGINE = InnoDB AS SELECT * FROM ledger_post_day_total LIMIT 0;
  CREATE TEMPORARY TABLE chunk_post_month ENGINE = InnoDB AS SELECT * FROM ledger_post_month_total LIMIT 0;
  $post_day
  $post_month
  $(add_post_cells ledger_post_day_total day chunk_post_day)
  $(add_post_cells ledger_post_month_total month chunk_post_month)
  INSERT INTO volunteer_day_total (department_id, day, minutes)
  SELECT SQL_BIG_RESULT department_id, work_date, SUM(minutes) FROM hour_log
  WHERE id BETWEEN @h_first AND @h_last AND status = 'APPROVED' GROUP BY 1, 2
  $(add volunteer_day_total minutes);
  UPDATE shirt_campaign_size z
  JOIN (SELECT o.campaign_id, l.size, SUM(l.quantity) AS n FROM shirt_order o JOIN shirt_order_line l ON l.order_id = o.id
        WHERE o.id BETWEEN @o_first AND @o_last AND o.cancelled_at IS NULL GROUP BY 1, 2) s
    ON s.campaign_id = z.campaign_id AND s.size = z.size
  SET z.ordered = z.ordered + s.n;
  UPDATE shirt_print_run r
  JOIN (SELECT print_run_id, COUNT(*) AS n FROM shirt_printed WHERE order_line_id BETWEEN @o_first AND @o_last
        GROUP BY 1) p ON p.print_run_id = r.id
  SET r.shirts = r.shirts + p.n;"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
start=$(date +%s)
totals_ms=0
loaded=0
hours=0
shirts=0
while [ "$loaded" -lt "$N" ]; do
  size=$(( N - loaded < CHUNK ? N - loaded : CHUNK ))
  first=$(( FROM + loaded ))
  last=$(( first + size - 1 ))
  # The ids before the chunk, so that its totals add exactly the rows it inserts (the app is stopped meanwhile).
  counts=$(sql "SET SESSION unique_checks = 0, foreign_key_checks = 0;
    SELECT COALESCE(MAX(id), 0) INTO @c_before FROM contribution;
    SELECT COALESCE(MAX(id), 0) INTO @h_before FROM hour_log;
    CREATE TEMPORARY TABLE gen ENGINE = InnoDB AS
    SELECT t.*, t.source = 'SHIRT_PRINT' AS shirt
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
          FROM seq_${first}_to_${last} s) t;
    INSERT INTO contribution (source, amount_minor, currency, reporting_amount_minor, reporting_currency, exchange_rate,
        rate_date, giver_employee_id, anonymous, department_id, location_id, country_code, project_post_id, status,
        origin, payment_reference, created_at, status_changed_at)
    SELECT STRAIGHT_JOIN g.source,
           IF(g.shirt, 5000, g.amount),
           IF(g.shirt, 'DKK', c.currency),
           IF(g.shirt, 5000, ROUND(g.amount * r.rate)),
           'DKK',
           IF(g.shirt, 1, r.rate),
           DATE(g.at),
           IF(g.source IN ('DONATION', 'SPONSORSHIP'), e.id, NULL),
           g.source IN ('DONATION', 'SPONSORSHIP') AND g.seq % 10 = 0,
           d.id, l.id, l.country_code, $pmin + g.seq % $pcount,
           IF(g.shirt AND g.status = 'CANCELLED', 'PLEDGED', g.status),
           IF(g.shirt, CONCAT('shirt-print:', $LINE_BASE + g.seq, ':1'), NULL),
           CONCAT('G', g.seq), g.at, g.at
    FROM gen g
    JOIN employee e ON e.id = g.employee_id
    JOIN department d ON d.id = e.department_id
    JOIN location l ON l.id = d.location_id
    JOIN country c ON c.code = l.country_code
    JOIN (SELECT 'DKK' AS code, 1.0 AS rate UNION ALL SELECT 'NOK', 0.65 UNION ALL SELECT 'SEK', 0.64) r
        ON r.code = c.currency;
    INSERT INTO shirt_order (id, campaign_id, kind, orderer_employee_id, department_id, location_id, country_code,
                             currency, created_at, changed_at)
    SELECT STRAIGHT_JOIN $LINE_BASE + g.seq, sc.id, 'SELF', e.id, d.id, l.id, l.country_code, c.currency,
           g.at - INTERVAL 14 DAY, g.at - INTERVAL 14 DAY
    FROM gen g
    JOIN employee e ON e.id = g.employee_id
    JOIN department d ON d.id = e.department_id
    JOIN location l ON l.id = d.location_id
    JOIN country c ON c.code = l.country_code
    JOIN shirt_campaign sc ON sc.name = CONCAT('Bench shirts ', YEAR(g.at))
    WHERE g.shirt;
    INSERT INTO shirt_order_line (id, order_id, size, quantity, wearer_name, unit_price_minor, printed)
    SELECT STRAIGHT_JOIN o.id, o.id, ELT(1 + o.id % 4, 'S', 'M', 'L', 'XL'), 1, NULL, p.price_minor, 1
    FROM shirt_order o JOIN shirt_campaign_price p ON p.campaign_id = o.campaign_id AND p.currency = o.currency
    WHERE o.id BETWEEN $LINE_BASE + $first AND $LINE_BASE + $last;
    INSERT INTO shirt_printed (order_line_id, seq, print_run_id, contribution_id)
    SELECT STRAIGHT_JOIN o.id, 1, r.id, k.id
    FROM shirt_order o
    JOIN contribution k ON k.origin = CONCAT('shirt-print:', o.id, ':1')
    JOIN shirt_print_run r ON r.campaign_id = o.campaign_id
        AND r.reference = CONCAT('G', DATE_FORMAT(k.created_at, '%Y-%m'))
    WHERE o.id BETWEEN $LINE_BASE + $first AND $LINE_BASE + $last;
    INSERT INTO hour_log (employee_id, work_date, minutes, description, opportunity_id, ngo_id, department_id,
                          location_id, country_code, status, decided_by, decided_at, reason, created_at, updated_at)
    SELECT STRAIGHT_JOIN e.id, DATE(h.at), 30 * (1 + h.seq % 8), 'Generated volunteering', NULL, $ngo, d.id, l.id,
           l.country_code,
           h.status, IF(h.status = 'SUBMITTED', NULL, 'bench'), IF(h.status = 'SUBMITTED', NULL, h.at + INTERVAL 2 DAY),
           IF(h.status = 'REJECTED', 'Generated rejection', NULL), h.at, h.at
    FROM (SELECT g.seq, g.at, CASE WHEN (g.seq * 40503) % 20 < 16 THEN 'APPROVED'
                                   WHEN (g.seq * 40503) % 20 < 19 THEN 'SUBMITTED' ELSE 'REJECTED' END AS status
          FROM gen g WHERE (g.seq * 2654435761) % 1000 < $HOURS_PER_1000) h
    JOIN employee e ON e.id = $emin + (h.seq * 2246822519) % $ecount
    JOIN department d ON d.id = e.department_id
    JOIN location l ON l.id = d.location_id;
    SET SESSION unique_checks = 1;
    INSERT IGNORE INTO volunteer_employee_day (employee_id, day)
    SELECT employee_id, work_date FROM hour_log WHERE id > @h_before;
    SELECT SUM(g.shirt), SUM((g.seq * 2654435761) % 1000 < $HOURS_PER_1000), @c_before + 1,
           (SELECT MAX(id) FROM contribution), @h_before + 1, (SELECT COALESCE(MAX(id), 0) FROM hour_log) FROM gen g;
    DROP TEMPORARY TABLE gen;")
  read -r chunk_shirts chunk_hours c_first c_last h_first h_last <<< "$counts"
  t0=$(now_ms)
  sql "SET @c_first = $c_first, @c_last = $c_last, @h_first = $h_first, @h_last = $h_last,
    @o_first = $LINE_BASE + $first, @o_last = $LINE_BASE + $last;
    $chunk_totals"
  totals_ms=$(( totals_ms + $(now_ms) - t0 ))
  shirts=$(( shirts + chunk_shirts ))
  hours=$(( hours + chunk_hours ))
  loaded=$(( loaded + size ))
  echo "#   $loaded rows, $(( $(date +%s) - start )) s (totals $(( totals_ms / 1000 )) s of it)" >&2
done

# Who is shown on boards (every employee, cheap), and fresh statistics for the planner: ANALYZE samples a few pages
# per index in InnoDB (no engine-independent statistics unless asked for), so it does not grow with the tables.
t0=$(now_ms)
sql "UPDATE employee SET shown_on_boards = (id * 2654435761) % 1000 < $SHOWN_PER_1000;
  ANALYZE TABLE contribution, ledger_day_total, ledger_month_total, ledger_participant, ledger_post_day_total,
    ledger_post_month_total, hour_log, volunteer_day_total, shirt_order, shirt_order_line, shirt_printed;" > /dev/null
totals_ms=$(( totals_ms + $(now_ms) - t0 ))
# Seconds spent loading and adding to the totals: the totals' share summed over the chunks and the final step.
totals_seconds=$(( (totals_ms + 500) / 1000 ))
load_seconds=$(( $(date +%s) - start - totals_seconds ))
echo "# loaded $N contributions in $load_seconds s, totals added in $totals_seconds s" >&2
echo "generated_contributions=$N"
echo "generated_shirts=$shirts"
echo "generated_hour_logs=$hours"
echo "load_seconds=$load_seconds"
echo "totals_seconds=$totals_seconds"
