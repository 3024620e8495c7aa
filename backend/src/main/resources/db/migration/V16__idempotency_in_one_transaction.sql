-- An Idempotency-Key is now claimed in the transaction that makes the write and stores the response
-- (IdempotencyService), so a committed row is always DONE: no lease, no owner. Rows left IN_PROGRESS by the previous
-- version's separate claim go; an instance of that version still finishing one then finds no claim to complete and
-- rolls its write back (its caller retries with the same key). owner_token and locked_until are written only by such
-- an instance during an upgrade, so they become optional here; a later version drops them.
DELETE FROM idempotency_record WHERE state = 'IN_PROGRESS';
ALTER TABLE idempotency_record
    MODIFY owner_token CHAR(36) NULL,
    MODIFY locked_until DATETIME(6) NULL;
