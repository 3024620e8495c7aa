package dk.kollekt.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * An amount in minor units (øre) of an ISO 4217 currency. All money arithmetic and rounding live here:
 * every multiplication rounds half up to a whole minor unit, once.
 */
public record Money(long minor, String currency) {

    /** Currencies Kollekt knows; all have two decimals. */
    public static final Set<String> CURRENCIES = Set.of("DKK", "NOK", "SEK");
    private static final int DECIMALS = 2;

    public Money {
        if (currency == null || !CURRENCIES.contains(currency)) {
            throw new IllegalArgumentException("unknown currency " + currency);
        }
    }

    public static Money of(long minor, String currency) {
        return new Money(minor, currency);
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    public static boolean isKnown(String currency) {
        return currency != null && CURRENCIES.contains(currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    /** This amount times a quantity (e.g. a rate per km times 12.4 km), rounded half up to a whole minor unit. */
    public Money times(BigDecimal quantity) {
        return new Money(BigDecimal.valueOf(minor).multiply(quantity).setScale(0, RoundingMode.HALF_UP)
                .longValueExact(), currency);
    }

    /** This amount times numerator ÷ denominator (e.g. a rate per hour times minutes ÷ 60), rounded half up once. */
    public Money times(long numerator, long denominator) {
        return new Money(BigDecimal.valueOf(minor).multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP).longValueExact(), currency);
    }

    /** Converted at {@code rate} units of {@code target} per unit of this currency, rounded half up. */
    public Money convert(BigDecimal rate, String target) {
        return new Money(BigDecimal.valueOf(minor).multiply(rate).setScale(0, RoundingMode.HALF_UP)
                .longValueExact(), target);
    }

    /**
     * The amount of {@code target} that converts to at most this amount at {@code rate} units of this currency per
     * unit of target: this ÷ rate, rounded down (so converting back never exceeds this).
     */
    public Money convertDownFrom(BigDecimal rate, String target) {
        return new Money(BigDecimal.valueOf(minor).divide(rate, 0, RoundingMode.DOWN).longValueExact(), target);
    }

    public Money min(Money other) {
        requireSameCurrency(other);
        return minor <= other.minor ? this : other;
    }

    public boolean isPositive() {
        return minor > 0;
    }

    /** The amount in major units as a plain decimal string, e.g. 12345 → "123.45". */
    public String toDecimalString() {
        return BigDecimal.valueOf(minor, DECIMALS).toPlainString();
    }

    /** Parses a decimal amount in major units ("123.45", "123,45", "123") into minor units. */
    public static Money parse(String decimal, String currency) {
        BigDecimal value = new BigDecimal(decimal.strip().replace(',', '.'));
        if (value.scale() > DECIMALS) {
            throw new NumberFormatException("more than " + DECIMALS + " decimals");
        }
        return new Money(value.movePointRight(DECIMALS).longValueExact(), currency);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " and " + other.currency);
        }
    }
}
