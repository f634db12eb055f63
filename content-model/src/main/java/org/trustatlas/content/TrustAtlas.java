package org.trustatlas.content;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.trustatlas.content.danger.DangerMatch;
import org.trustatlas.content.danger.DangerSafety;
import org.trustatlas.content.danger.DangerVocabulary;
import org.trustatlas.content.input.PackLoadException;
import org.trustatlas.content.input.PackProblem;
import org.trustatlas.content.internal.DynamicsContent;
import org.trustatlas.content.internal.GuidanceContent;
import org.trustatlas.content.internal.LoadedPack;
import org.trustatlas.content.internal.PackReader;
import org.trustatlas.content.read.Wording;
import org.trustatlas.content.search.ConceptSearch;
import org.trustatlas.content.search.SearchHit;
import org.trustatlas.content.search.SearchResults;
import org.trustatlas.core.checkin.CheckIn;
import org.trustatlas.core.dynamics.DynamicsParameters;
import org.trustatlas.core.dynamics.Scenario;
import org.trustatlas.core.dynamics.Simulation;
import org.trustatlas.core.dynamics.SimulationCost;
import org.trustatlas.core.dynamics.SimulationTooLargeException;
import org.trustatlas.core.dynamics.Simulator;
import org.trustatlas.core.internal.Lazy;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.ChallengeFamily;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.model.ConceptKind;
import org.trustatlas.core.model.Direction;
import org.trustatlas.core.model.Link;
import org.trustatlas.core.model.PackInfo;
import org.trustatlas.core.model.RebuildingStrategy;
import org.trustatlas.core.model.RelationKind;
import org.trustatlas.core.model.Resource;
import org.trustatlas.core.repair.RepairPlan;
import org.trustatlas.core.repair.Situation;
import org.trustatlas.core.repair.UnknownConceptException;
import org.trustatlas.core.safety.AudienceTag;
import org.trustatlas.core.safety.EmergencyNumber;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.ResourceDirectory;
import org.trustatlas.core.safety.ResourceMatch;
import org.trustatlas.core.safety.SafetyBlock;
import org.trustatlas.core.safety.SafetyContext;
import org.trustatlas.core.safety.SafetyGate;
import org.trustatlas.core.safety.SafetyItem;
import org.trustatlas.core.safety.SafetyRule;
import org.trustatlas.core.safety.ServiceType;

/**
 * The entry point for programs that embed Trust Atlas.
 *
 * <pre>{@code
 * TrustAtlas atlas = TrustAtlas.bundled();
 * atlas.atlas().concept("infidelity").ifPresent(c -> System.out.println(c.summary()));
 * RepairPlan plan = atlas.plan(Situation.of(ReaderRole.HURT_PARTNER, "infidelity").inRegion("GB"));
 * plan.safety().items().forEach(System.out::println); // the safety block always comes first
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; build one and share it. Work a caller may never need
 * (reading the bundled pack's concepts, guidance, simulator files or search index, or indexing a
 * loaded pack) happens once, on first use.
 *
 * <p>Nullness ({@code @NullMarked}): no argument may be null, and nothing returned is null; absence
 * is an empty {@code Optional} or list. A null argument throws a {@code NullPointerException} that
 * names it ("situation must not be null").
 */
public final class TrustAtlas {

  private final Lazy<Atlas> atlas;
  private final Lazy<DynamicsContent> dynamics;
  private final Lazy<GuidanceContent> guidance;
  /** The guidance's safety gate alone: a concept's cautions need no more of it. */
  private final Lazy<SafetyGate> gate;
  /** The guidance's danger vocabulary, which only search reads: the largest part of the guidance. */
  private final Lazy<DangerVocabulary> dangerVocabulary;
  private final Lazy<ConceptSearch> search;
  /** What search ranks among the rest only when a reader's words name it ({@link #aboutHarm}). */
  private final Lazy<Set<ConceptId>> aboutHarm = Lazy.of(this::aboutHarm);

  private TrustAtlas(Lazy<Atlas> atlas, Lazy<DynamicsContent> dynamics, Lazy<GuidanceContent> guidance,
      Lazy<SafetyGate> gate, Lazy<DangerVocabulary> dangerVocabulary, Lazy<ConceptSearch> search) {
    this.atlas = Objects.requireNonNull(atlas, "atlas");
    this.dynamics = dynamics;
    this.guidance = guidance;
    this.gate = gate;
    this.dangerVocabulary = dangerVocabulary;
    this.search = search;
  }

