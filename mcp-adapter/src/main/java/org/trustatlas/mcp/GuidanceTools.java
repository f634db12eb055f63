package org.trustatlas.mcp;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.input.InputException;
import org.trustatlas.content.input.Quote;
import org.trustatlas.content.input.StrictInput;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.content.read.Vocabulary;
import org.trustatlas.content.read.Wording;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.model.ConceptKind;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.repair.Situation;
import org.trustatlas.core.repair.UnknownConceptException;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.SafetyContext;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.TriState;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code plan}, {@code resources}, {@code checkin_questions} and {@code checkin_answer}: guidance
 * behind the safety gate. Every rule is the core's; these only read arguments and write its answers.
 * What a person answers is held only for the call: never stored, logged or cached.
 */
final class GuidanceTools {

  static final String REGION = "Where the person is, for the emergency number and local services: an ISO "
      + "3166 alpha-2 code such as US, GB, AU or CA (alpha-3 codes and English names such as UK or Scotland are "
      + "understood), or INTL for the international directory (default).";

  private final TrustAtlas trustAtlas;
  private final Atlas atlas;

  GuidanceTools(TrustAtlas trustAtlas) {
    this.trustAtlas = trustAtlas;
    this.atlas = trustAtlas.atlas();
  }

  List<AtlasTool> tools() {
    return List.of(plan(), resources(), checkInQuestions(), checkInAnswer());
  }

  /** "hurt-partner (the partner who was hurt), ...": each role's slug with the pack's name for it. */
  private static String roles(Wording wording) {
    return String.join(", ", wording.roles().stream().map(r -> r.role().slug() + " (" + r.name() + ")").toList());
  }

  /** "immediate-danger: Are you in danger right now?; ...": each flag with the plan form's question. */
  private static String questions(Wording wording) {
    return String.join("; ", wording.questions().stream().map(q -> q.flag().slug() + ": " + q.question()).toList());
  }

  private AtlasTool plan() {
    Wording wording = trustAtlas.wording();
    InputSchema input = InputSchema.object()
        .textList("challenges", "Challenge concept ids, such as ['infidelity'] (search finds them from plain words).")
        .oneOf("role", "Whose plan it is: " + roles(wording) + ".", InputSchema.slugs(ReaderRole.class))
        .wordMap("flags", "What is known about the person's safety, each yes, no or unknown. Leave out what you "
            + "do not know: unknown flags add a safety note and a suggestion of screening apart. Each flag is "
            + "the answer to a question, asked in this order: " + questions(wording) + ".",
            InputSchema.slugs(SafetyFlag.class), InputSchema.slugs(TriState.class))
        .textList("aggravators", "Aggravator concept ids that make it harder, such as 'sti-exposure'.")
        .text("region", REGION, 40)
        .required("challenges", "role");
    return new AtlasTool("plan", "A repair plan, safety first",
        "A repair plan for a described situation, behind the atlas's safety gate. The result's first field, "
            + "'safety', is the safety block: show it to the person first and in full (emergency number, "
            + "services with how to reach them, notices), before any step. Then the phases of steps with who "
            + "acts and why, what the gate left out and why, what recovery needs and the possible outcomes "
            + "(separation is one). When harm by a partner is signalled, the plan never proposes joint work: "
            + "do not suggest it yourself either. Nothing sent is stored or logged.",
        input, OutputSchemas.file("plan.output.schema.json"), arguments -> {
          ReaderRole role = Arguments.parse("role", arguments.requiredString("role"), ReaderRole::parse);
          Map<SafetyFlag, TriState> flags = new EnumMap<>(SafetyFlag.class);
          arguments.stringMap("flags").forEach((name, state) -> flags.put(
              Arguments.parse("flags", name, SafetyFlag::parse),
              Arguments.parse("flags." + name, state, TriState::parse)));
          List<String> challenges = arguments.strings("challenges");
          if (challenges.isEmpty()) {
            throw new ToolError("challenges: name at least one challenge, such as 'infidelity'");
          }
          Situation situation = new Situation(ids("challenges", challenges, ConceptKind.CHALLENGE), role,
              // A plan is never withheld over a region's spelling, as in the CLI and the web.
              new SafetyContext(flags, region(arguments, true)),
              ids("aggravators", arguments.strings("aggravators"), ConceptKind.AGGRAVATOR));
          try {
            return AtlasJson.plan(trustAtlas.plan(situation));
          } catch (UnknownConceptException wrongKind) {
            throw ToolError.from(wrongKind.field().equals("aggravator") ? "aggravators" : "challenges", wrongKind);
          }
        });
  }

