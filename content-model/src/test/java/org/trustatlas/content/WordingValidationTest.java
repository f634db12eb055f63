package org.trustatlas.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustatlas.content.input.PackLoadException;
import org.trustatlas.content.input.PackProblem;
import org.trustatlas.content.read.PlanSection;
import org.trustatlas.content.read.Wording;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.SafetyLevel;
import org.trustatlas.core.safety.ServiceType;

/**
 * {@code wording.yaml}: the bundled one has words for every role, flag, service type and section;
 * a pack without one inherits it; one broken file per kind of problem, each reported in place, and
 * a broken file loads nothing.
 */
class WordingValidationTest {

  @TempDir Path temp;

  private final Wording bundled = TrustAtlas.bundled().wording();

  /** The minimal pack with its own guidance and a copy of the bundled wording, to break. */
  private PackFixture pack() {
    try {
      String wording = Files.readString(BundledPack.folder().resolve("wording.yaml"));
      return PackFixture.minimal(temp).withGuidance().append("wording.yaml", wording);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theBundledWordingHasWordsForEveryRoleFlagServiceTypeAndSection() {
    for (ReaderRole role : ReaderRole.values()) {
      assertThat(bundled.choice(role)).as("%s", role).isNotBlank();
      assertThat(bundled.name(role)).as("%s", role).isNotBlank();
    }
    assertThat(bundled.questions()).extracting(Wording.Question::flag).containsExactlyInAnyOrder(SafetyFlag.values());
    for (ServiceType type : ServiceType.values()) {
      assertThat(bundled.name(type)).as("%s", type).isNotBlank();
    }
    for (PlanSection section : PlanSection.values()) {
      assertThat(bundled.heading(section)).as("%s", section).isNotBlank();
    }
  }

  /**
   * A guard, not a review: words that put the harm on the person harmed, in what the hurt partner,
   * the survivor and the supporter pick and in every safety question, fail the build.
   */
  @Test
  void nothingPutToAPersonHarmedMakesThemResponsibleForTheHarm() {
    List<String> blaming = List.of("your fault", "you caused", "you provoked", "provok", "you let ", "you allowed",
        "deserve", "why did you", "what did you do", "you should have", "your part in");
    List<String> texts = new java.util.ArrayList<>();
    for (ReaderRole role : List.of(ReaderRole.HURT_PARTNER, ReaderRole.SURVIVOR, ReaderRole.SUPPORTER)) {
      texts.add(bundled.choice(role));
      texts.add(bundled.name(role));
    }
    bundled.questions().forEach(q -> texts.add(q.question()));
    for (String text : texts) {
      assertThat(blaming).as(text).noneMatch(words -> text.toLowerCase(java.util.Locale.ROOT).contains(words));
    }
  }

  @Test
  void dangerNowIsTheFirstQuestionAsked() {
    assertThat(bundled.questions().get(0).flag()).isEqualTo(SafetyFlag.IMMEDIATE_DANGER);
  }

  @Test
  void aBlockLedByTheEmergencyNumberIsHeadedSafetyFirst() {
    assertThat(bundled.heading(SafetyLevel.EMERGENCY)).isEqualTo(bundled.heading(PlanSection.SAFETY_FIRST));
    assertThat(bundled.heading(SafetyLevel.PARTNER_HARM)).isEqualTo(bundled.heading(PlanSection.SAFETY_FIRST));
    assertThat(bundled.heading(SafetyLevel.UNSCREENED)).isEqualTo(bundled.heading(PlanSection.SAFETY));
  }

  @Test
  void aRegionIsNamedByItsCountryOrAsTheInternationalDirectory() {
    assertThat(bundled.name(Region.of("GB"))).isEqualTo("United Kingdom");
    assertThat(bundled.name(Region.INTERNATIONAL)).isEqualTo(bundled.international());
    assertThat(bundled.unplaced("  Narnia ")).contains("'Narnia'").doesNotContain(Wording.GIVEN);
  }

  @Test
  void aPackWithoutWordingInheritsTheBundledOne() {
    TrustAtlas atlas = TrustAtlas.load(PackFixture.minimal(temp).withGuidance().folder());
    assertThat(atlas.wording()).isEqualTo(bundled);
  }

  @Test
  void aPacksOwnWordingIsTheOneItShows() {
    PackFixture pack = pack().replace("wording.yaml", "\"We are reading this together\"",
        "\"The two of us are reading this\"");
    assertThat(TrustAtlas.load(pack.folder()).wording().choice(ReaderRole.BOTH))
        .isEqualTo("The two of us are reading this");
  }

  @Test
  void aMissingRoleIsReportedAtTheListAndNothingLoads() {
    PackFixture pack = pack().replace("wording.yaml", "  - role: supporter\n    choice: \"I am supporting someone "
        + "else\"\n    name: \"someone supporting another person\"\n", "");
    assertThat(pack.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("wording.yaml");
      assertThat(p.line()).isPositive();
      assertThat(p.pointer()).isEqualTo("/roles");
      assertThat(p.message()).isEqualTo("no words for role 'supporter': add an entry with role: supporter");
    });
    assertThatThrownBy(() -> TrustAtlas.load(pack.folder())).isInstanceOf(PackLoadException.class);
  }

  @Test
  void aMissingFlagIsReportedAtTheList() {
    PackFixture pack = pack().replace("wording.yaml", "  - flag: coercive-control\n", "  - flag: ongoing-abuse\n");
    assertThat(pack.problems()).extracting(PackProblem::pointer, PackProblem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("/flags", "no words for safety flag 'coercive-control': add an entry "
            + "with flag: coercive-control"),
        org.assertj.core.groups.Tuple.tuple("/flags/4/flag", "duplicate safety flag 'ongoing-abuse': each has its "
            + "words once"));
  }

  @Test
  void aMisspeltRoleIsReportedWithTheNearestRole() {
    PackFixture pack = pack().replace("wording.yaml", "role: survivor", "role: survivr");
    assertThat(pack.problems()).anySatisfy(p -> {
      assertThat(p.pointer()).isEqualTo("/roles/3/role");
      assertThat(p.message()).endsWith("did you mean 'survivor'?");
    });
  }

  @Test
  void anUnknownKeyIsReportedWithTheNearestField() {
    PackFixture pack = pack().replace("wording.yaml", "    question: \"Are you in danger right now?\"",
        "    questoin: \"Are you in danger right now?\"");
    assertThat(pack.problems()).anySatisfy(p -> {
      assertThat(p.pointer()).isEqualTo("/flags/0/questoin");
      assertThat(p.message()).startsWith("unknown field 'questoin'").contains("did you mean 'question'?");
    });
  }

  @Test
  void anUnknownTopLevelKeyIsReportedWithTheNearestField() {
    PackFixture pack = pack().append("wording.yaml", "sectoins: []\n");
    assertThat(pack.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/sectoins");
      assertThat(p.message()).contains("did you mean 'sections'?");
    });
  }