  /** The pack that ships with the library. Loaded once per class loader, then shared. */
  public static TrustAtlas bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Loads the pack in {@code folder}, every file of it at once. A pack without its own
   * {@code safety-rules.yaml}, {@code resources.yaml}, {@code checkin.yaml} or {@code wording.yaml} uses the bundled
   * pack's, so it is never without safety rules or crisis resources. An inherited check-in names
   * only the challenges this pack has.
   *
   * @throws PackLoadException listing every problem, when the pack is not valid; nothing is loaded
   */
  public static TrustAtlas load(Path folder) {
    Objects.requireNonNull(folder, "folder must not be null");
    LoadedPack pack = PackReader.read(folder, TrustAtlas::bundledGuidance);
    return new TrustAtlas(Lazy.ready(pack.atlas()), Lazy.ready(pack.dynamics()), Lazy.ready(pack.guidance()),
        Lazy.ready(pack.guidance().gate()), Lazy.ready(pack.guidance().danger()),
        Lazy.of(() -> ConceptSearch.index(pack.atlas())));
  }

  /** Every problem in the pack at {@code folder}; an empty list means it loads. */
  public static List<PackProblem> validate(Path folder) {
    Objects.requireNonNull(folder, "folder must not be null");
    try {
      PackReader.read(folder, TrustAtlas::bundledGuidance);
      return List.of();
    } catch (PackLoadException invalid) {
      return invalid.problems();
    }
  }

  /**
   * Does now the work this atlas would otherwise do on first use: reads the bundled pack's guidance
   * (with the danger vocabulary's matching forms) and simulator files and builds the search index.
   * A server calls it before it accepts requests, so no reader waits for it; a short command line
   * run skips it and pays only for what it uses.
   *
   * @return this atlas
   */
  public TrustAtlas prepared() {
    atlas.get();
    dynamics.get();
    guidance.get();
    dangerVocabulary.get().prepared();
    aboutHarm.get();
    gate.get();
    search.get();
    return this;
  }

  /** The concepts and relations, with typed, indexed queries. */
  public Atlas atlas() {
    return atlas.get();
  }

  /** The pack's name, version, licence and sources: {@code atlas().pack()}. */
  public PackInfo pack() {
    return atlas().pack();
  }

  /**
   * {@link #search(String, int, Region)} for a reader whose region is unknown: the safety block
   * shows the international emergency number and the number of every region the pack lists.
   */
  public SearchResults search(String query, int limit) {
    return search(query, limit, Region.INTERNATIONAL);
  }

  /**
   * The concepts a reader's words most likely mean, best first: "my partner cheated" finds
   * infidelity. Danger is recognised first, from the pack's danger vocabulary ("he chokes me", "i
   * wanna die"): its concepts come first and the safety block leads with {@code region}'s emergency
   * number and the right services, also when no concept matches; where the words say who is writing
   * ("i am a man", "we are both women"), the services set up for them come first. A danger word is never matched
   * loosely against a concept's name.
   *
   * @throws IllegalArgumentException for a blank or over-long query or a limit outside 1 to 50
   * @throws NullPointerException naming the argument, when {@code query} or {@code region} is null
   */
  public SearchResults search(String query, int limit, Region region) {
    Objects.requireNonNull(query, "query must not be null");
    Objects.requireNonNull(region, "region must not be null");
    ConceptSearch.check(query, limit);
    // On a cold start the index and the danger vocabulary are read on other threads while the
    // guidance and the atlas are read.
    search.prefetch();
    dangerVocabulary.prefetch();
    GuidanceContent content = guidanceAndAtlas();
    Atlas graph = atlas.get();
    DangerVocabulary vocabulary = dangerVocabulary.get();
    DangerVocabulary.Heard heard = vocabulary.hear(query);
    List<DangerMatch> danger = heard.danger();
    // The categories' concepts first, the index on the words no phrase took, their other concepts after.
    List<Concept> pinned = danger.stream().flatMap(m -> m.category().concepts().stream())
        .map(graph::concept).flatMap(Optional::stream).distinct().toList();
    List<Concept> after = danger.stream().flatMap(m -> m.category().then().stream())
        .map(graph::concept).flatMap(Optional::stream).distinct().toList();
    Set<String> answered = danger.stream().flatMap(m -> m.stems().stream()).collect(Collectors.toSet());
    Predicate<Concept> shown = shown(danger, vocabulary, content.gate(), region, graph);
    if (!danger.isEmpty()) {
      Set<ConceptId> near = near(graph, pinned, after);
      shown = shown.and(concept -> near.contains(concept.id()));
    }
    Set<ConceptId> namedOnly = danger.isEmpty() ? aboutHarm.get() : Set.of();
    List<SearchHit> hits = search.get().search(new ConceptSearch.Request(query, limit, pinned, after,
        vocabulary::isDangerWord, answered, shown, concept -> namedOnly.contains(concept.id())));
    SafetyBlock safety = danger.isEmpty() ? DangerSafety.block(danger, content.gate(), content.directory(), region)
        : block(danger, heard, content, region);
    return new SearchResults(query, danger, safety, hits);
  }

