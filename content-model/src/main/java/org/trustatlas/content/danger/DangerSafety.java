package org.trustatlas.content.danger;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.safety.AudienceTag;
import org.trustatlas.core.safety.Notice;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.ResourceDirectory;
import org.trustatlas.core.safety.SafetyAssessment;
import org.trustatlas.core.safety.SafetyBlock;
import org.trustatlas.core.safety.SafetyContext;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.SafetyGate;
import org.trustatlas.core.safety.SafetyLevel;
import org.trustatlas.core.safety.ServiceType;
import org.trustatlas.core.safety.TriState;

/**
 * The safety block a search shows first, built with core's gate and directory like every other
 * safety block. When danger is recognised, the context is the flags the categories imply, every
 * other flag unknown (nothing else is known). The block then leads with the emergency number (the
 * level is raised to at least child at risk when every match is about harm to or by a child, else to
 * at least partner harm), each category's message follows it (a risk to the
 * reader's own life, and what the gate says of it, first), and the categories' services come before
 * any other, a crisis line first when any matched category lists it first. A search answers what the reader's words say: the
 * notices and services the gate adds only because other safety questions went unasked (a screening
 * note, a domestic-violence line for a reader who spoke of self-harm) are left to plans and the
 * check-in, except that a crisis line is always listed. Where the words are only about harm to a
 * child, and no category matched sends the reader to a domestic-violence service itself, what the
 * gate says to an adult harmed by a partner (its notice, and the domestic-violence services it
 * refers to) is left out: a child is sent to child protection. A parent harmed with the children
 * ("he hits me in front of the kids") keeps every domestic-violence line. When no danger is
 * recognised: the region's emergency number alone, closing the answer. A reader whose words say
 * they are young is also given the child-protection services, whatever the danger. A line for adults
 * worried about their own sexual thoughts or behaviour towards children is listed only to a reader
 * read as the adult doing harm, or to an adult who found that someone close looks at sexual images of
 * children, never to a young reader or to anyone else.
 */
public final class DangerSafety {

  private DangerSafety() {}

  public static SafetyBlock block(List<DangerMatch> matches, SafetyGate gate, ResourceDirectory directory,
      Region region) {
    return block(matches, gate, directory, region, Set.of());
  }

  /**
   * The block for a reader whose words also say which groups they belong to ({@link
   * DangerVocabulary#readerGroups}): the services set up for them come first.
   */
  public static SafetyBlock block(List<DangerMatch> matches, SafetyGate gate, ResourceDirectory directory,
      Region region, Set<AudienceTag> reader) {
    return block(matches, gate, directory, region, reader, true);
  }

  /**
   * As above, for words that may or may not tell of someone close ({@link
   * DangerVocabulary.Heard#maybeSomeoneClose}). Where they name no partner or family (a stranger,
   * someone at a party, no one at all), what the gate says to an adult harmed by a partner (its
   * notices, and the domestic-violence services it refers to) is left out, as for harm only to a
   * child; a category that lists a domestic-violence service itself keeps it.
   */
  public static SafetyBlock block(List<DangerMatch> matches, SafetyGate gate, ResourceDirectory directory,
      Region region, Set<AudienceTag> reader, boolean maybeSomeoneClose) {
    return block(matches, gate, directory, region, reader, maybeSomeoneClose, OptionalInt.empty());
  }

