package org.trustatlas.core.repair;

import static org.trustatlas.core.model.RelationKind.ADDRESSES;
import static org.trustatlas.core.model.RelationKind.AGGRAVATES;
import static org.trustatlas.core.model.RelationKind.BUILDS;
import static org.trustatlas.core.model.RelationKind.EVOKES;
import static org.trustatlas.core.model.RelationKind.LEADS_TO;
import static org.trustatlas.core.model.RelationKind.NEEDS;
import static org.trustatlas.core.model.RelationKind.PRECEDES;
import static org.trustatlas.core.model.RelationKind.REFERS_TO;

import java.util.ArrayList;
import java.util.List;
import org.trustatlas.core.model.Citations;
import org.trustatlas.core.model.Relation;
import org.trustatlas.core.model.RelationKind;

/**
 * The relations of the fixture pack. Three naive edges (couples therapy and a shared-fault step
 * "addressing" abuse, infidelity pointing to a couples therapist) are there on purpose: the gate must
 * keep them out of partner-harm plans.
 */
final class FixtureRelations {

  private final List<Relation> relations = new ArrayList<>();

  private FixtureRelations() {}

  static List<Relation> all() {
    FixtureRelations r = new FixtureRelations();
    r.addressing();
    r.referring();
    r.process();
    return List.copyOf(r.relations);
  }

  private void addressing() {
    addresses("infidelity", "S16", "acknowledging-the-harm", "taking-responsibility", "apologizing",
        "expressing-remorse", "ending-the-affair", "answering-questions-honestly", "restoring-safety",
        "acknowledging-mistakes-together", "expressing-impact", "asking-questions", "asking-for-comfort",
        "active-listening", "validating-feelings", "showing-compassion", "honest-dialogue-about-the-breach",
        "couples-therapy", "individual-therapy", "self-care");
    addresses("betrayal", "S16", "acknowledging-the-harm", "taking-responsibility", "apologizing",
        "expressing-remorse", "answering-questions-honestly", "expressing-impact", "asking-questions",
        "active-listening", "validating-feelings", "honest-dialogue-about-the-breach", "couples-therapy");
    addresses("intimate-partner-abuse", "S14", "safety-planning", "reaching-out-to-a-support-service",
        "individual-therapy", "self-care", "couples-therapy", "restoring-safety", "acknowledging-mistakes-together");
    addresses("coercive-control", "S14", "safety-planning", "reaching-out-to-a-support-service", "individual-therapy");
    addresses("sexual-violence-by-partner", "S15", "safety-planning", "reaching-out-to-a-support-service",
        "trauma-focused-therapy", "individual-therapy");
    addresses("past-sexual-trauma", "S15", "trauma-focused-therapy", "self-care", "offering-support",
        "couples-therapy", "reaching-out-to-a-support-service");
    addresses("trauma", "S14", "trauma-focused-therapy", "individual-therapy", "self-care");
    addresses("addiction", "S18", "addiction-treatment", "individual-therapy", "self-care", "couples-therapy");
    addresses("power-imbalance", "S19", "talking-about-expectations-and-boundaries", "couples-therapy",
        "individual-therapy");
    addresses("unrealistic-expectations", "S19", "talking-about-expectations-and-boundaries", "active-listening");
    addresses("work-stress", "S23", "dyadic-coping", "offering-support", "self-care");
    addresses("financial-stress", "S23", "dyadic-coping", "offering-support");
    addresses("sti", "S10", "sexual-health-testing");
  }

  private void referring() {
    refers("couples-therapy", "couples-therapist");
    refers("individual-therapy", "individual-therapist");
    refers("trauma-focused-therapy", "trauma-therapist");
    refers("safety-planning", "domestic-violence-service");
    refers("reaching-out-to-a-support-service", "domestic-violence-service", "sexual-assault-service", "crisis-line");
    refers("addiction-treatment", "addiction-helpline");
    refers("sexual-health-testing", "sexual-health-clinic");
    refers("infidelity", "couples-therapist");
    refers("intimate-partner-abuse", "domestic-violence-service", "emergency-services");
    refers("sexual-violence-by-partner", "sexual-assault-service");
    refers("past-sexual-trauma", "trauma-therapist");
    refers("addiction", "addiction-helpline");
    refers("sti", "sexual-health-clinic");
    refers("pregnancy", "sexual-health-clinic");
  }

  private void process() {
    chain(PRECEDES, "S04", "safety-first", "impact", "atone", "attune", "meaning", "attach", "moving-on");
    chain(PRECEDES, "S22", "develop", "disruption", "rebuild");
    from(LEADS_TO, "S13", "infidelity", "separation");
    from(LEADS_TO, "S13", "betrayal", "separation");
    from(LEADS_TO, "S14", "intimate-partner-abuse", "separation");
    from(LEADS_TO, "S14", "coercive-control", "separation");
    from(LEADS_TO, "S13", "expressing-remorse", "forgiveness");
    from(LEADS_TO, "S13", "attach", "renewed-trust");
    from(LEADS_TO, "S22", "rebuild", "renewed-trust");
    from(LEADS_TO, "S20", "trauma-focused-therapy", "sexual-healing");
    from(LEADS_TO, "S20", "attune", "sexual-healing");
    from(LEADS_TO, "S12", "hurt", "revenge");
    from(NEEDS, "S13", "atone", "time");
    from(NEEDS, "S13", "attune", "patience");
    from(NEEDS, "S13", "renewed-trust", "time");
    from(NEEDS, "S20", "sexual-healing", "felt-safety");
    from(NEEDS, "S20", "safety-first", "felt-safety");
    from(AGGRAVATES, "S10", "sti", "infidelity");
    from(AGGRAVATES, "S10", "pregnancy", "infidelity");
    from(AGGRAVATES, "S10", "parenthood", "infidelity");
    from(EVOKES, "S11", "infidelity", "hurt");
    from(BUILDS, "S05", "setting-boundaries", "sexual-trust");
    from(BUILDS, "S09", "consistency", "sexual-trust");
  }

  private void addresses(String challenge, String sentence, String... strategies) {
    for (String strategy : strategies) {
      from(ADDRESSES, sentence, strategy, challenge);
    }
  }

  private void refers(String from, String... resources) {
    for (String resource : resources) {
      from(REFERS_TO, "S18", from, resource);
    }
  }

  private void chain(RelationKind kind, String sentence, String... ids) {
    for (int i = 1; i < ids.length; i++) {
      from(kind, sentence, ids[i - 1], ids[i]);
    }
  }

  private void from(RelationKind kind, String sentence, String from, String to) {
    relations.add(Relation.of(kind, from, to, Citations.sentences(sentence)));
  }
}
