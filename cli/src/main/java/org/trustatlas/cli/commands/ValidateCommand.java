package org.trustatlas.cli.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.trustatlas.content.input.PackLoadException;
import org.trustatlas.content.input.PackProblem;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.model.Atlas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "validate", description = {"Check a content pack and list every problem as file:line:column: message.",
    "Exits 1 when there is any problem."},
    footer = {"%nExamples:", "  atlas validate                 # the bundled pack", "  atlas validate my-pack/",
        "  atlas validate my-pack/ --json"})
final class ValidateCommand implements Callable<Integer> {

  private final Session session;

  @Parameters(paramLabel = "PACKDIR", arity = "0..1",
      description = "The pack folder (default: --pack, else the bundled pack).")
  Path folder;

  ValidateCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Path target = folder != null ? folder : session.options().pack;
    TrustAtlas loaded = null;
    List<PackProblem> problems = List.of();
    try {
      loaded = target == null ? Packs.bundledOrInvalid() : load(target);
    } catch (PackLoadException invalid) {
      problems = invalid.problems();
    }
    if (session.json()) {
      session.printJson(json(target, loaded, problems));
    } else {
      text(target, loaded, problems);
    }
    return problems.isEmpty() ? 0 : 1;
  }

  private static TrustAtlas load(Path target) {
    Packs.requireFolder(target);
    return TrustAtlas.load(target);
  }

  private void text(Path target, TrustAtlas loaded, List<PackProblem> problems) {
    String name = target == null ? "the bundled pack" : "pack '" + target + "'";
    if (problems.isEmpty()) {
      Atlas atlas = loaded.atlas();
      session.note(name + " is valid: " + atlas.pack().id() + " " + atlas.pack().version() + ", "
          + atlas.size() + " concepts, " + atlas.relations().size() + " relations");
      return;
    }
    for (PackProblem problem : problems) {
      String file = target == null ? problem.file() : target.resolve(problem.file()).toString();
      String where = problem.line() == 0 ? file : file + ":" + problem.line() + ":" + problem.column();
      session.out().println(where + ": " + problem.message());
    }
    session.note(name + " is invalid: " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
  }

  /** {@code {"folder", "valid", "pack", "problems"}}; {@code folder} and {@code pack} may be null. */
  private static ObjectNode json(Path target, TrustAtlas loaded, List<PackProblem> problems) {
    ObjectNode node = AtlasJson.object();
    if (target == null) {
      node.putNull("folder");
    } else {
      node.put("folder", target.toString());
    }
    node.put("valid", problems.isEmpty());
    if (loaded == null) {
      node.putNull("pack");
    } else {
      node.set("pack", AtlasJson.pack(loaded.pack()));
    }
    ArrayNode array = node.putArray("problems");
    problems.forEach(p -> array.add(AtlasJson.problem(p)));
    return node;
  }
}
