package org.trustatlas.content.read;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.safety.CountryNames;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.SafetyLevel;
import org.trustatlas.core.safety.ServiceType;

/**
 * What a reader is shown for roles, safety questions, kinds of service, plan sections and regions:
 * the pack's {@code wording.yaml}, so every front end says each of them the same way. Plain text;
 * a front end escapes and lays it out. Every role, flag, service type and section has its words.
 *
 * @param roles every reader role, in the order a form offers them
 * @param questions every safety flag's question, in the order a form asks them, danger now first
 * @param services every service type's words
 * @param headings every plan section's heading
 * @param international how the international directory is named
 * @param unplaced what is said of a region a reader named that this atlas cannot place, {@code {given}}
 *     standing for what they typed; a front end adds how to choose another in its own medium
 */
public record Wording(List<RoleWords> roles, List<Question> questions, Map<ServiceType, ServiceWords> services,
    Map<PlanSection, String> headings, String international, String unplaced) {

  /** Where what the reader typed goes in {@link #unplaced}. */
  public static final String GIVEN = "{given}";

  /** How a reader picks a role ({@code choice}, first person) and how a listing names it. */
  public record RoleWords(ReaderRole role, String choice, String name) {
    public RoleWords {
      Objects.requireNonNull(role, "role");
      choice = text(choice, "role '" + role.slug() + "' choice");
      name = text(name, "role '" + role.slug() + "' name");
    }
  }

  /** A safety flag's question as a form asks it, and its short name. */
  public record Question(SafetyFlag flag, String question, String name) {
    public Question {
      Objects.requireNonNull(flag, "flag");
      question = text(question, "flag '" + flag.slug() + "' question");
      name = text(name, "flag '" + flag.slug() + "' name");
    }
  }

  /** A kind of service: its short name, and the heading over a list of such services. */
  public record ServiceWords(ServiceType type, String name, String heading) {
    public ServiceWords {
      Objects.requireNonNull(type, "type");
      name = text(name, "service type '" + type.slug() + "' name");
      heading = text(heading, "service type '" + type.slug() + "' heading");
    }
  }

  public Wording {
    roles = List.copyOf(roles);
    questions = List.copyOf(questions);
    services = Map.copyOf(services);
    headings = Map.copyOf(headings);
    every(ReaderRole.class, roles.stream().map(RoleWords::role).toList(), "role");
    every(SafetyFlag.class, questions.stream().map(Question::flag).toList(), "safety flag");
    every(ServiceType.class, List.copyOf(services.keySet()), "service type");
    every(PlanSection.class, List.copyOf(headings.keySet()), "plan section");
    if (questions.get(0).flag() != SafetyFlag.IMMEDIATE_DANGER) {
      throw new IllegalArgumentException("the first safety question must be immediate-danger's: danger now is "
          + "asked first, found " + questions.get(0).flag().slug());
    }
    headings.forEach((section, heading) -> text(heading, "section '" + section.slug() + "' heading"));
    international = text(international, "the international directory's name");
    unplaced = text(unplaced, "what is said of a region that cannot be placed");
    if (!holdsGivenOnce(unplaced)) {
      throw new IllegalArgumentException("what is said of a region that cannot be placed must hold " + GIVEN
          + " once, where what the reader typed goes: '" + unplaced + "'");
    }
  }

  /** How a reader picks {@code role}: "We are reading this together". */
  public String choice(ReaderRole role) {
    return role(role).choice();
  }

  /** How a listing names {@code role}, to follow "for": "the partner who was hurt". */
  public String name(ReaderRole role) {
    return role(role).name();
  }

  private RoleWords role(ReaderRole role) {
    return roles.stream().filter(r -> r.role() == role).findFirst().orElseThrow();
  }

  /** The question a form asks for {@code flag}. */
  public String question(SafetyFlag flag) {
    return questions.stream().filter(q -> q.flag() == flag).findFirst().orElseThrow().question();
  }

  /** A service type's short name: "Alcohol and drugs". */
  public String name(ServiceType type) {
    return services.get(type).name();
  }

  /** The heading over a list of services of {@code type}. */
  public String heading(ServiceType type) {
    return services.get(type).heading();
  }

  public String heading(PlanSection section) {
    return headings.get(section);
  }

  /** The heading over a safety block of {@code level}: the block led by the emergency number says safety first. */
  public String heading(SafetyLevel level) {
    return heading(level.leadsWithEmergencyNumber() ? PlanSection.SAFETY_FIRST : PlanSection.SAFETY);
  }

  /** "United States" for US, {@link #international} for INTL, the code of one that has no English name. */
  public String name(Region region) {
    if (region.international()) {
      return international;
    }
    String country = CountryNames.of(region.code());
    return country.isBlank() ? region.code() : country;
  }

  /** What is said when {@code given} names no region this atlas can place, and the international directory is shown. */
  public String unplaced(String given) {
    return unplaced.replace(GIVEN, given.strip());
  }

  /** Whether {@code text} holds {@link #GIVEN} exactly once. */
  public static boolean holdsGivenOnce(String text) {
    return text.indexOf(GIVEN) >= 0 && text.indexOf(GIVEN) == text.lastIndexOf(GIVEN);
  }

  private static <E extends Enum<E>> void every(Class<E> type, List<E> given, String noun) {
    Map<E, Long> counts = given.stream().collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new,
        Collectors.counting()));
    counts.forEach((constant, count) -> {
      if (count > 1) {
        throw new IllegalArgumentException(noun + " '" + slug(constant) + "' has words twice");
      }
    });
    Set<E> missing = EnumSet.allOf(type);
    missing.removeAll(counts.keySet());
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("no words for " + noun + " " + String.join(", ",
          missing.stream().map(Wording::slug).toList()));
    }
  }

  private static String slug(Enum<?> constant) {
    return org.trustatlas.core.internal.Slugs.of(constant);
  }

  /** Plain, non-empty text: a front end lays it out and escapes it, so it carries no markup. */
  public static String text(String text, String what) {
    Objects.requireNonNull(text, what);
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + " is empty");
    }
    if (text.indexOf('<') >= 0 || text.indexOf('>') >= 0) {
      throw new IllegalArgumentException(what + " holds markup ('<' or '>'); wording is plain text: '" + text + "'");
    }
    return text.strip();
  }
}
