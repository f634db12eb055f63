package org.trustatlas.web.http;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.input.StrictInput;
import org.trustatlas.content.read.Lookup;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.repair.RepairPlan;
import org.trustatlas.core.repair.Situation;
import org.trustatlas.core.repair.UnknownConceptException;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.SafetyContext;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.TriState;

/**
 * Turns what a client sent (the plan API's JSON, the plan page's form) into a situation and asks the
 * atlas for its plan. It only parses: every rule about what the plan says is the core's. Each mistake
 * is a 400 problem whose pointer names the member at fault; nothing is kept.
 */
public final class PlanRequests {

  /**
   * A plan request as sent, before any checking.
   *
   * @param flags safety flag slug to {@code yes}, {@code no} or {@code unknown}; a flag not given is unknown
   * @param region an ISO 3166 code or {@code INTL}; empty for the international directory
   */
  public record Input(List<String> challenges, Optional<String> role, Map<String, String> flags,
      List<String> aggravators, Optional<String> region) {}

  private final TrustAtlas atlas;
  /** Made once: its index of names is built on the first id that is none, then kept for the next. */
  private final ConceptLookup names;

  public PlanRequests(TrustAtlas atlas) {
    this.atlas = atlas;
    this.names = new ConceptLookup(atlas.atlas());
  }

  /**
   * The plan. A region that names no country becomes the international directory, whose emergency
   * number comes with every covered country's: a plan is never withheld over a spelling, whether or
   * not the reader has said they are in danger (an unanswered safety question is not a no).
   */
  public RepairPlan plan(Input input) {
    Situation situation = situation(names, input);
    RepairPlan plan;
    try {
      plan = atlas.plan(situation);
    } catch (UnknownConceptException unknown) {
      String member = unknown.field().equals("aggravator") ? "/aggravators" : "/challenges";
      throw Problems.invalidBody(member, sentence(unknown.getMessage())).withSuggestions(unknown.suggestions())
          .toException();
    }
    return plan;
  }

  static Situation situation(ConceptLookup names, Input input) {
    if (input.challenges().isEmpty()) {
      throw Problems.invalidBody("/challenges", "Name at least one challenge, such as infidelity.").toException();
    }
    ReaderRole role = input.role().map(slug -> parse("/role", () -> ReaderRole.parse(slug.strip())))
        .orElseThrow(() -> Problems.invalidBody("/role", "Say whose plan it is: one of "
            + String.join(", ", roles()) + ".").toException());
    Map<SafetyFlag, TriState> flags = new EnumMap<>(SafetyFlag.class);
    input.flags().forEach((name, state) -> {
      String pointer = member("/flags", name);
      SafetyFlag flag = parse(pointer, () -> SafetyFlag.parse(name.strip()));
      flags.put(flag, parse(pointer, () -> TriState.parse(state.strip())));
    });
    Region region = input.region().filter(r -> !r.isBlank()).flatMap(Region::recognise).orElse(Region.INTERNATIONAL);
    return new Situation(ids(names, "/challenges", input.challenges()), role, new SafetyContext(flags, region),
        ids(names, "/aggravators", input.aggravators()));
  }

  /** The member's JSON pointer (RFC 6901); a key longer than any id is not echoed whole, and the object is named. */
  private static String member(String object, String key) {
    return key.length() > StrictInput.MAX_ID_CHARS ? object
        : object + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  /**
   * The ids as sent; one that is no id at all ("INFIDELITY", "Infidelity!") is refused with the read
   * model's suggestions, as the CLI and MCP suggest them, and an unknown one is core's to name.
   */
  private static List<ConceptId> ids(ConceptLookup names, String pointer, List<String> values) {
    List<ConceptId> ids = new ArrayList<>();
    for (String value : values) {
      String id = value.strip();
      if (!ConceptId.isValid(id) && names.lookup(id) instanceof Lookup.NotFound missing) {
        throw Problems.invalidBody(pointer, names.notAnId(missing)).withSuggestions(missing.suggestedIds())
            .toException();
      }
      ids.add(parse(pointer, () -> ConceptId.of(id)));
    }
    return ids;
  }

  private static List<String> roles() {
    return java.util.Arrays.stream(ReaderRole.values()).map(ReaderRole::slug).toList();
  }

  private static <T> T parse(String pointer, java.util.function.Supplier<T> parser) {
    try {
      return parser.get();
    } catch (IllegalArgumentException invalid) {
      throw Problems.invalidBody(pointer, sentence(invalid.getMessage())).toException();
    }
  }

  private static String sentence(String message) {
    String text = message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    return text.endsWith(".") || text.endsWith("?") ? text : text + ".";
  }
}