  // The reader's age counts when their words say they are young ("im 13", "i am 9"): lines for an older age are left out.
  private static SafetyBlock block(List<DangerMatch> danger, DangerVocabulary.Heard heard, GuidanceContent content,
      Region region) {
    OptionalInt own = heard.readerAge();
    Set<AudienceTag> reader = readerGroups(danger, heard, own);
    // A child's age told by someone else counts as well where a match is about that child's harm ("my sister is 10"),
    // but not for a reader who says they are grown, whose own harm may be told beside it ("i am 40 and my daughter is
    // 12 and my husband raped me" keeps the lines for the reader's own age).
    OptionalInt age = reader.contains(AudienceTag.YOUNG_PEOPLE) ? own
        : !reader.contains(AudienceTag.ADULTS) && danger.stream().anyMatch(m -> m.category().aboutHarmToOrByAChild())
            ? heard.childAge() : OptionalInt.empty();
    return DangerSafety.block(danger, content.gate(), content.directory(), region, reader, heard.maybeSomeoneClose(),
        age);
  }

  /**
   * Whom the services listed first are set up for: the groups the words say the reader belongs to,
   * except that someone using harm is first of all that ("im a guy and i hit my girlfriend" needs a
   * behaviour-change line before a line for men who are being abused; an adult afraid of their own
   * sexual thoughts about children, a prevention line before anything else), and, when the words say so,
   * young: a 15-year-old who hit a boyfriend is a child a youth or child-protection line is there for.
   */
  private static Set<AudienceTag> readerGroups(List<DangerMatch> danger, DangerVocabulary.Heard heard,
      OptionalInt ownAge) {
    Set<AudienceTag> said = heard.readerGroups();
    // The reader is young when they give their own age as a child's, whatever the phrases for young readers cover
    // ("i am 9 my uncle touches me"), or when a category written to a young reader about their own thoughts or
    // images matched on the reader's own age (its except: phrases leave out another person's, "my niece is 15
    // and"); unless their words also say they are grown ("im 35"), which neither guess overrules.
    if (!said.contains(AudienceTag.ADULTS) && (ownAge.isPresent()
        || danger.stream().anyMatch(m -> m.category().writtenToAYoungPersonWhoMayHarmAChild()))) {
      Set<AudienceTag> young = EnumSet.of(AudienceTag.YOUNG_PEOPLE);
      young.addAll(said);
      said = young;
    }
    said = youngBeforeAdult(said);
    if (danger.stream().noneMatch(m -> m.category().writtenToSomeoneUsingHarm()
        || m.category().writtenToSomeoneWhoMayHarmAChild())) {
      // A reader who may be harmed or harming, written to as both ("am i the abusive one", "we hit each
      // other": a domestic-violence line first, a behaviour-change line next): that line is theirs too,
      // right after the domestic-violence lines, not last as a line for another group.
      if (danger.stream().anyMatch(m -> m.category().services().contains(ServiceType.BEHAVIOUR_CHANGE))) {
        Set<AudienceTag> either = EnumSet.noneOf(AudienceTag.class);
        either.addAll(said);
        either.add(AudienceTag.USING_HARM);
        return Set.copyOf(either);
      }
      return said;
    }
    return said.contains(AudienceTag.YOUNG_PEOPLE) ? Set.of(AudienceTag.USING_HARM, AudienceTag.YOUNG_PEOPLE)
        : said.contains(AudienceTag.ADULTS) ? Set.of(AudienceTag.USING_HARM, AudienceTag.ADULTS)
        : Set.of(AudienceTag.USING_HARM);
  }

