package org.trustatlas.core.repair;

import static org.trustatlas.core.model.ActorRole.BOTH;
import static org.trustatlas.core.model.ActorRole.HURT_PARTNER;
import static org.trustatlas.core.model.ActorRole.INDIVIDUAL;
import static org.trustatlas.core.model.ActorRole.INVOLVED_PARTNER;
import static org.trustatlas.core.model.ActorRole.SURVIVOR;
import static org.trustatlas.core.model.ChallengeFamily.COGNITIVE;
import static org.trustatlas.core.model.ChallengeFamily.EXTERNAL_STRESSOR;
import static org.trustatlas.core.model.ChallengeFamily.PARTNER_HARM;
import static org.trustatlas.core.model.ChallengeFamily.PAST_TRAUMA;
import static org.trustatlas.core.model.ChallengeFamily.RELATIONAL_BETRAYAL;
import static org.trustatlas.core.model.ChallengeFamily.STRUCTURAL;
import static org.trustatlas.core.safety.SampleConcepts.Trait.ADJUNCT;
import static org.trustatlas.core.safety.SampleConcepts.Trait.CONJOINT;
import static org.trustatlas.core.safety.SampleConcepts.Trait.FAULT;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.Aggravator;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.ChallengeFamily;
import org.trustatlas.core.model.Citations;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.model.ConceptInfo;
import org.trustatlas.core.model.DevelopmentPractice;
import org.trustatlas.core.model.EmotionalResponse;
import org.trustatlas.core.model.Outcome;
import org.trustatlas.core.model.Phase;
import org.trustatlas.core.model.ReactiveBehavior;
import org.trustatlas.core.model.RebuildingStrategy;
import org.trustatlas.core.model.RecoveryRequirement;
import org.trustatlas.core.model.Resource;
import org.trustatlas.core.model.SentenceRef;
import org.trustatlas.core.model.TrustDimension;
import org.trustatlas.core.model.TrustFoundation;
import org.trustatlas.core.model.Valence;
import org.trustatlas.core.safety.SampleConcepts.Trait;

/**
 * The concepts of the fixture pack, with the ids and attributes the bundled pack uses. Two naive
 * strategies a careless pack might contain (a "both own your mistakes" step) prove the gate, not
 * the data, keeps readers safe.
 */
final class FixtureConcepts {

  private FixtureConcepts() {}

  static List<Concept> all() {
    return Stream.of(foundations(), challenges(), phases(), strategies(), endings(), resources())
        .flatMap(List::stream).toList();
  }

  private static List<Concept> foundations() {
    return List.of(
        new TrustDimension(info("sexual-trust", "Sexual trust", "Feeling safe to be open in intimacy.",
            "S01", "S02", "S04", "S21", "S22")),
        new TrustFoundation(info("consistency", "Consistency", "Doing what you say, again and again.", "S09")),
        new DevelopmentPractice(info("setting-boundaries", "Setting boundaries", "Saying what is and is not okay.",
            "S05"), Optional.empty()),
        new DevelopmentPractice(info("sharing-fantasies", "Sharing fantasies", "Talking about desires.", "S06", "S08"),
            Optional.of("Only with consent that is free and can be withdrawn.")),
        new DevelopmentPractice(info("affectionate-touch", "Affectionate touch", "Touch, kisses and hugs.", "S07"),
            Optional.of("Only as welcome, at the pace of the person touched.")),
        new EmotionalResponse(info("hurt", "Hurt", "The pain of being let down.", "S11")),
        new ReactiveBehavior(info("revenge", "Revenge", "Hurting back.", "S12"), Valence.MALADAPTIVE),
        new Aggravator(info("sti", "STI", "A sexually transmitted infection.", "S10")),
        new Aggravator(info("pregnancy", "Pregnancy", "A pregnancy from the breach.", "S10")),
        new Aggravator(info("parenthood", "Parenthood", "A child from the breach.", "S10")));
  }

  private static List<Concept> challenges() {
    return List.of(
        challenge("infidelity", "Infidelity", RELATIONAL_BETRAYAL, "S03", "S10"),
        challenge("betrayal", "Betrayal", RELATIONAL_BETRAYAL, "S03"),
        challenge("intimate-partner-abuse", "Intimate partner abuse", PARTNER_HARM, "S03", "S14"),
        challenge("sexual-violence-by-partner", "Sexual violence by a partner", PARTNER_HARM, "S15"),
        challenge("coercive-control", "Coercive control", PARTNER_HARM, "S14"),
        challenge("past-sexual-trauma", "Past sexual trauma", PAST_TRAUMA, "S15"),
        challenge("trauma", "Trauma", PAST_TRAUMA, "S03", "S14"),
        challenge("addiction", "Addiction", ChallengeFamily.INDIVIDUAL, "S03"),
        challenge("power-imbalance", "Power imbalance", STRUCTURAL, "S03"),
        challenge("unrealistic-expectations", "Unrealistic expectations", COGNITIVE, "S03"),
        challenge("work-stress", "Work stress", EXTERNAL_STRESSOR, "S23"),
        challenge("financial-stress", "Financial stress", EXTERNAL_STRESSOR, "S23"));
  }

