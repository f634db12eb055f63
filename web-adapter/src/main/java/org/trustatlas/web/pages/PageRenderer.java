package org.trustatlas.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * Renders the precompiled templates. They were generated and compiled with the module, so a
 * template that does not fit its view record fails the build rather than a reader's request.
 */
final class PageRenderer {

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(
      null, ContentType.Html, PageRenderer.class.getClassLoader(), "org.trustatlas.web.templates");

  String render(String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    engine.render(template + ".jte", params, out);
    return out.toString();
  }
}
