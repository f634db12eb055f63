package org.trustatlas.content.internal;

import java.util.List;
import java.util.Objects;
import org.trustatlas.content.danger.DangerVocabulary;
import org.trustatlas.content.read.Wording;
import org.trustatlas.core.internal.Lazy;
import org.trustatlas.core.checkin.CheckIn;
import org.trustatlas.core.checkin.Question;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.repair.RepairPlanner;
import org.trustatlas.core.safety.ResourceDirectory;
import org.trustatlas.core.safety.SafetyGate;
import org.trustatlas.core.safety.SafetyRule;

/**
 * The guidance part of a pack: the safety gate ({@code safety-rules.yaml}), the crisis directory
 * ({@code resources.yaml}), the check-in ({@code checkin.yaml}), the danger vocabulary search
 * recognises ({@code danger.yaml}) and the reader wording ({@code wording.yaml}), with the repair
 * planner that joins them to the pack's atlas. A pack that leaves a file out inherits the bundled
 * pack's, so safety rules and crisis resources are never absent.
 *
 * <p>The danger vocabulary is held behind a supplier: a plan, a check-in or a list of services never
 * reads it, and it is most of the bundled guidance's bytes, so the bundled pack reads it only when
 * a search first asks ({@link PackSnapshot#danger}). A pack read from YAML holds it ready.
 */
public record GuidanceContent(SafetyGate gate, ResourceDirectory directory, RepairPlanner planner, CheckIn checkIn,
    Lazy<DangerVocabulary> vocabulary, Wording wording) {

  static final String RULES = "safety-rules.yaml";
  static final String RESOURCES = "resources.yaml";
  static final String CHECKIN = "checkin.yaml";
  static final String DANGER = "danger.yaml";
  static final String WORDING = "wording.yaml";

  public GuidanceContent {
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(planner, "planner");
    Objects.requireNonNull(checkIn, "checkIn");
    Objects.requireNonNull(vocabulary, "vocabulary");
    Objects.requireNonNull(wording, "wording");
  }

  /** Joins guidance to its atlas: the planner over the atlas, gate and directory, and the check-in over the planner. */
  static GuidanceContent of(Atlas atlas, SafetyGate gate, ResourceDirectory directory, List<Question> questions,
      Lazy<DangerVocabulary> danger, Wording wording) {
    RepairPlanner planner = new RepairPlanner(atlas, gate, directory);
    return new GuidanceContent(gate, directory, planner, CheckIn.of(questions, planner), danger, wording);
  }

  /** What search recognises as danger; the first call may read it. */
  public DangerVocabulary danger() {
    return vocabulary.get();
  }

  public List<SafetyRule> rules() {
    return gate.rules();
  }
}
