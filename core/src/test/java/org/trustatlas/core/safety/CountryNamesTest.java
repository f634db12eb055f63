package org.trustatlas.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountryNamesTest {

  @Test
  void namesEveryCountryTheJdkKnowsInEnglish() {
    assertThat(CountryNames.all().keySet()).containsAll(java.util.List.of(Locale.getISOCountries()));
    assertThat(CountryNames.all().values()).allSatisfy(name -> assertThat(name).isNotBlank().doesNotContain("\t"));
    assertThat(CountryNames.of("GB")).isEqualTo("United Kingdom");
    assertThat(CountryNames.of("US")).isEqualTo("United States");
    assertThat(CountryNames.of("NZ")).isEqualTo("New Zealand");
    assertThat(CountryNames.of("CI")).isEqualTo("Côte d’Ivoire");
  }

  @Test
  void aReaderStillReachesACountryByItsName() {
    assertThat(Region.recognise("united kingdom")).contains(Region.of("GB"));
    assertThat(Region.recognise("Cote d'Ivoire")).contains(Region.of("CI"));
    assertThat(Region.recognise("new zealand")).contains(Region.of("NZ"));
  }
}