  /** Ids the atlas has; one it lacks is an error naming the nearest and every one of that kind. */
  private List<ConceptId> ids(String argument, List<String> values, ConceptKind kind) {
    List<ConceptId> ids = new ArrayList<>();
    for (String value : values) {
      if (atlas.concept(value).isEmpty()) {
        // suggestions from this argument's own ids, as the CLI's and the web's plans give them (the
        // planner's check), never other kinds' names ("x" suggested a sexual-health concept)
        Vocabulary valid = new Vocabulary(kind.slug(), atlas.concepts(kind).stream().map(c -> c.id().value()).toList());
        throw new ToolError(argument + ": unknown " + kind.slug() + " " + Quote.of(value) + valid.hint(value)
            + "; valid: " + valid.listed());
      }
      ids.add(ConceptId.of(value));
    }
    return ids;
  }

  private AtlasTool resources() {
    return new AtlasTool("resources", "Crisis resources for a region",
        "The emergency number and crisis services (domestic abuse, sexual assault, mental health and others) "
            + "for a region, each with how to reach it, its hours, its source and when it was last checked; "
            + "services the region lacks come from the international directory, marked as a fallback. A region "
            + "not recognised is never refused: the answer is the international directory (region INTL), with "
            + "112 and every covered country's number. Give numbers exactly as returned and pass on any note "
            + "to verify them.",
        InputSchema.object().text("region", REGION, 40), OutputSchemas.file("resources.output.schema.json"),
        arguments -> {
          Region region = region(arguments, true);
          return AtlasJson.resources(region, trustAtlas.emergencyCall(region), trustAtlas.resources(region));
        });
  }

  private AtlasTool checkInQuestions() {
    return new AtlasTool("checkin_questions", "The private check-in's questions",
        "The check-in: short self-reflection questions written for this project, each with its choices. The "
            + "first asks whether the person can answer privately; if someone else can see the screen, leave out "
            + "every question marked 'alone' and never repeat a disclosure back. Then come the safety questions. "
            + "Ask in this order, one at a time, offering 'not sure'; if a "
            + "safety answer signals danger, stop asking and call checkin_answer at once, which answers with "
            + "resources. Then send the answers to checkin_answer.",
        InputSchema.object(), OutputSchemas.file("checkin.output.schema.json"),
        arguments -> AtlasJson.checkIn(trustAtlas.checkIn()));
  }

  private AtlasTool checkInAnswer() {
    InputSchema input = InputSchema.object()
        .freeObject("answers", "Question id to the chosen choice id, or a list of choice ids where the question "
            + "allows several, such as {\"danger-now\": \"no\", \"what-happened\": [\"cheating\"]}. A question "
            + "left out counts as 'not sure'.")
        .text("region", REGION, 40)
        .required("answers");
    return new AtlasTool("checkin_answer", "Where the check-in's answers lead",
        "Where a set of check-in answers leads: 'stop' (a danger answer: show the safety block and message at "
            + "once, nothing else), 'planned' (a repair plan, its safety block first) or 'nothing-named' "
            + "(support and resources). Answers are used for this call only: never stored or logged.",
        input, OutputSchemas.file("checkin-step.output.schema.json"), arguments -> {
          Region region = region(arguments, true);
          try {
            Map<String, List<String>> answers = StrictInput.answers("answers",
                AtlasJson.mapper().valueToTree(arguments.rawObject("answers").orElse(Map.of())), "");
            return AtlasJson.checkInStep(trustAtlas.checkIn().run(answers, region));
          } catch (InputException malformed) {
            throw new ToolError("answers" + Quote.bare(malformed.problem().pointer()) + ": " + malformed.problem().message());
          } catch (IllegalArgumentException invalid) {
            throw ToolError.from("answers", invalid);
          }
        });
  }

  /**
   * The region named (a code, an alpha-3 code or an English name such as "UK"); none is the
   * international directory. Where people look for help (plans, resources, the check-in's answer, a
   * search in dangerous words) one not recognised is the international directory, whose emergency
   * call lists every covered country's number and 112, as in the CLI and the web; elsewhere it is an
   * error naming the nearest region.
   */
  static Region region(Arguments arguments, boolean forHelp) {
    return arguments.string("region").filter(code -> !code.isEmpty())
        .map(code -> forHelp ? Region.recognise(code).orElse(Region.INTERNATIONAL)
            : Arguments.parse("region", code, Region::of))
        .orElse(Region.INTERNATIONAL);
  }
}
