package org.trustatlas.cli.commands;

import java.util.List;
import org.trustatlas.cli.output.Printer;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.Relation;
import org.trustatlas.core.model.RelationKind;
import org.trustatlas.core.model.RelationPath;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code atlas related A --to B}: the chains of relations from A to B, shortest first. */
final class PathsView {

  private final Session session;
  private final Atlas atlas;
  private final RelationKind only;

  PathsView(Session session, Atlas atlas, RelationKind only) {
    this.session = session;
    this.atlas = atlas;
    this.only = only;
  }

  void print(Concept from, Concept to, int maxDepth) {
    List<RelationPath> paths = atlas.paths(from.id(), to.id(), maxDepth).stream()
        .filter(p -> only == null || p.steps().stream().allMatch(r -> r.kind() == only))
        .toList();
    if (session.json()) {
      session.printJson(json(from, to, maxDepth, paths));
    } else {
      text(from, to, maxDepth, paths);
    }
  }

  private void text(Concept from, Concept to, int maxDepth, List<RelationPath> paths) {
    Printer printer = session.printer();
    if (paths.isEmpty()) {
      session.note("no path from " + from.id() + " to " + to.id() + " within " + maxDepth + " steps"
          + (only == null ? "" : " of " + only.slug()) + "; try a larger --depth");
      return;
    }
    if (printer.decorate()) {
      printer.heading(paths.size() + (paths.size() == 1 ? " path" : " paths") + " from " + from.label()
          + " to " + to.label());
    }
    for (RelationPath path : paths) {
      printer.wrapped(chain(path), 2);
    }
  }

  /** "infidelity --undermines--> faith": ids, so every word can be typed next; plain, so it wraps exactly. */
  private String chain(RelationPath path) {
    StringBuilder text = new StringBuilder(path.start().value());
    for (Relation step : path.steps()) {
      text.append(" --").append(step.kind().forwardPhrase().replace(' ', '-')).append("--> ").append(step.to().value());
    }
    return text.toString();
  }

  /** {@code {"from", "to", "maxDepth", "paths": [path]}}. */
  private static ObjectNode json(Concept from, Concept to, int maxDepth, List<RelationPath> paths) {
    ObjectNode node = AtlasJson.object();
    node.set("from", AtlasJson.reference(from));
    node.set("to", AtlasJson.reference(to));
    node.put("maxDepth", maxDepth);
    ArrayNode array = node.putArray("paths");
    paths.forEach(p -> array.add(AtlasJson.path(p)));
    return node;
  }
}
