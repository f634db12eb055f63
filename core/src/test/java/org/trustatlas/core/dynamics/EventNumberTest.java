package org.trustatlas.core.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventNumberTest {

  @Test
  void describesAValueAsTwoDecimalsWithoutTrailingZerosExactlyAsPercentTwoFDid() {
    SplittableRandom random = new SplittableRandom(5);
    for (int n = 0; n < 250_000; n++) {
      double value = switch (n % 5) {
        case 0 -> random.nextDouble();                           // any value in (0, 1]
        case 1 -> Math.round(random.nextDouble() * 1000) / 1000.0; // three decimals: halves to round
        case 2 -> random.nextInt(1, 200) + random.nextInt(0, 1000) / 1000.0;
        case 3 -> random.nextInt(0, 1000) / 200.0;                 // exact halves such as 0.125
        default -> -random.nextDouble() * random.nextInt(1, 2000);  // negative, and past a thousand
      };
      assertThat(Event.number(value)).as("%s", value).isEqualTo(formatted(value));
    }
    for (double value : List.of(0.0, 1.0, 0.5, 0.005, 0.015, 0.125, 0.995, 1.005, 9.995, 99.999, 10.0, 100.0,
        0.1 + 0.2, -0.005, -2.675, 0.0004, 1.5e-7, 12_345_678.905, 1e300)) {
      assertThat(Event.number(value)).as("%s", value).isEqualTo(formatted(value));
    }
    assertThat(Event.number(0.8)).isEqualTo("0.8");
    assertThat(Event.number(1.0)).isEqualTo("1");
    // Where %.2f wrote "-0", a value that rounds to nothing has no sign.
    assertThat(Event.number(-0.0)).isEqualTo("0");
    assertThat(Event.number(-0.004)).isEqualTo("0");
  }

  /** What the descriptions were written with before: {@code %.2f}, trailing zeros and point dropped. */
  private static String formatted(double value) {
    return String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
