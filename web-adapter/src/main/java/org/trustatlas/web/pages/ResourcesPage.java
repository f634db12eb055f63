package org.trustatlas.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.List;
import java.util.Optional;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.safety.Region;
import org.trustatlas.web.http.Problems;
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

  private void get(Context ctx) {
    Optional<String> asked = QueryParams.of(ctx, "region").optional("region");
    Region region = asked.map(ResourcesPage::region).orElseGet(() -> Regions.fromLanguage(ctx.header(Header.ACCEPT_LANGUAGE),
        atlas.resourceDirectory().regions()));
    if (asked.isEmpty()) {
      ctx.header(Header.VARY, Header.ACCEPT_LANGUAGE);
    }
    pages.page(PATH + "?region=" + region.code(), PATH, "resources", "resources", () -> view(region)).send(ctx);
  }

  static Region region(String code) {
    try {
      return Region.of(code);
    } catch (IllegalArgumentException invalid) {
      throw Problems.invalidParameter("region", invalid.getMessage() + ".").toException();
    }
  }

  private ResourcesView view(Region region) {
    List<Region> listed = List.copyOf(atlas.resourceDirectory().regions());
    return new ResourcesView(region.code(), SafetyViews.regionName(region), SafetyViews.regions(listed, region),
        SafetyViews.emergency(atlas.emergencyNumber(region)), SafetyViews.groups(region, atlas.resources(region)));
  }
}