  @Test
  void anEmptyTextIsReportedAtItsField() {
    PackFixture pack = pack().replace("wording.yaml", "    heading: \"Where this can lead\"", "    heading: \" \"");
    assertThat(pack.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/sections/8/heading");
      assertThat(p.message()).isEqualTo("empty text: write the words a reader sees");
    });
  }

  @Test
  void markupInATextIsReported() {
    PackFixture pack = pack().replace("wording.yaml", "\"Does your partner scare you?\"",
        "\"Does your partner <b>scare</b> you?\"");
    assertThat(pack.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/flags/2/question");
      assertThat(p.message()).contains("markup");
    });
  }

  @Test
  void aFormThatDoesNotAskAboutDangerFirstIsRefused() {
    PackFixture pack = pack().replace("wording.yaml", "  - flag: immediate-danger\n    question: \"Are you in danger "
        + "right now?\"\n    name: \"danger now\"\n", "").append("wording.yaml", "");
    pack.replace("wording.yaml", "    name: \"sexual pressure or force by a partner\"\n",
        "    name: \"sexual pressure or force by a partner\"\n  - flag: immediate-danger\n    question: \"Are you in "
            + "danger right now?\"\n    name: \"danger now\"\n");
    assertThat(pack.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/flags/0/flag");
      assertThat(p.message()).startsWith("the first safety question must be immediate-danger's");
    });
  }

  @Test
  void anUnplacedRegionTextWithoutWhereTheReadersWordsGoIsReported() {
    PackFixture pack = pack().replace("wording.yaml", "This atlas cannot place '{given}'", "This atlas cannot place it");
    assertThat(pack.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/regions/unplaced");
      assertThat(p.message()).contains("{given}");
    });
  }

  @Test
  void everyProblemOfTheFileIsReportedAtOnce() {
    PackFixture pack = pack().replace("wording.yaml", "role: survivor", "role: survivr")
        .replace("wording.yaml", "    heading: \"Sexual health\"", "    heading: \"\"");
    List<PackProblem> problems = pack.problems();
    assertThat(problems).extracting(PackProblem::pointer).contains("/roles/3/role", "/services/6/heading");
  }
}
