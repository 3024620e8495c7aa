package dk.kollekt.common;

import java.util.function.Predicate;

/** Looks through an exception's causes and suppressed exceptions, where a driver's error often hides. */
final class Causes {

    private static final int DEPTH = 12;

    private Causes() {
    }

    /** Whether {@code e}, one of its causes or a suppressed exception (a failed enlistment, a commit) matches. */
    static boolean any(Throwable e, Predicate<Throwable> test) {
        return any(e, test, 0);
    }

    private static boolean any(Throwable t, Predicate<Throwable> test, int depth) {
        if (t == null || depth > DEPTH) {
            return false;
        }
        if (test.test(t)) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (any(suppressed, test, depth + 1)) {
                return true;
            }
        }
        return t.getCause() != t && any(t.getCause(), test, depth + 1);
    }
}
