package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResourcesCommandTest {

  @Test
  void listsTheEmergencyNumberFirstThenServicesByTypeWithTheirSource() {
    AtlasRun.Result result = AtlasRun.piped().run("resources", "--region", "GB");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("In an emergency, call 999 (United Kingdom).\n");
    assertThat(result.out()).contains("Domestic abuse and violence\n  National Domestic Abuse Helpline (Refuge) (Domestic abuse and violence)");
    assertThat(result.out().replaceAll("\\s+", " "))
        .contains("Scotland's Domestic Abuse and Forced Marriage Helpline (Domestic abuse and violence, Scotland)")
        .contains("Galop LGBT+ Domestic Abuse Helpline (Domestic abuse and violence) For LGBTQ+ people.")
        .contains("https://gov.uk/government/news/refuge-awarded-grant-to-operate-domestic-abuse-helpline");
  }

  @Test
  void aTypeNarrowsTheListAndCommonNamesOfTheCountryWork() {
    AtlasRun.Result result = AtlasRun.piped().run("resources", "--region", "United Kingdom", "--type",
        "behaviour-change");

    assertThat(result.out()).contains("Respect Phoneline").doesNotContain("Samaritans");
  }

  @Test
  void aLowCertaintyNumberComesWithItsNoteToVerify() {
    AtlasRun.Result result = AtlasRun.piped().run("resources", "--region", "CA", "--type", "domestic-violence");

    assertThat(result.out()).contains("Assaulted Women's Helpline (Domestic abuse and violence, Ontario)")
        .contains("Verify first: Not confirmed from an official source");
  }

  @Test
  void aRegionItCannotPlaceGetsTheInternationalDirectoryAndEveryCoveredCountrysNumber() {
    AtlasRun.Result result = AtlasRun.piped().run("resources", "--region", "ZZ");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("In an emergency, call 112 (international).\n"
        + "  By country: United States 911, Canada 911, United Kingdom 999, Australia 000,\n"
        + "  New Zealand 111, Ireland 112 or 999, India 112, South Africa 10111, Singapore\n"
        + "  999.\n");
    assertThat(result.out()).contains("This atlas cannot place 'ZZ'");
  }

  @Test
  void newZealandIrelandAndIndiaGetTheirOwnNumberFirstAndServicesOfTheirOwn() {
    AtlasRun.Result nz = AtlasRun.piped().run("resources", "--region", "New Zealand");
    AtlasRun.Result ie = AtlasRun.piped().run("resources", "--region", "IE");
    AtlasRun.Result in = AtlasRun.piped().run("resources", "--region", "India");

    assertThat(nz.exitCode()).isZero();
    assertThat(nz.out()).startsWith("In an emergency, call 111 (New Zealand).\n").doesNotContain("By country");
    assertThat(nz.out()).contains("Women's Refuge Crisisline", "Safe to talk", "1737, Need to talk?")
        .doesNotContain("International Hot Peach Pages (Domestic");
    assertThat(ie.out()).startsWith("In an emergency, call 112 or 999 (Ireland).\n")
        .contains("Women's Aid 24hr National Freephone Helpline", "National Rape Crisis Helpline", "Samaritans Ireland")
        .doesNotContain("International Hot Peach Pages (Domestic");
    assertThat(in.out()).startsWith("In an emergency, call 112 (India).\n");
  }

  @Test
  void theUnWomenKnowledgeCentreIsListedOnlyAsADirectory() {
    AtlasRun.Result result = AtlasRun.piped().run("resources", "--region", "INTL");

    assertThat(result.out().replaceAll("\\s+", " "))
        .contains("UN Women Virtual Knowledge Centre to End Violence against Women and Girls (Directory of services)")
        .doesNotContain("Girls (Domestic abuse and violence)").doesNotContain("Girls (Sexual assault and rape)");
  }

  @Test
  void jsonIsTheApisShapeAndFollowsItsSchema() {
    AtlasRun.Result result = AtlasRun.piped().run("resources", "--region", "AU", "--json");
    AtlasRun.Result unknown = AtlasRun.piped().run("resources", "--region", "FR", "--json");

    assertThat(Schemas.errorsIn(result.out(), "resources")).isEmpty();
    assertThat(result.out()).contains("\"region\" : \"AU\"", "\"id\" : \"au-mens-referral-service\"");
    assertThat(Schemas.errorsIn(unknown.out(), "resources")).isEmpty();
    assertThat(unknown.out()).contains("\"elsewhere\" : [");
  }

  @Test
  void anUnknownTypeIsAUsageErrorNamingTheValidOnes() {
    AtlasRun.Result result = AtlasRun.piped().run("resources", "--type", "crisis");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("unknown service type 'crisis'").contains("crisis-line");
  }
}
