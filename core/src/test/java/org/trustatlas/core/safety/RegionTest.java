package org.trustatlas.core.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegionTest {

  @Test
  void acceptsAnyCaseAndSurroundingSpace() {
    assertThat(Region.of(" gb ")).isEqualTo(new Region("GB"));
  }

  @Test
  void intlIsTheInternationalDirectory() {
    assertThat(Region.of("intl").international()).isTrue();
    assertThat(Region.of("AU").international()).isFalse();
  }

  @Test
  void ukIsRejectedWithAHintTowardsGb() {
    assertThatThrownBy(() -> Region.of("UK"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'UK'")
        .hasMessageContaining("did you mean 'GB'?");
  }

  @Test
  void aCodeThatIsNoCountryNamesTheBadValueAndTheValidForm() {
    assertThatThrownBy(() -> Region.of("XYZ"))
        .hasMessageContaining("'XYZ'")
        .hasMessageContaining("ISO 3166 alpha-2")
        .hasMessageContaining("INTL");
  }
}