  // A young reader is a child before a man or a woman: "im 14 a man online says he will post my
  // nudes" is no adult man's words, and lines for adult men or women are not for them; words that
  // say the reader is young and also grown are read as young.
  private static Set<AudienceTag> youngBeforeAdult(Set<AudienceTag> said) {
    if (!said.contains(AudienceTag.YOUNG_PEOPLE)) {
      return said;
    }
    Set<AudienceTag> young = EnumSet.copyOf(said);
    young.remove(AudienceTag.MEN);
    young.remove(AudienceTag.WOMEN);
    young.remove(AudienceTag.ADULTS);
    return Set.copyOf(young);
  }

  /**
   * The concepts about harm and crisis: those the danger vocabulary shows first, harm by a partner,
   * the steps for the person harmed or the person who used harm, and the services those refer to.
   * Where no danger is recognised, search ranks them among the rest only when the words name them
   * ({@link ConceptSearch.Request#namedOnly}): over the everyday test queries, a third showed one of
   * them in the top three on a single word used in passing ("killing", "thought", "phone", "scared").
   */
  private Set<ConceptId> aboutHarm() {
    Atlas graph = atlas.get();
    Set<ConceptId> about = new HashSet<>(dangerVocabulary.get().safetyConcepts());
    for (Concept concept : graph.concepts()) {
      if (isHarmOrAStepAfterIt(concept) || concept.kind() == ConceptKind.RESOURCE && tiedToHarm(graph, concept)) {
        about.add(concept.id());
      }
    }
    return Set.copyOf(about);
  }

  /**
   * Once danger is recognised, the concepts the results may hold: its categories' own and the
   * concepts one relation away from them. The index still ranks what the rest of the words say, but
   * only among these: the words left once the phrases took theirs are mostly the rest of a sentence
   * ("too hard", "i didnt mean to", "wanting to"), and matched against the whole pack they brought
   * sexual difficulties under a parent's harm to a child and an affair under blackmail with pictures
   * (over the danger test rows, three in four of the hits beyond the categories' own concepts).
   */
  private static Set<ConceptId> near(Atlas graph, List<Concept> pinned, List<Concept> after) {
    Set<ConceptId> near = new HashSet<>();
    for (List<Concept> concepts : List.of(pinned, after)) {
      for (Concept concept : concepts) {
        near.add(concept.id());
        // A service is one relation from every harm that refers to it, so it widens nothing.
        if (concept.kind() == ConceptKind.RESOURCE) {
          continue;
        }
        for (Link link : graph.related(concept.id(), Direction.BOTH)) {
          near.add(link.other().id());
        }
      }
    }
    return near;
  }

  /**
   * What the results may show. The concepts written to someone using harm only when the words are
   * theirs, danger or not: a hurt reader whose words are read as no danger at all must still not
   * meet "hurting a partner and wanting to stop" first. Once danger is recognised, also only what
   * the safety gate lets through for a reader whose words said what they said (no couples work
   * where a partner harms); and where a partner harms, the reader used harm, is sent to a
   * domestic-violence service or tells of a child harmed or at risk, no couples work and nothing
   * about repairing the relationship (its outcomes, phases, practices, foundations and
   * requirements): safety and the reader's own
   * recovery come first, and repair is not a way back in for someone who used harm.
   */
  private static Predicate<Concept> shown(List<DangerMatch> danger, DangerVocabulary vocabulary, SafetyGate gate,
      Region region, Atlas graph) {
    boolean usingHarm = danger.stream().anyMatch(m -> m.category().writtenToSomeoneUsingHarm());
    Set<ConceptId> forUsingHarm = usingHarm ? Set.of() : vocabulary.usingHarmConcepts();
    if (danger.isEmpty()) {
      return concept -> !forUsingHarm.contains(concept.id());
    }
    SafetyContext context = DangerSafety.context(danger, region);
    // Harm: the words say a partner harms, the reader used harm, they are sent to a
    // domestic-violence service ("we hit each other" sets no flag, and needs no couples work either),
    // or a child is harmed or at risk, whoever did it ("i shook my baby": the child's safety comes
    // before the couple).
    boolean harm = usingHarm || danger.stream().anyMatch(m -> m.category().signalsPartnerHarm()
        || m.category().services().contains(ServiceType.DOMESTIC_VIOLENCE) || m.category().aboutAChild());
    SafetyGate.Situated situated = gate.situated(context, List.of());
    Predicate<Concept> allowed = concept -> situated.evaluate(concept).shown()
        && !(harm && concept instanceof RebuildingStrategy strategy && strategy.conjoint());
    Set<ConceptId> safety = vocabulary.safetyConcepts();
    return concept -> !forUsingHarm.contains(concept.id()) && allowed.test(concept)
        && reachedThroughAllowedStrategy(graph, concept, allowed)
        && !(harm && aboutRepair(concept) && !safety.contains(concept.id()) && !tiedToHarm(graph, concept));
  }

