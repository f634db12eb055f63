package org.trustatlas.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.List;
import java.util.Optional;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.safety.Region;
import org.trustatlas.web.http.QueryParams;
import org.trustatlas.web.http.RouteGroup;
import org.trustatlas.web.pages.Views.ResourcesView;

/**
 * {@code /resources?region=GB}: the region's emergency number first, then its crisis and support
 * services by type, each with its channels, hours, source and the date it was last checked. Without
 * a region, the browser's language region is used when the pack lists it, else the international
 * directory; the reader can choose another. Nothing about the request is kept.
 */
final class ResourcesPage implements RouteGroup {

  static final String PATH = "/resources";

  private final Pages pages;
  private final TrustAtlas atlas;

  ResourcesPage(Pages pages, TrustAtlas atlas) {
    this.pages = pages;
    this.atlas = atlas;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(PATH, this::get);
  }

  // A region that names no country is never refused here, where people look for help: the
  // international directory is shown, with every covered country's number, and a note says why.
  private void get(Context ctx) {
    Optional<String> asked = QueryParams.of(ctx, "region").optional("region");
    Optional<Region> named = asked.flatMap(Region::recognise);
    Region region = asked.isPresent() ? named.orElse(Region.INTERNATIONAL)
        : Regions.fromLanguage(ctx.header(Header.ACCEPT_LANGUAGE), atlas.resourceDirectory().regions());
    if (asked.isEmpty()) {
      ctx.header(Header.VARY, Header.ACCEPT_LANGUAGE);
    }
    Optional<String> notice = asked.filter(a -> named.isEmpty())
        .map(a -> atlas.wording().unplaced(a) + " Choose your country below for its own.");
    String cacheKey = PATH + "?region=" + region.code() + (notice.isPresent() ? "&unrecognised" : "");
    if (notice.isPresent()) {
      ctx.html(pages.html(PATH, "resources", "resources", view(region, notice)));
      return;
    }
    pages.page(cacheKey, PATH, "resources", "resources", () -> view(region, Optional.empty())).send(ctx);
  }

  private ResourcesView view(Region region, Optional<String> notice) {
    List<Region> listed = List.copyOf(atlas.resourceDirectory().regions());
    SafetyViews safety = new SafetyViews(atlas);
    return new ResourcesView(region.code(), safety.regionName(region), safety.regions(listed, region),
        safety.emergency(atlas.emergencyCall(region)), safety.groups(region, atlas.resources(region)),
        notice);
  }
}
