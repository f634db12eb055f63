package org.trustatlas.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.trustatlas.content.input.Quote;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.json.AtlasJson;
import java.util.Optional;
import org.trustatlas.content.search.SearchResults;
import org.trustatlas.core.safety.Region;
import org.trustatlas.web.http.CachedBody;
import org.trustatlas.web.http.Problems;
import org.trustatlas.web.http.QueryParams;
import org.trustatlas.web.http.RouteGroup;

/**
 * {@code /api/v1/search?q=&limit=&region=}: the danger a reader's words signal, the safety block for
 * the region (the international one when none is given), then the concepts the words most likely
 * mean, best first, in the same shape as {@code atlas search --json}. What was searched for is never
 * cached or logged.
 */
public final class SearchApi implements RouteGroup {

  static final int DEFAULT_LIMIT = 10;
  static final int MAX_LIMIT = 50;

  private final TrustAtlas atlas;

  public SearchApi(TrustAtlas atlas) {
    this.atlas = atlas;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(Api.PREFIX + "/search", this::search);
  }

  // A region that names no country is refused only when the words signal no danger; with danger,
  // the international number and every covered country's come instead of an error.
  private void search(Context ctx) {
    QueryParams query = QueryParams.of(ctx, "q", "limit", "region");
    String q = query.required("q");
    int limit = query.intBetween("limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
    Optional<String> asked = query.optional("region");
    Optional<Region> named = asked.flatMap(Region::recognise);
    SearchResults results;
    try {
      results = atlas.search(q, limit, named.orElse(Region.INTERNATIONAL));
    } catch (IllegalArgumentException refused) {
      throw Problems.invalidParameter("q", "The search could not be run: " + refused.getMessage() + ".").toException();
    }
    if (asked.isPresent() && named.isEmpty() && !results.dangerRecognised()) {
      throw Problems.invalidParameter("region", "Region " + Quote.of(asked.get()) + " names no country this atlas "
          + "recognises; use a code such as US, CA, GB (or UK), AU, a country's name, or INTL.").toException();
    }
    CachedBody.sendFresh(ctx, AtlasJson.search(results));
  }
}
