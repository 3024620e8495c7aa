-- The audit trail is append-only in the database itself: whoever connects, rows of audit_record can be added and
-- read but never changed or removed. (Production grants the application's user no UPDATE or DELETE on it either;
-- see deploy/OPERATIONS.md.)
CREATE TRIGGER audit_record_no_update BEFORE UPDATE ON audit_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_record is append-only: rows cannot be changed';

CREATE TRIGGER audit_record_no_delete BEFORE DELETE ON audit_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_record is append-only: rows cannot be removed';
