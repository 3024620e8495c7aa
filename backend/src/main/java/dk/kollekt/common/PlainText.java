package dk.kollekt.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Text people type, shown on boards, pages, exports and the printer's sheet: no control characters (tab and line
 * breaks allowed), no bidi overrides or isolates that reorder what is shown, no unpaired surrogates (not Unicode).
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    /** The characters refused, as a class of a regular expression that Java and JSON Schema read alike. */
    String REFUSED = "\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069";
    /**
     * This rule as the contract's pattern: no refused character anywhere (a lookahead, not [^...]*$, whose $ Java
     * also finds before a final U+0085). Unpaired surrogates aside: a pattern cannot name them.
     */
    String PATTERN = "^(?![\\s\\S]*[" + REFUSED + "])";
    /** This rule and @NotBlank together. */
    String NOT_BLANK_PATTERN = PATTERN + "\\s*\\S";

    String message() default "must not contain control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null is for @NotNull to judge. */
    class Check implements ConstraintValidator<PlainText, CharSequence> {

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || isPlain(value);
        }

        public static boolean isPlain(CharSequence text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
                boolean bidi = c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
                boolean unpaired = Character.isHighSurrogate(c)
                        ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(++i))
                        : Character.isLowSurrogate(c);
                if (control || bidi || unpaired) {
                    return false;
                }
            }
            return true;
        }
    }
}