  /**
   * As above, for a reader whose words also give their own age ({@link DangerVocabulary.Heard#readerAge}): a
   * service whose own audience starts above it is not listed. A young reader's own harm that no matched category
   * sends to a domestic-violence service (a 14-year-old raped by an uncle, blackmailed with pictures) is a child's
   * harm: the level is at least child at risk, as for a match about a child.
   */
  public static SafetyBlock block(List<DangerMatch> matches, SafetyGate gate, ResourceDirectory directory,
      Region region, Set<AudienceTag> reader, boolean maybeSomeoneClose, OptionalInt age) {
    if (matches.isEmpty()) {
      SafetyAssessment quiet = new SafetyAssessment(SafetyLevel.UNSCREENED, List.of(), List.of(), List.of());
      return SafetyBlock.of(quiet, directory, region);
    }
    Set<ServiceType> first = new LinkedHashSet<>();
    List<Notice> lifeMessages = new ArrayList<>();
    List<Notice> messages = new ArrayList<>();
    for (DangerMatch match : matches) {
      DangerCategory category = match.category();
      first.addAll(category.services());
      category.message().ifPresent(text -> (category.risksTheReadersLife() ? lifeMessages : messages)
          .add(new Notice("danger-" + category.id(), text)));
    }
    SafetyContext context = context(matches, region);
    SafetyAssessment asked = gate.assess(context, List.of());
    SafetyAssessment answered = gate.assess(onlyWhatWasSaid(context), List.of());
    Set<String> spoken = new LinkedHashSet<>();      // by rule: one gate words each rule's notice once
    answered.notices().forEach(notice -> spoken.add(notice.ruleId()));
    List<ServiceType> services = new ArrayList<>(first);
    if (matches.stream().anyMatch(match -> match.category().services().get(0) == ServiceType.CRISIS_LINE)) {
      // A life at risk, whichever matched category says so (the reader's, someone else's, or the
      // reader urged to die by a partner or family), is spoken to first: the crisis line a category
      // lists first comes before every other category's services, however many words those matched.
      services.remove(ServiceType.CRISIS_LINE);
      services.add(0, ServiceType.CRISIS_LINE);
    }
    boolean closeToSomeoneWhoMayHarm = matches.stream()
        .anyMatch(match -> match.category().writtenToSomeoneCloseToAPersonWhoMayHarmAChild());
    boolean preventionLineFits = (reader.contains(AudienceTag.USING_HARM) || closeToSomeoneWhoMayHarm)
        && !reader.contains(AudienceTag.YOUNG_PEOPLE);
    if (!preventionLineFits) {
      // A line for adults worried about their own sexual thoughts or behaviour towards children is for
      // the adult read as doing the harm ("im 30 and my girlfriend is 15"), and for an adult who found
      // that someone close looks at sexual images of children (such lines support anyone worried about
      // someone else's behaviour), never for the young person ("my bf is 24 and im 14", "im 14 and my
      // dad looks at child porn") or a parent worried about their child's adult partner.
      services.remove(ServiceType.CHILD_SEXUAL_ABUSE_PREVENTION);
    }
    if (reader.contains(AudienceTag.YOUNG_PEOPLE) && !services.contains(ServiceType.CHILD_PROTECTION)) {
      // A young person in danger of any kind, hit by a boyfriend as much as approached by an adult,
      // is also a child a child-protection line is there for.
      services.add(ServiceType.CHILD_PROTECTION);
    }
    services.addAll(answered.services());
    services.add(ServiceType.CRISIS_LINE);
    boolean child = allAboutAChild(matches, DangerCategory::aboutAChild);
    boolean notAPartner = child || !maybeSomeoneClose && !reader.contains(AudienceTag.USING_HARM);
    if (notAPartner && !first.contains(ServiceType.DOMESTIC_VIOLENCE)) {
      services.removeIf(type -> type == ServiceType.DOMESTIC_VIOLENCE);
    }
    List<Notice> notices = asked.notices().stream().filter(notice -> spoken.contains(notice.ruleId()))
        .filter(notice -> !notAPartner || !refersTo(gate, notice.ruleId(), ServiceType.DOMESTIC_VIOLENCE))
        // A notice sending the reader to behaviour-change programmes is written to an adult who has used harm;
        // a young reader meets the category's own words to under-18s and a young people's line instead.
        .filter(notice -> !reader.contains(AudienceTag.YOUNG_PEOPLE)
            || !refersTo(gate, notice.ruleId(), ServiceType.BEHAVIOUR_CHANGE)).toList();
    // A risk to the reader's own life is spoken to first: its own message, then what the gate says of
    // it (self-harm has no message of its own, the gate's rule speaks), then the other categories'.
    // So is danger now, whoever is in it: the gate's call to the emergency number comes before any
    // category's message ("i hit him and now hes not breathing" is not first told how to stop).
    boolean lifeFirst = matches.get(0).category().risksTheReadersLife()
        || matches.stream().anyMatch(match -> match.category().signalsDangerNow());
    List<Notice> escalations = new ArrayList<>(asked.escalations());
    List<Notice> spokenFirst = new ArrayList<>(lifeMessages);
    (lifeFirst ? escalations : spokenFirst).addAll(messages);
    // Every match about harm to or by a child ("im 12 my dad hits me", an adult or young person worried
    // about their own sexual thoughts about children) is a child's harm, never a partner's, even where
    // the flags its categories imply read as a partner's; danger now stays an emergency.
    // A young reader raped or forced, by a boyfriend as much as by an adult, is a child at risk too (a clinician-engineer's
    // spot-check, 2026-12-08, dangern: "im 13 and my boyfriend raped me"); a boyfriend's blows alone stay a partner's harm.
    boolean aChildsHarm = allAboutAChild(matches, DangerCategory::aboutHarmToOrByAChild)
        || reader.contains(AudienceTag.YOUNG_PEOPLE) && allAboutAChild(matches, category -> true)
        || reader.contains(AudienceTag.YOUNG_PEOPLE) && matches.stream()
            .allMatch(match -> match.category().services().contains(ServiceType.SEXUAL_ASSAULT));
    SafetyAssessment assessment = new SafetyAssessment(asked.level(), escalations, notices, services)
        .atLeast(aChildsHarm ? SafetyLevel.CHILD_AT_RISK : SafetyLevel.PARTNER_HARM).escalating(spokenFirst);
    return SafetyBlock.of(reassuringOnce(assessment), directory, region, reader, age);
  }

  // Whether every match is about a child in the sense given, and none also lists a domestic-violence line (a
  // child hurt at home by a parent who hurts the other parent too is also a partner's harm).
  private static boolean allAboutAChild(List<DangerMatch> matches, Predicate<DangerCategory> about) {
    return matches.stream().allMatch(match -> about.test(match.category())
        && !match.category().services().contains(ServiceType.DOMESTIC_VIOLENCE));
  }

