package org.trustatlas.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.safety.Candidate;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.SafetyContext;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.SafetyGate;
import org.trustatlas.core.safety.TriState;

/**
 * A gate for one situation sets aside the rules that cannot hold in it; on the bundled rules and
 * concepts it must decide every candidate, in every use, exactly as the whole gate does.
 */
class SituatedGateTest {

  @Test
  void aGateForOneSituationDecidesEveryCandidateAsTheWholeGateDoes() {
    TrustAtlas atlas = TrustAtlas.bundled();
    SafetyGate gate = SafetyGate.of(atlas.safetyRules());
    List<Challenge> challenges = atlas.atlas().concepts(Challenge.class);
    List<Optional<ActorRole>> readers = new ArrayList<>(List.of(Optional.empty()));
    for (ActorRole role : ActorRole.values()) {
      if (role != ActorRole.INDIVIDUAL) {
        readers.add(Optional.of(role));
      }
    }
    SplittableRandom random = new SplittableRandom(11);
    for (int round = 0; round < 300; round++) {
      Map<SafetyFlag, TriState> flags = new EnumMap<>(SafetyFlag.class);
      for (SafetyFlag flag : SafetyFlag.values()) {
        // Mostly unanswered, as most readers leave them; yes and no often enough to reach every rule.
        int pick = random.nextInt(6);
        flags.put(flag, pick == 0 ? TriState.YES : pick == 1 ? TriState.NO : TriState.UNKNOWN);
      }
      SafetyContext context = new SafetyContext(flags, Region.of("GB"), readers.get(random.nextInt(readers.size())));
      List<Challenge> present = new ArrayList<>();
      for (int n = random.nextInt(4); n > 0; n--) {
        present.add(challenges.get(random.nextInt(challenges.size())));
      }
      SafetyGate.Situated situated = gate.situated(context, present);
      for (Concept concept : atlas.atlas().concepts()) {
        for (Candidate.Use use : Candidate.Use.values()) {
          Candidate candidate = new Candidate(concept, use);
          assertThat(situated.evaluate(candidate)).as("%s as %s in %s with %s", concept.id(), use, context, present)
              .isEqualTo(gate.evaluate(context, present, candidate));
        }
      }
    }
  }
}
