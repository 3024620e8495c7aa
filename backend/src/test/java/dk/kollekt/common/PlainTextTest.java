package dk.kollekt.common;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract's plain-text patterns say what PlainText checks: a client validating by them is refused nothing else. */
class PlainTextTest {

    private static final List<String> PLAIN = List.of("Stafet for Masanga", "Æble, øl og å\tline\r\nnext",
            "<script>alert(1)</script>", "' OR 1=1 --", "\uD83C\uDF89 fest", "\uFEFFbom", "Z\u0337a\u0338l");
    private static final List<String> NOT_PLAIN = List.of("nul\u0000byte", "bell\u0007", "esc\u001B[31m", "del\u007F",
            "c1\u0085", "rtl\u202Eexe", "isolate\u2066x\u2069");

    @Test
    void thePatternAcceptsPlainTextAndRefusesControlCharacters() {
        Pattern pattern = Pattern.compile(PlainText.PATTERN);
        PLAIN.forEach(text -> {
            assertThat(PlainText.Check.isPlain(text)).as(text).isTrue();
            assertThat(pattern.matcher(text).find()).as(text).isTrue();
        });
        NOT_PLAIN.forEach(text -> {
            assertThat(PlainText.Check.isPlain(text)).as(text).isFalse();
            assertThat(pattern.matcher(text).find()).as(text).isFalse();
        });
    }

    @Test
    void theNotBlankPatternAlsoRefusesBlankText() {
        Pattern pattern = Pattern.compile(PlainText.NOT_BLANK_PATTERN);
        PLAIN.forEach(text -> assertThat(pattern.matcher(text).find()).as(text).isTrue());
        NOT_PLAIN.forEach(text -> assertThat(pattern.matcher(text).find()).as(text).isFalse());
        List.of("", "   ", "\t\r\n").forEach(text -> assertThat(pattern.matcher(text).find()).as(text).isFalse());
    }
}
