package dk.kollekt.ledger;

import java.util.EnumSet;
import java.util.Set;

/** Where a contribution comes from. */
public enum Source {
    DONATION, SPONSORSHIP, SHIRT_PRINT, VOLUNTEER_GRANT, DEPARTMENT_COLLECTION, CORPORATE_DONATION, COMPANY_MATCH;

    /**
     * Money raised: what employees and departments brought in themselves. Company money (shirt-print donations,
     * grants, matches, the corporate donation) is not raised.
     */
    public static final Set<Source> RAISED = EnumSet.of(DONATION, SPONSORSHIP, DEPARTMENT_COLLECTION);
}