  private static List<Concept> phases() {
    return List.of(phase("safety-first", "Safety first", 1), phase("impact", "Impact", 2), phase("atone", "Atone", 3),
        phase("attune", "Attune", 4), phase("meaning", "Meaning", 5), phase("attach", "Attach", 6),
        phase("moving-on", "Moving on", 7), phase("develop", "Develop", 1), phase("disruption", "Disruption", 2),
        phase("rebuild", "Rebuild", 3));
  }

  private static List<Concept> strategies() {
    return List.of(
        strategy("safety-planning", SURVIVOR, "safety-first", "S14"),
        strategy("reaching-out-to-a-support-service", INDIVIDUAL, "safety-first", "S14"),
        strategy("sexual-health-testing", INDIVIDUAL, "safety-first", "S10"),
        strategy("acknowledging-the-harm", INVOLVED_PARTNER, "atone", "S16", FAULT),
        strategy("taking-responsibility", INVOLVED_PARTNER, "atone", "S16", FAULT),
        strategy("apologizing", INVOLVED_PARTNER, "atone", "S16", FAULT),
        strategy("expressing-remorse", INVOLVED_PARTNER, "atone", "S17", FAULT),
        strategy("ending-the-affair", INVOLVED_PARTNER, "atone", "S16"),
        strategy("answering-questions-honestly", INVOLVED_PARTNER, "atone", "S17"),
        strategy("restoring-safety", INVOLVED_PARTNER, "atone", "S16"),
        strategy("acknowledging-mistakes-together", BOTH, "atone", "S16", FAULT),
        strategy("expressing-impact", HURT_PARTNER, "impact", "S17"),
        strategy("asking-questions", HURT_PARTNER, "atone", "S17"),
        strategy("asking-for-comfort", HURT_PARTNER, "attach", "S20"),
        strategy("active-listening", BOTH, "attune", "S17"),
        strategy("validating-feelings", BOTH, "attune", "S17"),
        strategy("showing-compassion", BOTH, "attune", "S17"),
        strategy("offering-support", BOTH, "attune", "S17"),
        strategy("honest-dialogue-about-the-breach", BOTH, "meaning", "S17", CONJOINT),
        strategy("talking-about-expectations-and-boundaries", BOTH, "meaning", "S19", CONJOINT),
        strategy("couples-therapy", BOTH, "attune", "S13", CONJOINT),
        strategy("individual-therapy", INDIVIDUAL, "impact", "S18"),
        strategy("trauma-focused-therapy", SURVIVOR, "impact", "S15"),
        strategy("addiction-treatment", INDIVIDUAL, "impact", "S03"),
        strategy("self-care", INDIVIDUAL, "impact", "S18", ADJUNCT),
        strategy("dyadic-coping", BOTH, "rebuild", "S23"));
  }

  private static List<Concept> endings() {
    return List.of(
        new RecoveryRequirement(info("time", "Time", "Repair takes time.", "S13")),
        new RecoveryRequirement(info("patience", "Patience", "Repair needs patience.", "S13")),
        new RecoveryRequirement(info("felt-safety", "Feeling safe", "Safety before openness.", "S20")),
        new Outcome(info("renewed-trust", "Renewed trust", "Trust rebuilt over time.", "S13"), false),
        new Outcome(info("forgiveness", "Forgiveness", "Letting go of resentment; a choice.", "S13"), true),
        new Outcome(info("separation", "Separation", "Ending the relationship well.", "S13"), false),
        new Outcome(info("sexual-healing", "Sexual healing", "Intimacy that feels safe again.", "S20"), false));
  }

  private static List<Concept> resources() {
    return Stream.of("couples-therapist", "individual-therapist", "trauma-therapist", "domestic-violence-service",
        "sexual-assault-service", "crisis-line", "sexual-health-clinic", "addiction-helpline", "emergency-services")
        .<Concept>map(id -> new Resource(info(id, Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' '),
            "A kind of help.", "S18")))
        .toList();
  }

  static ConceptInfo info(String id, String label, String summary, String... sentences) {
    return ConceptInfo.of(id, label, List.of(), summary,
        Citations.of(Stream.of(sentences).map(SentenceRef::of).toList(), List.of()));
  }

  private static Challenge challenge(String id, String label, ChallengeFamily family, String... sentences) {
    return new Challenge(info(id, label, label + " undermines trust.", sentences), family);
  }

  private static Phase phase(String id, String label, int order) {
    return new Phase(info(id, label, "The " + label.toLowerCase() + " phase.", "S04"), order);
  }

  private static RebuildingStrategy strategy(String id, ActorRole actor, String phase, String sentence,
      Trait... traits) {
    List<Trait> has = List.of(traits);
    String label = Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
    return new RebuildingStrategy(info(id, label, label + " helps repair.", sentence), actor, ConceptId.of(phase),
        has.contains(ADJUNCT), has.contains(FAULT), has.contains(CONJOINT));
  }
}
