package org.trustatlas.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trustatlas.content.input.PackProblem;

/** One broken {@code resources.yaml} per kind of problem, each asserting where it is reported and what it says. */
class ResourcesValidationTest {

  @TempDir Path temp;

  private PackFixture pack() {
    return PackFixture.minimal(temp).withGuidance();
  }

  @Test
  void theUkRegionIsReportedWithGb() {
    PackFixture pack = pack().replace("resources.yaml", "  - region: \"GB\"", "  - region: \"UK\"");
    assertThat(pack.problems()).containsExactly(new PackProblem("resources.yaml", 7, 5, "/emergencyNumbers/1/region",
        "region 'UK' is not an ISO 3166 alpha-2 country code; did you mean 'GB'?; use a code such as US, CA, GB, AU,"
            + " or INTL for the international directory"));
  }

  @Test
  void aResourceWithoutSourceUrlIsReportedAtItsEntry() {
    PackFixture pack = pack().replace("resources.yaml", "    sourceUrl: \"https://refuge.org.uk/news/"
        + "refuge-response-to-home-secretary-announcement-of-support-for-domestic-abuse-victims\"\n", "");
    assertThat(pack.problems()).containsExactly(new PackProblem("resources.yaml", 13, 5, "/resources/0",
        "missing required field 'sourceUrl'"));
  }

  @Test
  void aLastVerifiedThatIsNoDateIsReportedWithTheFormat() {
    PackFixture pack = pack().replace("resources.yaml", "    lastVerified: 2026-11-24\n    certainty: high",
        "    lastVerified: 2026-13-01\n    certainty: high");
    assertThat(pack.problems()).containsExactly(new PackProblem("resources.yaml", 23, 5, "/resources/0/lastVerified",
        "lastVerified '2026-13-01' is not a date; write the day the details were last checked as YYYY-MM-DD,"
            + " such as 2026-11-24"));
  }

  @Test
  void aChannelCoreRefusesIsReportedAtTheChannel() {
    PackFixture pack = pack().replace("resources.yaml", "value: \"https://www.hotpeachpages.net\"",
        "value: \"www.hotpeachpages.net\"");
    assertThat(pack.problems()).containsExactly(new PackProblem("resources.yaml", 43, 9, "/resources/2/channels/0",
        "web channel value 'www.hotpeachpages.net' must be an http(s) address"));
  }

  @Test
  void aMinimumAgeThatIsNoChildsAgeIsReportedAtTheField() {
    PackFixture pack = pack().replace("resources.yaml", "    lastVerified: 2026-11-24\n    certainty: high",
        "    minimumAge: 40\n    lastVerified: 2026-11-24\n    certainty: high");
    assertThat(pack.problems()).containsExactly(new PackProblem("resources.yaml", 23, 5, "/resources/0/minimumAge",
        "minimumAge 40 is not the youngest age of a service's own audience; write a whole number from 1 to 18, such"
            + " as 16, or leave it out when the service takes any age"));
  }

  /** The range's edges: 1 and 18 are read, 0 and 19 reported with the one wording core uses too. */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 18, 19})
  void aMinimumAgeIsReadFromOneToEighteen(int age) {
    PackFixture pack = pack().replace("resources.yaml", "    lastVerified: 2026-11-24\n    certainty: high",
        "    minimumAge: " + age + "\n    lastVerified: 2026-11-24\n    certainty: high");
    if (age == 1 || age == 18) {
      assertThat(pack.problems()).as("age " + age).isEmpty();
    } else {
      assertThat(pack.problems()).as("age " + age).containsExactly(new PackProblem("resources.yaml", 23, 5,
          "/resources/0/minimumAge", "minimumAge " + age + " is not the youngest age of a service's own audience; "
              + "write a whole number from 1 to 18, such as 16, or leave it out when the service takes any age"));
    }
  }

  @Test
  void aMinimumAgeInWordsIsReportedAtTheField() {
    PackFixture pack = pack().replace("resources.yaml", "    lastVerified: 2026-11-24\n    certainty: high",
        "    minimumAge: sixteen\n    lastVerified: 2026-11-24\n    certainty: high");
    assertThat(pack.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.file()).isEqualTo("resources.yaml");
      assertThat(problem.line()).isEqualTo(23);
      assertThat(problem.pointer()).isEqualTo("/resources/0/minimumAge");
    });
  }

  @Test
  void aDirectoryWithoutAnInternationalEmergencyNumberIsReported() {
    PackFixture pack = pack().replace("resources.yaml", "  - region: \"INTL\"", "  - region: \"IE\"");
    assertThat(pack.problems()).containsExactly(new PackProblem("resources.yaml", 1, 1, "/emergencyNumbers",
        "no INTL entry: the directory needs an international emergency number to fall back to for regions it does"
            + " not list"));
  }

  @Test
  void aDuplicateResourceIdIsReportedAtTheSecondResource() {
    PackFixture pack = pack().replace("resources.yaml", "id: gb-mens-advice-line",
        "id: gb-national-domestic-abuse-helpline");
    assertThat(pack.problems()).containsExactly(new PackProblem("resources.yaml", 25, 5, "/resources/1/id",
        "duplicate resource id 'gb-national-domestic-abuse-helpline'"));
  }

  @Test
  void aLowCertaintyServiceKeepsItsVerifyNote() {
    TrustAtlas atlas = TrustAtlas.load(pack().folder());
    assertThat(atlas.resourceDirectory().resource("gb-mens-advice-line")).get().satisfies(r ->
        assertThat(r.verifyNote()).get().asString().startsWith("Not confirmed from an official source (last checked"
            + " 2026-11-24): verify this on the service's own website"));
    assertThat(atlas.resourceDirectory().resource("gb-national-domestic-abuse-helpline").orElseThrow().verifyNote())
        .isEmpty();
  }
}