  // The kinds in which the pack writes about the relationship itself: where it can end, its phases,
  // its practices, what trust rests on and what repair needs.
  private static boolean aboutRepair(Concept concept) {
    return switch (concept.kind()) {
      case OUTCOME, PHASE, DEVELOPMENT_PRACTICE, TRUST_FOUNDATION, TRUST_DIMENSION, RECOVERY_REQUIREMENT -> true;
      case CHALLENGE, AGGRAVATOR, EMOTIONAL_RESPONSE, COGNITIVE_STATE, REACTIVE_BEHAVIOR, CONSEQUENCE,
          REBUILDING_STRATEGY, RESOURCE -> false;
    };
  }

  // Related to harm by a partner, or to a step for the person harmed or the person who used harm:
  // "safety first", "living free from harm" and "stopping the harm" stay.
  private static boolean tiedToHarm(Atlas graph, Concept concept) {
    return graph.related(concept.id(), Direction.BOTH).stream().map(Link::other)
        .anyMatch(TrustAtlas::isHarmOrAStepAfterIt);
  }

  // Harm by a partner, or a step for the person harmed or the person who used harm.
  private static boolean isHarmOrAStepAfterIt(Concept concept) {
    return concept instanceof Challenge challenge && challenge.family() == ChallengeFamily.PARTNER_HARM
        || concept instanceof RebuildingStrategy strategy
            && (strategy.actor() == ActorRole.SURVIVOR || strategy.actor() == ActorRole.USING_HARM);
  }

  /**
   * A resource that strategies refer readers to stands or falls with them: a couples therapist is
   * couples work, left out wherever couples therapy is. A resource no strategy refers to, and any
   * other concept, is judged on its own.
   */
  private static boolean reachedThroughAllowedStrategy(Atlas graph, Concept concept, Predicate<Concept> allowed) {
    if (!(concept instanceof Resource)) {
      return true;
    }
    List<Concept> strategies = graph.related(concept.id(), RelationKind.REFERS_TO, Direction.INCOMING).stream()
        .map(Link::other).filter(other -> other instanceof RebuildingStrategy).toList();
    return strategies.isEmpty() || strategies.stream().anyMatch(allowed);
  }

  /** The pack's danger vocabulary: what search recognises as danger, and what each kind of danger means. */
  public DangerVocabulary dangerVocabulary() {
    return dangerVocabulary.get();
  }

  /**
   * The pack's reader wording: how roles, safety questions, kinds of service, plan sections and
   * unnamed regions are put to a reader, the same in every front end.
   */
  public Wording wording() {
    return guidance.get().wording();
  }

  /** The simulator's parameters, each with its source and a note on how it was chosen. */
  public DynamicsParameters dynamicsParameters() {
    return dynamics.get().parameters();
  }

  /** The pack's named scenarios, in pack order. */
  public List<Scenario> scenarios() {
    return dynamics.get().scenarios();
  }

