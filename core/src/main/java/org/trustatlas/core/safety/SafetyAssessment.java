package org.trustatlas.core.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The gate's view of a whole answer: its level, the notices of rules about the whole answer, and the
 * service types to list.
 *
 * @param escalations notices of escalating rules, shown right after the emergency number
 * @param notices caveats of rules about the whole answer, such as the note when flags are unknown
 * @param services service types to list, most urgent first, each once
 */
public record SafetyAssessment(
    SafetyLevel level, List<Notice> escalations, List<Notice> notices, List<ServiceType> services) {

  public SafetyAssessment {
    Objects.requireNonNull(level, "level must not be null");
    escalations = List.copyOf(escalations);
    notices = List.copyOf(notices);
    services = services.stream().distinct().toList();
  }

  /** Rules already speaking in the safety block, so steps need not repeat them. */
  public Set<String> ruleIds() {
    return Stream.concat(escalations.stream(), notices.stream()).map(Notice::ruleId).collect(Collectors.toSet());
  }

  /** The same assessment with {@code first} listed before every other service, in that order. */
  public SafetyAssessment leading(List<ServiceType> first) {
    List<ServiceType> ordered = new ArrayList<>(first);
    ordered.addAll(services);
    return new SafetyAssessment(level, escalations, notices, ordered);
  }

  /** The same assessment at {@code floor} when it was less urgent; levels only ever rise. */
  public SafetyAssessment atLeast(SafetyLevel floor) {
    return floor.compareTo(level) < 0 ? new SafetyAssessment(floor, escalations, notices, services) : this;
  }

  /** The same assessment with {@code first} shown before its own escalations. */
  public SafetyAssessment escalating(List<Notice> first) {
    List<Notice> all = new ArrayList<>(first);
    all.addAll(escalations);
    return new SafetyAssessment(level, all, notices, services);
  }
}
