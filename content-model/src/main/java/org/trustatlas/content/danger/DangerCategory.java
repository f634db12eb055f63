package org.trustatlas.content.danger;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.internal.Require;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.ServiceType;
import org.trustatlas.core.safety.TriState;

/**
 * One kind of danger a reader may describe, as the pack writes it: the phrases that signal it in
 * readers' own words, the concepts shown first, what it says about the reader's safety, the
 * services listed first, a short message for the reader, and why (rationale, sources).
 *
 * @param phrases written as readers write them; a word in brackets, such as {@code (to)}, may be left out
 * @param except phrases that mean the words they match are about something else ("choking on" in
 *     "i was choking on my food"): the category's phrases may not use those words, and the rest of
 *     the text is read as usual; written like phrases
 * @param unless phrases that, when they match anywhere, mean the whole text is about something else
 *     ("stop hitting me" is not someone asking how to stop hitting): the category is not signalled;
 *     written like phrases
 * @param concepts shown first, before anything the index finds, in this order
 * @param then shown after what the index finds, when there is room
 * @param flags safety flags a match sets, as a safety answer would
 * @param services service types listed before every other, in this order
 * @param message shown right after the emergency number, in the project's own words; empty when the
 *     safety rules already say it (immediate danger, self-harm)
 * @param sources bibliography keys
 * @param replaces ids of categories that, when this one is signalled too, are not: the more general
 *     reading gives way to this exact one (sextortion by someone not named as a partner replaces
 *     image-based abuse, whose services are for harm by a partner)
 * @param audience whom the message and services are written to (the pack's {@code audience:}, or read
 *     by the shape of the services and flags where the pack does not say)
 */
