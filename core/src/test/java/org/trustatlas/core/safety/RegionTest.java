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
  void ukMeansGreatBritainBecauseThatIsWhatReadersWrite() {
    assertThat(Region.of("UK")).isEqualTo(new Region("GB"));
    assertThat(Region.of("uk")).isEqualTo(new Region("GB"));
  }

  @Test
  void alpha3CodesMapToTheirCountry() {
    assertThat(Region.of("usa")).isEqualTo(new Region("US"));
    assertThat(Region.of("GBR")).isEqualTo(new Region("GB"));
    assertThat(Region.of("AUS")).isEqualTo(new Region("AU"));
    assertThat(Region.of("can")).isEqualTo(new Region("CA"));
  }

  @Test
  void commonNamesOfCountriesAndOfThePartsOfTheUkMap() {
    for (String name : new String[] {"United Kingdom", "England", "Scotland", "Wales", "Northern Ireland",
        "Great Britain", "britain"}) {
      assertThat(Region.of(name)).as(name).isEqualTo(new Region("GB"));
    }
    for (String name : new String[] {"USA", "U.S.A.", "America", "United States", "the United States"}) {
      assertThat(Region.of(name)).as(name).isEqualTo(new Region("US"));
    }
    assertThat(Region.of("Australia")).isEqualTo(new Region("AU"));
    assertThat(Region.of("canada")).isEqualTo(new Region("CA"));
    assertThat(Region.of("France")).isEqualTo(new Region("FR"));
  }

  @Test
  void newZealandIrelandAndIndiaAreUnderstoodByTheNamesReadersThereWrite() {
    for (String name : new String[] {"New Zealand", "new zealand", "Aotearoa", "Aotearoa New Zealand", "NZL"}) {
      assertThat(Region.of(name)).as(name).isEqualTo(new Region("NZ"));
    }
    for (String name : new String[] {"Ireland", "Republic of Ireland", "Éire", "Eire", "IRL"}) {
      assertThat(Region.of(name)).as(name).isEqualTo(new Region("IE"));
    }
    for (String name : new String[] {"India", "Bharat", "IND"}) {
      assertThat(Region.of(name)).as(name).isEqualTo(new Region("IN"));
    }
    assertThat(Region.of("Northern Ireland")).as("Northern Ireland stays in the UK").isEqualTo(new Region("GB"));
  }

  @Test
  void somethingThatNamesNoCountryIsEmptyToRecogniseAndAnErrorToOf() {
    assertThat(Region.recognise("ZZ")).isEmpty();
    assertThat(Region.recognise("Narnia")).isEmpty();
    assertThat(Region.recognise(" ")).isEmpty();
    assertThatThrownBy(() -> Region.of("XYZ"))
        .hasMessageContaining("'XYZ'")
        .hasMessageContaining("ISO 3166")
        .hasMessageContaining("INTL");
  }

  @Test
  void aPackFileMustWriteTheCodeExactly() {
    assertThatThrownBy(() -> new Region("UK")).hasMessageContaining("'UK' is not an ISO 3166 alpha-2 country code");
    assertThatThrownBy(() -> new Region("gb")).hasMessageContaining("'gb'");
  }
}
