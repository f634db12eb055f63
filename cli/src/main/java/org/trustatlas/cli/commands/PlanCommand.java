package org.trustatlas.cli.commands;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trustatlas.content.input.InputLimits;
import org.trustatlas.content.input.Quote;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.repair.RepairPlan;
import org.trustatlas.core.repair.Situation;
import org.trustatlas.core.repair.UnknownConceptException;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.TriState;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "plan", customSynopsis = {"atlas plan --challenge ID... [--role ROLE] [--flag NAME=VALUE]...",
    "                  [--aggravator ID...] [--region CC] [--json]"},
    description = {"A repair plan for your situation, safety first.",
        "First the emergency number and services for your region, then phases of steps (who acts and why, with the "
            + "article sentences and sources), what was held back for safety and why, what recovery needs and where "
            + "it can end. Safety questions you do not answer with --flag count as unknown, never as 'no'."},
    footer = {"%nExamples:", "  atlas plan --challenge infidelity --role hurt-partner",
        "  atlas plan -c infidelity -r both --flag fear-of-partner=no",
        "  atlas plan --challenge intimate-partner-abuse --role survivor --region GB",
        "  atlas plan --challenge infidelity --aggravator sti --json",
        "%nWithout --region, the region is your system's country (else the international directory). --region takes "
            + "a code (GB, UK, USA) or a country's name; one it cannot place gets the international services and "
            + "every covered country's emergency number.",
        "The plan never prints your role or safety answers back, but flags typed on a command line stay in your "
            + "shell's history. 'atlas checkin' asks its questions instead and keeps nothing.",
        "Challenge and aggravator ids: atlas concepts --kind challenge, atlas concepts --kind aggravator."})
final class PlanCommand implements Callable<Integer> {

  private final Session session;

  @Spec
  CommandSpec spec;

  @Option(names = {"-c", "--challenge"}, paramLabel = "ID", arity = "1..*", split = ",", required = true,
      description = "What you are going through, one or more challenge ids.")
  List<String> challenges;

  @Option(names = {"-r", "--role"}, paramLabel = "ROLE", converter = Roles.class, completionCandidates = Roles.class,
      description = "Who you are in it: ${COMPLETION-CANDIDATES} (default: both).")
  ReaderRole role = ReaderRole.BOTH;

  @Option(names = "--flag", paramLabel = "NAME=VALUE", converter = FlagSettings.class,
      completionCandidates = FlagSettings.class,
      description = "A safety answer, VALUE yes, no or unknown; NAME one of: ongoing-abuse, fear-of-partner, "
          + "coercive-control, sexual-violence-by-partner, immediate-danger, self-harm-risk. Repeat for more.")
  List<FlagSetting> flags = new ArrayList<>();

  @Option(names = {"-a", "--aggravator"}, paramLabel = "ID", arity = "1..*", split = ",",
      description = "What makes it harder, such as sti or pregnancy.")
  List<String> aggravators = new ArrayList<>();

  @Option(names = "--region", paramLabel = "CC", converter = Regions.class,
      description = "Where you are, for the emergency number and services: a country code such as US, CA, GB (or "
          + "UK), AU, a country's name, or INTL for the international directory.")
  Regions.Choice region;

  PlanCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    // Every plan lists where to turn, so a region it cannot place never blocks it: a misspelt country
    // gets the international services and every covered country's emergency number, and the note says why.
    Region where = Regions.resolve(region);
    RepairPlan plan = plan(situation(where));
    if (session.json()) {
      session.printJson(AtlasJson.plan(plan));
    } else {
      String note = Regions.note(session.atlas().wording(), region, where);
      PlanView view = new PlanView(session.printer(), session.atlas().wording());
      // The plan never says the reader's role or safety answers back: a screen can be seen by the very
      // partner those answers are about, and the end of the output is what stays in view.
      view.print(plan, session.atlas().atlas(), note);
    }
    return 0;
  }

  private Situation situation(Region where) {
    // the list limit every front end reads with (a JSON body's or a tool call's list), not a CLI's own
    int most = InputLimits.DOCUMENT.maxItems();
    if (challenges.size() > most || aggravators.size() > most) {
      throw new ParameterException(spec.commandLine(), (challenges.size() > most ? "--challenge" : "--aggravator")
          + " names more than " + most + " ids; give at most " + most);
    }
    Map<SafetyFlag, TriState> given = new EnumMap<>(SafetyFlag.class);
    for (FlagSetting setting : flags) {
      TriState before = given.put(setting.flag(), setting.state());
      if (before != null && before != setting.state()) {
        throw new ParameterException(spec.commandLine(), "--flag " + setting.flag().slug() + " is given twice, as "
            + before.slug() + " and as " + setting.state().slug() + "; give it once");
      }
    }
    try {
      Situation situation = Situation.of(role, challenges.toArray(String[]::new))
          .withAggravators(aggravators.toArray(String[]::new)).inRegion(where);
      for (Map.Entry<SafetyFlag, TriState> flag : given.entrySet()) {
        situation = situation.withFlag(flag.getKey(), flag.getValue());
      }
      return situation;
    } catch (IllegalArgumentException badId) {
      throw new ParameterException(spec.commandLine(), badId.getMessage());
    }
  }

  /** Core names an unknown challenge or aggravator, the nearest ids and every valid one. */
  private RepairPlan plan(Situation situation) {
    try {
      return session.atlas().plan(situation);
    } catch (UnknownConceptException unknown) {
      throw new ParameterException(spec.commandLine(), unknown.getMessage());
    }
  }

  /** {@code hurt-partner}, {@code involved-partner}, {@code both}, {@code survivor}, {@code supporter}. */
  static final class Roles extends Vocabulary<ReaderRole> {
    Roles() {
      super(ReaderRole.class, "role", Map.of());
    }
  }

  /** One {@code --flag NAME=VALUE}. */
  record FlagSetting(SafetyFlag flag, TriState state) {}

  /** Reads {@code NAME=VALUE} with core's words for both halves; completes every combination. */
  static final class FlagSettings implements ITypeConverter<FlagSetting>, Iterable<String> {

    @Override
    public FlagSetting convert(String value) {
      int equals = value.indexOf('=');
      if (equals < 0) {
        throw new TypeConversionException("--flag " + Quote.of(value) + " needs a value: NAME=yes, NAME=no or NAME=unknown, "
            + "such as fear-of-partner=yes");
      }
      try {
        return new FlagSetting(SafetyFlag.parse(value.substring(0, equals)), TriState.parse(value.substring(equals + 1)));
      } catch (IllegalArgumentException unknown) {
        throw new TypeConversionException(unknown.getMessage());
      }
    }

    @Override
    public Iterator<String> iterator() {
      List<String> all = new ArrayList<>();
      for (SafetyFlag flag : SafetyFlag.values()) {
        for (TriState state : TriState.values()) {
          all.add(flag.slug() + "=" + state.slug());
        }
      }
      return all.iterator();
    }
  }
}
