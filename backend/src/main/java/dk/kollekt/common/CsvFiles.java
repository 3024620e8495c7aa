package dk.kollekt.common;

import dk.kollekt.common.Problem.FieldError;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks shared by the CSV uploads: UTF-8, as the contract says, and what commons-csv cannot read. */
public final class CsvFiles {

    /**
     * Longest upload, in characters: the body limit (quarkus.http.limits.max-body-size, 20M) counts bytes, and a
     * character is at least one.
     */
    public static final int MAX_LENGTH = 20 * 1024 * 1024;
    private static final Pattern LINE = Pattern.compile("\\(line (\\d+)\\)");

    private CsvFiles() {
    }

    /**
     * The upload as it came, unless it was not UTF-8: the REST layer decodes it with U+FFFD for each byte that is
     * not, e.g. a Windows-1252 "ø" from Excel, which would otherwise be imported as such.
     */
    public static String requireUtf8(String csv) {
        int at = csv == null ? -1 : csv.indexOf('\uFFFD');
        if (at >= 0) {
            int line = (int) csv.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
            throw ApiProblem.badRequest("The file is not UTF-8 (line " + line + "); save it as CSV UTF-8.",
                    List.of(FieldError.line(line, null, "not UTF-8")));
        }
        return csv;
    }

    /** 400 for a header commons-csv refuses (a column name missing or repeated), in its words. */
    public static ApiProblem badHeader(IllegalArgumentException e) {
        return ApiProblem.badRequest("The header row is not valid: " + e.getMessage(),
                List.of(FieldError.line(1, null, "a column name is missing or repeated")));
    }

    /** 400 naming the line commons-csv stopped at (its message says "(line N)"), without its words. */
    public static ApiProblem malformed(Exception e) {
        Matcher line = LINE.matcher(String.valueOf(e.getMessage()));
        int number = line.find() ? Integer.parseInt(line.group(1)) : 1;
        return ApiProblem.badRequest("The file is not valid CSV from line " + number + ": check its quotes.",
                List.of(FieldError.line(number, null, "a quoted value is not closed, or text follows its closing quote")));
    }
}