  // Each thing is said once, where the block first says it. A sentence two messages share (the medical
  // check after a rape, for "my boyfriend raped me", read as rape and as forced sex) is shown once; and
  // whose fault the harm is not is said once: a reader hit by a partner read "never your fault" in the
  // category's message and again in the gate's notice. Messages and notices write it as a sentence of
  // its own ("If this is happening to you, it is not your fault."), so a later sentence that reassures
  // anyone the block has already reassured is left out ("never the fault of the person" speaks to both).
  private static SafetyAssessment reassuringOnce(SafetyAssessment assessment) {
    Set<String> reassured = new HashSet<>();
    List<Notice> escalations = reassuringOnce(assessment.escalations(), reassured);
    List<Notice> notices = reassuringOnce(assessment.notices(), reassured);
    return new SafetyAssessment(assessment.level(), escalations, notices, assessment.services());
  }

  // reassured: whom the block has told it is not their fault ("your", "their"), and every sentence said so far.
  private static List<Notice> reassuringOnce(List<Notice> notices, Set<String> reassured) {
    List<Notice> kept = new ArrayList<>();
    for (Notice notice : notices) {
      List<String> sentences = sentences(notice.text());
      List<String> said = new ArrayList<>();
      for (String sentence : sentences) {
        Set<String> whom = whomItReassures(sentence);
        boolean fresh = whom.stream().noneMatch(reassured::contains);
        if (fresh && reassured.add(" " + sentence)) {
          said.add(sentence);
          reassured.addAll(whom);
        }
      }
      if (said.size() == sentences.size()) {
        kept.add(notice);
      } else if (!said.isEmpty()) {
        kept.add(new Notice(notice.ruleId(), String.join(" ", said)));
      }
    }
    return kept;
  }

  // The sentences of a notice: it breaks after ".", "!" or "?" and the white space that follows.
  // Read by hand, as whomItReassures is: every dangerous search reads a few long messages, and
  // regular expressions took a third of such a search.
  static List<String> sentences(String text) {
    List<String> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && isSpace(text.charAt(i + 1))) {
        sentences.add(text.substring(start, i + 1));
        start = i + 1;
        while (start < text.length() && isSpace(text.charAt(start))) {
          start++;
        }
        i = start - 1;
      }
    }
    if (start < text.length() || sentences.isEmpty()) {
      sentences.add(text.substring(start));
    }
    return sentences;
  }

  /** Whom a sentence tells the harm is not their fault: "your", "their", or both ("never the fault of" the person harmed). */
  static Set<String> whomItReassures(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    Set<String> whom = new HashSet<>(2);
    for (String whose : List.of("your", "their")) {
      if (hasWords(lower, "not " + whose + " fault") || hasWords(lower, "never " + whose + " fault")) {
        whom.add(whose);
      }
    }
    if (hasWords(lower, "never the fault of")) {
      whom.add("your");
      whom.add("their");
    }
    return whom;
  }

  // The words as whole words: "not your fault" in "it is not your fault.", never in "knot your faults".
  private static boolean hasWords(String text, String words) {
    for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      int end = at + words.length();
      if ((at == 0 || !isWordChar(text.charAt(at - 1))) && (end == text.length() || !isWordChar(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  // Whether the notice of rule ruleId sends the reader to a service of this type: to a domestic-violence
  // service, it is written to an adult harmed by a partner; to a behaviour-change line, to an adult who used harm.
  private static boolean refersTo(SafetyGate gate, String ruleId, ServiceType type) {
    return gate.rules().stream().anyMatch(rule -> rule.id().equals(ruleId) && rule.effect().refer().contains(type));
  }

  /**
   * What the matches tell about the reader's safety, as safety answers would: each category's flags
   * (a yes wins), every other flag unknown; and, when a category written to someone using harm
   * matched, that this is the reader's part, so the rules about a partner who used harm apply.
   */
  public static SafetyContext context(List<DangerMatch> matches, Region region) {
    Map<SafetyFlag, TriState> said = new EnumMap<>(SafetyFlag.class);
    matches.forEach(match -> match.category().flags().forEach((flag, state) -> said.merge(flag, state,
        DangerSafety::stronger)));
    boolean usingHarm = matches.stream().anyMatch(match -> match.category().writtenToSomeoneUsingHarm());
    return new SafetyContext(said, region, usingHarm ? Optional.of(ActorRole.USING_HARM) : Optional.empty());
  }

  // The same reader, had they answered no to everything their words did not speak of.
  private static SafetyContext onlyWhatWasSaid(SafetyContext context) {
    Map<SafetyFlag, TriState> answered = new EnumMap<>(context.flags());
    answered.replaceAll((flag, state) -> state == TriState.UNKNOWN ? TriState.NO : state);
    return new SafetyContext(answered, context.region(), context.reader());
  }

  private static TriState stronger(TriState a, TriState b) {
    return a == TriState.YES || b == TriState.YES ? TriState.YES : a;
  }
}
