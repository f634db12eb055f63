package org.trustatlas.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.Optional;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.web.http.BodyLimits;
import org.trustatlas.web.http.CachePolicy;
import org.trustatlas.web.http.Problems;
import org.trustatlas.web.http.QueryParams;
import org.trustatlas.web.http.RouteGroup;
import org.trustatlas.web.pages.Views.SearchHitView;
import org.trustatlas.web.pages.Views.SearchView;

/**
 * {@code /search}: the home page's form posts here, so a reader's words never enter the address
 * bar or the history; {@code GET /search?q=} works too, for links. Answers are never cached.
 */
final class SearchPage implements RouteGroup {

  static final int LIMIT = 10;

  private final Pages pages;
  private final TrustAtlas atlas;

  SearchPage(Pages pages, TrustAtlas atlas) {
    this.pages = pages;
    this.atlas = atlas;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/search", ctx -> answer(ctx, QueryParams.of(ctx, "q").optional("q")));
    routes.post("/search", ctx -> {
      QueryParams.of(ctx);
      BodyLimits.require(ctx, BodyLimits.FORM);
      answer(ctx, Optional.ofNullable(ctx.formParam("q")).map(String::strip).filter(q -> !q.isEmpty()));
    });
  }

  private void answer(Context ctx, Optional<String> query) {
    ctx.header(Header.CACHE_CONTROL, CachePolicy.NO_STORE.header());
    ctx.html(pages.html("/search", "search", "search", query.map(this::search).orElse(SearchView.EMPTY)));
  }

  private SearchView search(String query) {
    try {
      return new SearchView(query, true, atlas.search(query, LIMIT).hits().stream()
          .map(hit -> new SearchHitView(ConceptViews.ref(hit.concept()), hit.snippet())).toList());
    } catch (IllegalArgumentException refused) {
      throw Problems.badRequest("The search could not be run: " + refused.getMessage() + ".").toException();
    }
  }
}
