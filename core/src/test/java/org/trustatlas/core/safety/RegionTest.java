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
  void anAlpha3CodeSuggestsItsAlpha2Country() {
    assertThatThrownBy(() -> Region.of("usa")).hasMessageContaining("did you mean 'US'?");
    assertThatThrownBy(() -> Region.of("GBR")).hasMessageContaining("did you mean 'GB'?");
    assertThatThrownBy(() -> Region.of("AUS")).hasMessageContaining("did you mean 'AU'?");
  }

  @Test
  void aCodeThatIsNoCountryNamesTheBadValueAndTheValidForm() {
    assertThatThrownBy(() -> Region.of("XYZ"))
        .hasMessageNotContaining("did you mean")
        .hasMessageContaining("'XYZ'")
        .hasMessageContaining("ISO 3166 alpha-2")
        .hasMessageContaining("INTL");
  }
}
