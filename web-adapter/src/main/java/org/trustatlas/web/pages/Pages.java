package org.trustatlas.web.pages;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.web.http.CachePolicy;
import org.trustatlas.web.http.CachedBody;
import org.trustatlas.web.http.Problem;
import org.trustatlas.web.http.RouteGroup;
import org.trustatlas.web.pages.Views.ErrorView;

/**
 * The HTML side of the server: renders pages into the shared layout and keeps each finished page
 * with its ETag, since nothing on them changes while the server runs.
 */
public final class Pages {

  private final Atlas atlas;
  private final Chrome chrome;
  private final PageRenderer renderer = new PageRenderer();
  private final ConceptViews views;
  private final Map<String, CachedBody> cache = new ConcurrentHashMap<>();

  private final TrustAtlas trustAtlas;

  public Pages(TrustAtlas trustAtlas, String quickExitUrl) {
    this.trustAtlas = trustAtlas;
    Atlas atlas = trustAtlas.atlas();
    this.atlas = atlas;
    this.chrome = Chrome.of(atlas.pack(), quickExitUrl);
    this.views = new ConceptViews(atlas, trustAtlas::cautions);
  }

  public List<RouteGroup> groups() {
    return List.of(new HomePage(this), new ConceptPages(this, atlas), new InfoPages(this), new SearchPage(this, trustAtlas),
        new SimulatorPage(this, trustAtlas), new ResourcesPage(this, trustAtlas), new PlanPage(this, trustAtlas),
        new CheckInPage(this, trustAtlas), new Assets());
  }

  ConceptViews views() {
    return views;
  }

  /** A page rendered once for {@code path}, then served from memory. */
  CachedBody page(String path, String template, String name, Supplier<Object> view) {
    return page(path, path, template, name, view);
  }

  /** A page rendered once for {@code key} (a path with its query), shown as the page at {@code path}. */
  CachedBody page(String key, String path, String template, String name, Supplier<Object> view) {
    return cache.computeIfAbsent(key, k -> CachedBody.of(html(path, template, name, view.get()),
        CachedBody.HTML, CachePolicy.PRIVATE_PAGE));
  }

  String html(String path, String template, String name, Object view) {
    return renderer.render(template, name == null ? Map.of("chrome", chrome.at(path))
        : Map.of("chrome", chrome.at(path), name, view));
  }

  /** A problem as a page, with links to the concepts its suggestions name. */
  public String errorPage(Problem problem) {
    List<Views.ConceptRef> near = problem.suggestions().stream()
        .flatMap(id -> atlas.concept(id).stream()).map(ConceptViews::ref).toList();
    return html("", "error", "error", new ErrorView(problem.status(), problem.title(), problem.detail(), near));
  }
}