  /** The pack's scenario with this id; empty when there is none. */
  public Optional<Scenario> scenario(String id) {
    Objects.requireNonNull(id, "scenario id must not be null");
    return scenarios().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Runs a scenario with this pack's parameters. Deterministic for a seed; every result carries the
   * notice that it illustrates published findings and predicts nothing about anyone's relationship.
   *
   * @throws SimulationTooLargeException before any work, when the run is over {@link SimulationCost}'s
   *     limits (weeks, events), so its time and the size of its result are bounded
   */
  public Simulation simulate(Scenario scenario) {
    Objects.requireNonNull(scenario, "scenario must not be null");
    SimulationCost.of(scenario).check();
    return Simulator.with(dynamicsParameters()).run(scenario);
  }

  /**
   * The repair plan for a situation: the safety block first (emergency number and services for the
   * situation's region, notices of the rules that apply), then phases of steps that passed the safety
   * gate, what the gate left out and why, requirements and possible outcomes. Deterministic.
   *
   * @throws UnknownConceptException when a challenge or aggravator id is not in this pack as that
   *     kind; it names the field, the nearest ids and every valid one
   * @throws NullPointerException "situation must not be null", when it is
   */
  public RepairPlan plan(Situation situation) {
    Objects.requireNonNull(situation, "situation must not be null");
    return guidanceAndAtlas().planner().plan(situation);
  }

  /**
   * The private check-in: questions, safety first, whose answers end in a plan, or at once in
   * resources when they signal danger. Answers live only in the steps the caller holds.
   */
  public CheckIn checkIn() {
    return guidanceAndAtlas().checkIn();
  }

  /**
   * The guidance, joined to the atlas: on a cold start its own parts are read on a second core while
   * this thread reads the atlas, so a first plan or search waits for the slower of the two, not both.
   */
  private GuidanceContent guidanceAndAtlas() {
    guidance.prefetch();
    atlas.get();
    return guidance.get();
  }

  /**
   * What the safety rules say about one concept shown on its own, to a reader nothing is known
   * about; empty when they say nothing.
   */
  public List<String> cautions(Concept concept) {
    Objects.requireNonNull(concept, "concept must not be null");
    return gate.get().cautions(concept);
  }

  /** The safety rules, in the order the gate runs them; each says why and on what source. */
  public List<SafetyRule> safetyRules() {
    return gate.get().rules();
  }

  /** Every crisis service and emergency number, by region. */
  public ResourceDirectory resourceDirectory() {
    return guidance.get().directory();
  }

  /**
   * The services for {@code region}, one match per service type in {@link ServiceType} order, each
   * from the international directory (marked as a fallback) where the region lists none of that
   * type. A type neither the region nor the international directory lists is left out. The
   * emergency number is {@link #emergencyNumber(Region)}.
   */
  public List<ResourceMatch> resources(Region region) {
    Objects.requireNonNull(region, "region must not be null");
    ResourceDirectory directory = resourceDirectory();
    return Arrays.stream(ServiceType.values()).filter(type -> type != ServiceType.EMERGENCY)
        .map(type -> directory.find(region, type)).filter(match -> !match.isEmpty()).toList();
  }

  /** The emergency number of {@code region}, or the international entry where the region has none. */
  public EmergencyNumber emergencyNumber(Region region) {
    Objects.requireNonNull(region, "region must not be null");
    return resourceDirectory().emergencyNumber(region);
  }

  /**
   * The emergency numbers to show a reader in {@code region}: its own, or, where the pack lists none
   * for it (unknown, or a country it does not cover), the international number followed by every
   * listed country's.
   */
  public SafetyItem.Call emergencyCall(Region region) {
    Objects.requireNonNull(region, "region must not be null");
    return resourceDirectory().emergencyCall(region);
  }

  /**
   * Reads a scenario a reader or a program wrote (YAML or JSON, the shape of one entry of
   * {@code scenarios.yaml}).
   *
   * @param name what to call the text in problems, such as the file name or "request body"
   * @throws PackLoadException listing every problem with its line and column; a text over {@link
   *     org.trustatlas.content.input.InputLimits#DOCUMENT} or with a repeated key, an anchor or a
   *     control character is one such problem
   * @throws SimulationTooLargeException when running it would be over {@link SimulationCost}'s limits,
   *     counted from the text before any event is made
   */
  public static Scenario readScenario(String name, String text) {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(text, "text must not be null");
    return PackReader.readScenario(name, text);
  }

  private static GuidanceContent bundledGuidance() {
    return bundled().guidance.get();
  }

  /**
   * Lazy holder: nothing of the bundled pack is read when this class loads, and each part (concepts,
   * guidance, simulator, search index) is read from the build's snapshot when first asked for.
   */
  private static final class Bundled {
    static final TrustAtlas INSTANCE = bundled();

    private static TrustAtlas bundled() {
      Lazy<Atlas> atlas = Lazy.of(BundledPack::atlas);
      Lazy<DangerVocabulary> danger = Lazy.of(() -> BundledPack.danger(atlas));
      return new TrustAtlas(atlas, Lazy.of(() -> BundledPack.dynamics(atlas)),
          Lazy.of(() -> BundledPack.guidance(atlas, danger)), Lazy.of(() -> BundledPack.gate(atlas)), danger,
          Lazy.of(() -> BundledPack.search(atlas)));
    }
  }
}
