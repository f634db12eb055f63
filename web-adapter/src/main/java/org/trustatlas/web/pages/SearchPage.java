package org.trustatlas.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.Optional;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.search.SearchResults;
import org.trustatlas.core.safety.Region;
import org.trustatlas.web.http.CachePolicy;
import org.trustatlas.web.http.Problems;
import org.trustatlas.web.http.QueryParams;
import org.trustatlas.web.http.RouteGroup;
import org.trustatlas.web.pages.Views.SearchHitView;
import org.trustatlas.web.pages.Views.SearchView;

/**
 * {@code /search}: the home page's form posts here, so a reader's words never enter the address
 * bar or the history; {@code GET /search?q=} works too, for links. When the words signal danger,
 * the safety block (emergency number for the reader's region, the right services) comes before
 * any topic, also when no topic matches. The region is {@code region} when given, else the
 * browser's language region. Answers are never cached.
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
    routes.get("/search", ctx -> {
      QueryParams params = QueryParams.of(ctx, "q", "region");
      answer(ctx, params.optional("q"), params.optional("region"));
    });
    routes.post("/search", ctx -> {
      QueryParams.of(ctx);
      QueryParams form = QueryParams.form(ctx, "q", "region");
      answer(ctx, form.optional("q"), form.optional("region"));
    });
  }

  private void answer(Context ctx, Optional<String> query, Optional<String> asked) {
    ctx.header(Header.CACHE_CONTROL, CachePolicy.NO_STORE.header());
    Region region = asked.flatMap(Region::recognise).orElseGet(() -> Regions.fromLanguage(
        ctx.header(Header.ACCEPT_LANGUAGE), atlas.resourceDirectory().regions()));
    ctx.html(pages.html("/search", "search", "search",
        query.map(q -> search(q, region)).orElse(SearchView.EMPTY)));
  }

  private SearchView search(String query, Region region) {
    SearchResults results;
    try {
      results = atlas.search(query, LIMIT, region);
    } catch (IllegalArgumentException refused) {
      throw Problems.invalidParameter("q", "The search could not be run: " + refused.getMessage() + ".").toException();
    }
    return new SearchView(query, true, results.dangerRecognised(), Optional.of(new SafetyViews(atlas).block(results.safety())),
        results.hits().stream().map(hit -> new SearchHitView(ConceptViews.ref(hit.concept()), hit.snippet())).toList());
  }
}
