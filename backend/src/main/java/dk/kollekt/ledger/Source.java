package dk.kollekt.ledger;

/** Where a contribution comes from. */
public enum Source {
    DONATION, SPONSORSHIP, SHIRT_PRINT, VOLUNTEER_GRANT, DEPARTMENT_COLLECTION, CORPORATE_DONATION, COMPANY_MATCH
}
