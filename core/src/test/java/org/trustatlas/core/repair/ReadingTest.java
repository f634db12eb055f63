package org.trustatlas.core.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.ChallengeFamily;
import org.trustatlas.core.safety.SampleConcepts;

/** Who a plan is written for, and how each step is framed for them. */
class ReadingTest {

  private static final Challenge ABUSE = SampleConcepts.challenge("abuse", ChallengeFamily.PARTNER_HARM);
  private static final Challenge AFFAIR = SampleConcepts.challenge("affair", ChallengeFamily.RELATIONAL_BETRAYAL);
  private static final Challenge ADDICTION = SampleConcepts.challenge("addiction", ChallengeFamily.INDIVIDUAL);

  @Test
  void thePartnerWhoBrokeTrustReadingAboutHarmIsThePartnerWhoUsedHarm() {
    assertThat(ReaderRole.INVOLVED_PARTNER.readingAs(List.of(ABUSE))).isEqualTo(ActorRole.USING_HARM);
    assertThat(ReaderRole.INVOLVED_PARTNER.readingAs(List.of(AFFAIR, ABUSE))).isEqualTo(ActorRole.USING_HARM);
    assertThat(ReaderRole.INVOLVED_PARTNER.readingAs(List.of(AFFAIR))).isEqualTo(ActorRole.INVOLVED_PARTNER);
    assertThat(ReaderRole.USING_HARM.readingAs(List.of(AFFAIR))).isEqualTo(ActorRole.USING_HARM);
    assertThat(ReaderRole.parse("using-harm")).isEqualTo(ReaderRole.USING_HARM);
  }

  @Test
  void aStepForSomeoneElseIsWhatYourPartnerCanDoNeverYours() {
    Reading hurt = Reading.of(ReaderRole.HURT_PARTNER, List.of(AFFAIR));
    assertThat(Framing.whose(ActorRole.INVOLVED_PARTNER, hurt)).isEqualTo("What your partner can do");
    assertThat(Framing.whose(ActorRole.HURT_PARTNER, hurt)).isEqualTo("Your step, if and when you choose");
    assertThat(Framing.whose(ActorRole.BOTH, hurt)).doesNotContain("yours").doesNotStartWith("Your step");
    assertThat(hurt.owns(ActorRole.BOTH)).isFalse();
    assertThat(Reading.of(ReaderRole.BOTH, List.of(AFFAIR)).owns(ActorRole.BOTH)).isTrue();
  }

  @Test
  void theTwoPartnersAreNamedForTheKindOfChallenge() {
    Reading addiction = Reading.of(ReaderRole.BOTH, List.of(ADDICTION));
    assertThat(Framing.whose(ActorRole.INVOLVED_PARTNER, addiction)).isEqualTo("For the partner living with addiction");
    assertThat(Reading.of(ReaderRole.HURT_PARTNER, List.of(ADDICTION)).audience()).isEqualTo("the other partner");
    assertThat(Reading.of(ReaderRole.INVOLVED_PARTNER, List.of(ABUSE)).audience())
        .isEqualTo("the partner who used harm and wants to stop");
  }

  @Test
  void thePartnerWhoUsedHarmOwnsOnlyTheirOwnAndIndividualSteps() {
    Reading usingHarm = Reading.of(ReaderRole.USING_HARM, List.of(ABUSE));
    assertThat(usingHarm.owns(ActorRole.USING_HARM)).isTrue();
    assertThat(usingHarm.owns(ActorRole.SURVIVOR)).isFalse();
    assertThat(Framing.whose(ActorRole.SURVIVOR, usingHarm)).isEqualTo("Your partner's choice");
    assertThat(Framing.role(ActorRole.USING_HARM, usingHarm)).contains("your responsibility")
        .doesNotContainIgnoringCase("fault");
  }
}
