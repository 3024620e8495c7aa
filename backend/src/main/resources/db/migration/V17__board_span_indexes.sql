-- Boards over any span of days read the running totals by source and a range of days or months, summed per
-- department. The old indexes on the day (or month) alone made each row of the range a second look-up by primary key
-- (or a scan of the whole table); these hold every column such a read needs (InnoDB adds the primary key's columns to
-- each), so a board reads only the index entries of its days. The price: a gift's upserts also move these entries.

ALTER TABLE ledger_day_total
    DROP INDEX ix_day_total_day,
    ADD INDEX ix_day_total_span (source, day, pledged_minor, collected_minor, contributions);

ALTER TABLE ledger_month_total
    DROP INDEX ix_month_total_month,
    ADD INDEX ix_month_total_span (source, month, pledged_minor, collected_minor, contributions);

-- Participation counts who gave (contributions > 0) per department over a range of days.
ALTER TABLE ledger_participant
    DROP INDEX ix_participant_day,
    ADD INDEX ix_participant_span (day, contributions);

ALTER TABLE volunteer_day_total
    DROP INDEX ix_volunteer_day_total_day,
    ADD INDEX ix_volunteer_day_total_span (day, minutes);
