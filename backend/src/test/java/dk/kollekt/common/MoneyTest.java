package dk.kollekt.common;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void perUnitAmountsRoundHalfUpToWholeOere() {
        assertThat(Money.of(1250, "DKK").times(new BigDecimal("12.4")).minor()).isEqualTo(15500);
        assertThat(Money.of(333, "DKK").times(new BigDecimal("1.5")).minor()).isEqualTo(500); // 499.5 → 500
        assertThat(Money.of(333, "DKK").times(new BigDecimal("1.49")).minor()).isEqualTo(496); // 496.17 → 496
        assertThat(Money.of(1, "DKK").times(new BigDecimal("0.5")).minor()).isEqualTo(1);
        assertThat(Money.of(1, "DKK").times(new BigDecimal("0.49")).minor()).isZero();
        assertThat(Money.of(500, "NOK").times(BigDecimal.ZERO).minor()).isZero();
    }

    @Test
    void conversionRoundsHalfUpAndConvertingDownNeverExceeds() {
        BigDecimal nokToDkk = new BigDecimal("0.6450");
        assertThat(Money.of(10000, "NOK").convert(nokToDkk, "DKK")).isEqualTo(Money.of(6450, "DKK"));
        assertThat(Money.of(1, "NOK").convert(nokToDkk, "DKK").minor()).isEqualTo(1); // 0.645 → 1

        Money maxDkk = Money.of(10_000_000, "DKK");
        Money maxNok = maxDkk.convertDownFrom(nokToDkk, "NOK");
        assertThat(maxNok.convert(nokToDkk, "DKK").minor()).isLessThanOrEqualTo(maxDkk.minor());
        assertThat(maxNok.minor()).isEqualTo(15_503_875); // 10,000,000 / 0.645 = 15,503,875.97…, rounded down
    }

    @Test
    void capsAndSumsStayInOneCurrency() {
        assertThat(Money.of(15500, "DKK").min(Money.of(10000, "DKK")).minor()).isEqualTo(10000);
        assertThat(Money.of(100, "SEK").plus(Money.of(250, "SEK"))).isEqualTo(Money.of(350, "SEK"));
        assertThatThrownBy(() -> Money.of(100, "SEK").plus(Money.of(1, "DKK")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(100, "EUR")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decimalStringsParseAndPrintInMajorUnits() {
        assertThat(Money.parse("150,00", "DKK").minor()).isEqualTo(15000);
        assertThat(Money.parse("99.5", "DKK").minor()).isEqualTo(9950);
        assertThat(Money.parse("42", "NOK").minor()).isEqualTo(4200);
        assertThat(Money.of(12345, "DKK").toDecimalString()).isEqualTo("123.45");
        assertThatThrownBy(() -> Money.parse("1.234", "DKK")).isInstanceOf(NumberFormatException.class);
    }
}