public record DangerCategory(String id, String label, List<String> phrases, List<String> except,
    List<String> unless, List<ConceptId> concepts, List<ConceptId> then, Map<SafetyFlag, TriState> flags,
    List<ServiceType> services, Optional<String> message, String rationale, List<String> sources,
    List<String> replaces, DangerAudience audience) {

  public DangerCategory {
    id = Require.slug(id, "danger category id");
    label = Require.text(label, "danger category '" + id + "' label");
    phrases = Require.nonEmpty(phrases, "danger category '" + id + "' phrases");
    except = Require.list(except, "danger category '" + id + "' except");
    unless = Require.list(unless, "danger category '" + id + "' unless");
    concepts = Require.list(concepts, "danger category '" + id + "' concepts");
    then = Require.list(then, "danger category '" + id + "' then");
    Objects.requireNonNull(flags, "danger category '" + id + "' flags must not be null");
    EnumMap<SafetyFlag, TriState> copy = new EnumMap<>(SafetyFlag.class);
    copy.putAll(flags);
    flags = Collections.unmodifiableMap(copy);
    services = Require.nonEmpty(services, "danger category '" + id + "' services");
    message = Require.optional(message, "danger category '" + id + "' message");
    rationale = Require.text(rationale, "danger category '" + id + "' rationale");
    sources = Require.nonEmpty(sources, "danger category '" + id + "' sources");
    replaces = Require.list(replaces, "danger category '" + id + "' replaces");
    if (replaces.contains(id)) {
      throw new IllegalArgumentException("danger category '" + id + "' replaces itself");
    }
    Objects.requireNonNull(audience, "danger category '" + id + "' audience must not be null");
  }

  /** A category whose audience is read by the shape of its services and flags. */
  public DangerCategory(String id, String label, List<String> phrases, List<String> except, List<String> unless,
      List<ConceptId> concepts, List<ConceptId> then, Map<SafetyFlag, TriState> flags, List<ServiceType> services,
      Optional<String> message, String rationale, List<String> sources, List<String> replaces) {
    this(id, label, phrases, except, unless, concepts, then, flags, services, message, rationale, sources, replaces,
        DangerAudience.inferred(services == null ? List.of() : services, flags == null ? Map.of() : flags));
  }

  /** A category that replaces no other. */
  public DangerCategory(String id, String label, List<String> phrases, List<String> except, List<String> unless,
      List<ConceptId> concepts, List<ConceptId> then, Map<SafetyFlag, TriState> flags, List<ServiceType> services,
      Optional<String> message, String rationale, List<String> sources) {
    this(id, label, phrases, except, unless, concepts, then, flags, services, message, rationale, sources, List.of());
  }

  /** A category without {@code unless} phrases. */
  public DangerCategory(String id, String label, List<String> phrases, List<String> except, List<ConceptId> concepts,
      List<ConceptId> then, Map<SafetyFlag, TriState> flags, List<ServiceType> services, Optional<String> message,
      String rationale, List<String> sources) {
    this(id, label, phrases, except, List.of(), concepts, then, flags, services, message, rationale, sources);
  }

  /** Whether a match says a partner may be harming the reader (a partner-harm flag set to yes). */
  public boolean signalsPartnerHarm() {
    return flags.entrySet().stream().anyMatch(flag -> flag.getKey().signalsPartnerHarm() && flag.getValue() == TriState.YES);
  }

  /** Whether a match says the reader's own life is at risk (self-harm risk set to yes): it leads. */
  public boolean risksTheReadersLife() {
    return flags.get(SafetyFlag.SELF_HARM_RISK) == TriState.YES;
  }

  /** Whether a match says someone is in danger now ("he is trying to get in", "she wont wake up"). */
  public boolean signalsDangerNow() {
    return flags.get(SafetyFlag.IMMEDIATE_DANGER) == TriState.YES;
  }

  /** Whether the category is written to someone who has used harm and wants to stop. */
  public boolean writtenToSomeoneUsingHarm() {
    return audience == DangerAudience.USING_HARM;
  }

  /**
   * Whether the category is written to someone worried about their own sexual thoughts or behaviour
   * towards children, who wants help not to harm: an adult, or a young person.
   */
  public boolean writtenToSomeoneWhoMayHarmAChild() {
    return audience == DangerAudience.MAY_HARM_A_CHILD || audience == DangerAudience.YOUNG_PERSON_WHO_MAY_HARM_A_CHILD;
  }

  /**
   * Whether the category is written to a young person worried about their own sexual thoughts about, or images of,
   * younger children ({@code audience: young-person-who-may-harm-a-child}). Its phrases say the age is the reader's own
   * ("15 and i watch cp"), so a match says the reader is young; another person's age ("i teach 14 year olds") is left
   * to its except: phrases.
   */
  public boolean writtenToAYoungPersonWhoMayHarmAChild() {
    return audience == DangerAudience.YOUNG_PERSON_WHO_MAY_HARM_A_CHILD;
  }

  /**
   * Whether the category is written to someone close to a person who may harm a child, neither that
   * person nor harmed themselves ("found child porn on my husbands laptop"); adult-and-a-child, which
   * lists the same lines for the adult doing harm, is written to the young person at risk.
   */
  public boolean writtenToSomeoneCloseToAPersonWhoMayHarmAChild() {
    return audience == DangerAudience.CLOSE_TO_SOMEONE_WHO_MAY_HARM_A_CHILD;
  }

  /** Whether the category is about harm to a child: its first service is child protection. */
  public boolean aboutAChild() {
    return services.get(0) == ServiceType.CHILD_PROTECTION;
  }

  /**
   * Whether the category is about harm to a child or harm a child may come to from the reader: about a
   * child (child protection first), or written to someone worried they may harm a child.
   */
  public boolean aboutHarmToOrByAChild() {
    return aboutAChild() || writtenToSomeoneWhoMayHarmAChild();
  }

  /** The same category naming only the concepts {@code known}, for a pack that inherits the vocabulary. */
  public DangerCategory keeping(java.util.function.Predicate<ConceptId> known) {
    return new DangerCategory(id, label, phrases, except, unless, concepts.stream().filter(known).toList(),
        then.stream().filter(known).toList(), flags, services, message, rationale, sources, replaces, audience);
  }
}
