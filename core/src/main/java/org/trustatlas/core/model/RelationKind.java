package org.trustatlas.core.model;

import static org.trustatlas.core.model.ConceptKind.AGGRAVATOR;
import static org.trustatlas.core.model.ConceptKind.CHALLENGE;
import static org.trustatlas.core.model.ConceptKind.COGNITIVE_STATE;
import static org.trustatlas.core.model.ConceptKind.CONSEQUENCE;
import static org.trustatlas.core.model.ConceptKind.DEVELOPMENT_PRACTICE;
import static org.trustatlas.core.model.ConceptKind.EMOTIONAL_RESPONSE;
import static org.trustatlas.core.model.ConceptKind.OUTCOME;
import static org.trustatlas.core.model.ConceptKind.PHASE;
import static org.trustatlas.core.model.ConceptKind.REACTIVE_BEHAVIOR;
import static org.trustatlas.core.model.ConceptKind.REBUILDING_STRATEGY;
import static org.trustatlas.core.model.ConceptKind.RECOVERY_REQUIREMENT;
import static org.trustatlas.core.model.ConceptKind.RESOURCE;
import static org.trustatlas.core.model.ConceptKind.TRUST_DIMENSION;
import static org.trustatlas.core.model.ConceptKind.TRUST_FOUNDATION;

import java.util.EnumSet;
import java.util.Set;
import org.trustatlas.core.internal.Slugs;

/**
 * The typed edges of the atlas. Each kind declares which concept kinds it may join, so "revenge
 * restores trust" cannot be written down: the atlas refuses a relation joining the wrong kinds.
 * Causal and process edges are kept apart from the two taxonomy edges, {@link #BROADER} and
 * {@link #RELATED}, which carry no causality.
 */
public enum RelationKind {
  BUILDS("builds", "built by", kinds(DEVELOPMENT_PRACTICE, TRUST_FOUNDATION), kinds(TRUST_DIMENSION, TRUST_FOUNDATION)),
  REQUIRES("requires", "required by", kinds(TRUST_DIMENSION, DEVELOPMENT_PRACTICE), kinds(TRUST_FOUNDATION)),
  UNDERMINES(
      "undermines",
      "undermined by",
      kinds(CHALLENGE, AGGRAVATOR, COGNITIVE_STATE, REACTIVE_BEHAVIOR, CONSEQUENCE),
      kinds(TRUST_DIMENSION, TRUST_FOUNDATION)),
  AGGRAVATES("aggravates", "aggravated by", kinds(AGGRAVATOR), kinds(CHALLENGE, CONSEQUENCE)),
  EVOKES("evokes", "evoked by", kinds(CHALLENGE), kinds(EMOTIONAL_RESPONSE, COGNITIVE_STATE)),
  LEADS_TO(
      "leads to",
      "follows from",
      kinds(EMOTIONAL_RESPONSE, COGNITIVE_STATE, REACTIVE_BEHAVIOR, CONSEQUENCE, CHALLENGE, PHASE, REBUILDING_STRATEGY),
      kinds(EMOTIONAL_RESPONSE, COGNITIVE_STATE, REACTIVE_BEHAVIOR, CONSEQUENCE, OUTCOME)),
  CAUSES("causes", "caused by", kinds(CHALLENGE, AGGRAVATOR), kinds(CONSEQUENCE)),
  ADDRESSES(
      "addresses",
      "addressed by",
      kinds(REBUILDING_STRATEGY, RESOURCE),
      kinds(CHALLENGE, CONSEQUENCE, EMOTIONAL_RESPONSE, COGNITIVE_STATE, REACTIVE_BEHAVIOR, AGGRAVATOR)),
  RESTORES("restores", "restored by", kinds(REBUILDING_STRATEGY, RECOVERY_REQUIREMENT), kinds(TRUST_DIMENSION, TRUST_FOUNDATION)),
  NEEDS("needs", "needed by", kinds(REBUILDING_STRATEGY, PHASE, OUTCOME), kinds(RECOVERY_REQUIREMENT, TRUST_FOUNDATION)),
  PART_OF("part of", "has part", kinds(REBUILDING_STRATEGY, DEVELOPMENT_PRACTICE), kinds(PHASE)),
  PRECEDES("precedes", "follows", kinds(PHASE), kinds(PHASE)),
  REFERS_TO(
      "refers to",
      "referred from",
      kinds(CHALLENGE, REBUILDING_STRATEGY, AGGRAVATOR, CONSEQUENCE),
      kinds(RESOURCE)),
  /** Taxonomy: the source is a narrower case of the target, of the same kind (infidelity, betrayal). */
  BROADER("is a kind of", "has kind", EnumSet.allOf(ConceptKind.class), EnumSet.allOf(ConceptKind.class)),
  /** Taxonomy: symmetric association without causality. */
  RELATED("related to", "related to", EnumSet.allOf(ConceptKind.class), EnumSet.allOf(ConceptKind.class));

  private final String forward;
  private final String backward;
  private final Set<ConceptKind> from;
  private final Set<ConceptKind> to;

  RelationKind(String forward, String backward, Set<ConceptKind> from, Set<ConceptKind> to) {
    this.forward = forward;
    this.backward = backward;
    this.from = from;
    this.to = to;
  }

  private static Set<ConceptKind> kinds(ConceptKind first, ConceptKind... rest) {
    return EnumSet.of(first, rest);
  }

  /** Whether an edge of this kind may go from a concept of kind {@code source} to one of kind {@code target}. */
  public boolean joins(ConceptKind source, ConceptKind target) {
    if (this == BROADER) {
      return source == target;
    }
    return from.contains(source) && to.contains(target);
  }

  /** The kinds of concept this relation may start from; unmodifiable. */
  public Set<ConceptKind> sourceKinds() {
    return Set.copyOf(from);
  }

  /** The kinds of concept this relation may point to; unmodifiable. */
  public Set<ConceptKind> targetKinds() {
    return Set.copyOf(to);
  }

  /** How the edge reads from its source: "infidelity undermines faith". */
  public String forwardPhrase() {
    return forward;
  }

  /** How the edge reads from its target: "faith undermined by infidelity". */
  public String backwardPhrase() {
    return backward;
  }

  /** A sentence for error messages: which kinds this relation may join. */
  public String describeJoins() {
    if (this == BROADER) {
      return slug() + " joins two concepts of the same kind";
    }
    if (this == RELATED) {
      return slug() + " joins any two concepts";
    }
    return slug() + " goes from " + slugs(from) + " to " + slugs(to);
  }

  private static String slugs(Set<ConceptKind> kinds) {
    return kinds.stream().map(ConceptKind::slug).reduce((a, b) -> a + ", " + b).orElse("");
  }

  /**
   * This value as pack files, the command line and the API spell it: lower-kebab case ({@code HURT_PARTNER}
   * is {@code hurt-partner}).
   */
  public String slug() {
    return Slugs.of(this);
  }
}
