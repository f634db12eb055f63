package org.trustatlas.core.repair;

import java.util.Comparator;
import java.util.List;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.ChallengeFamily;

/**
 * Who one plan is written for: the reader's role, the role whose steps are theirs (the partner who
 * broke trust, reading about harm, is the partner who used harm), and how this kind of challenge
 * names the two partners (after an affair, "the partner who broke trust"; with an addiction, "the
 * partner living with addiction").
 */
record Reading(ReaderRole role, ActorRole as, String involved, String hurt, ChallengeFamily family) {

  /** Families in the order they decide how partners are named when a plan has several. */
  private static final List<ChallengeFamily> NAMING = List.of(ChallengeFamily.PARTNER_HARM,
      ChallengeFamily.RELATIONAL_BETRAYAL, ChallengeFamily.INDIVIDUAL, ChallengeFamily.STRUCTURAL,
      ChallengeFamily.PAST_TRAUMA, ChallengeFamily.COGNITIVE, ChallengeFamily.EXTERNAL_STRESSOR);

  static Reading of(ReaderRole role, List<Challenge> challenges) {
    ActorRole as = role.readingAs(challenges);
    Challenge lead = challenges.stream().min(Comparator.comparingInt(c -> NAMING.indexOf(c.family()))).orElseThrow();
    return switch (lead.family()) {
      case PARTNER_HARM -> new Reading(role, as, "the partner who used harm", "the partner who was harmed",
          lead.family());
      case INDIVIDUAL -> new Reading(role, as, "the partner living with " + Framing.lowerFirst(lead.label()),
          "the other partner", lead.family());
      case STRUCTURAL -> new Reading(role, as, "the partner with more say", "the partner with less say",
          lead.family());
      default -> new Reading(role, as, "the partner who broke trust", "the partner who was hurt", lead.family());
    };
  }

  /** Whether a step with this actor is the reader's own. */
  boolean owns(ActorRole actor) {
    return ReaderRole.owns(as, actor);
  }

  /** "for the partner who was hurt", as a plan's heading says whom it is for. */
  String audience() {
    return switch (role) {
      case HURT_PARTNER -> hurt;
      case INVOLVED_PARTNER -> as == ActorRole.USING_HARM ? "the partner who used harm and wants to stop" : involved;
      // Harm by a partner is never a problem for the couple to work on together.
      case BOTH -> family == ChallengeFamily.PARTNER_HARM ? "each partner, reading apart" : "both partners together";
      case SURVIVOR -> "someone who was harmed";
      case SUPPORTER -> "someone supporting another person";
      case USING_HARM -> "a partner who has used harm and wants to stop";
    };
  }
}
