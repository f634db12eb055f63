package org.trustatlas.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.ConceptKind;
import org.trustatlas.web.http.ConceptLookup;
import org.trustatlas.web.http.QueryParams;
import org.trustatlas.web.http.RouteGroup;
import org.trustatlas.web.pages.Views.IndexView;
import org.trustatlas.web.pages.Views.KindGroup;

/** {@code /concepts} (every topic by kind) and {@code /concepts/{id}} (one topic). */
final class ConceptPages implements RouteGroup {

  private final Pages pages;
  private final Atlas atlas;
  private final ConceptLookup lookup;

  ConceptPages(Pages pages, Atlas atlas) {
    this.pages = pages;
    this.atlas = atlas;
    this.lookup = new ConceptLookup(atlas);
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/concepts", ctx -> {
      QueryParams.of(ctx);
      pages.page("/concepts", "concepts", "index", this::index).send(ctx);
    });
    routes.get("/concepts/{id}", this::one);
  }

  private void one(Context ctx) {
    QueryParams.of(ctx);
    Concept concept = lookup.inPath(ctx.pathParam("id"));
    String path = "/concepts/" + concept.id();
    pages.page(path, "concept", "concept", () -> pages.views().view(concept)).send(ctx);
  }

  private IndexView index() {
    List<KindGroup> kinds = java.util.Arrays.stream(ConceptKind.values())
        .filter(kind -> !atlas.concepts(kind).isEmpty())
        .map(kind -> new KindGroup(Words.of(kind), atlas.concepts(kind).stream()
            .sorted(java.util.Comparator.comparing(Concept::label, String.CASE_INSENSITIVE_ORDER))
            .map(ConceptViews::ref).toList()))
        .toList();
    return new IndexView(kinds);
  }
}
