package org.trustatlas.web.pages;

import java.util.List;
import org.trustatlas.core.model.PackInfo;
import org.trustatlas.web.pages.Views.NavItem;

/**
 * What the layout shows around every page: language, navigation, the quick-exit target and the
 * pack. Features that add pages add their entry to {@link #NAV}.
 */
public record Chrome(String lang, String quickExitUrl, String packTitle, String packVersion, List<NavItem> nav) {

  static final List<NavItem> NAV = List.of(
      new NavItem("/", "Home", false),
      new NavItem("/concepts", "Topics", false),
      new NavItem("/search", "Search", false),
      new NavItem("/check-in", "Check-in", false),
      new NavItem("/plan", "Plan", false),
      new NavItem("/simulator", "Simulator", false),
      new NavItem("/resources", "Get help", false),
      new NavItem("/privacy", "Browse privately", false));

  static Chrome of(PackInfo pack, String quickExitUrl) {
    return new Chrome(pack.language(), quickExitUrl, pack.title(), pack.version(), NAV);
  }

  /** The same chrome with {@code path}'s navigation entry marked as the current page. */
  public Chrome at(String path) {
    return new Chrome(lang, quickExitUrl, packTitle, packVersion,
        nav.stream().map(n -> new NavItem(n.href(), n.label(), n.href().equals(path))).toList());
  }
}
