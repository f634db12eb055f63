/**
 * Trust Atlas's content: the {@code TrustAtlas} facade over the bundled pack (or one loaded from a
 * folder), search, exports, the JSON shapes and the read model the front ends draw. The loader
 * ({@code org.trustatlas.content.internal}) is not exported. Guice is optional: only
 * {@code TrustAtlasModule} needs it.
 */
module org.trustatlas.content {
  requires transitive org.trustatlas.core;
  requires static org.jspecify;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.annotation;
  requires org.snakeyaml.engine;
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires static com.google.guice;
  requires static jakarta.inject;

  exports org.trustatlas.content;
  exports org.trustatlas.content.danger;
  exports org.trustatlas.content.export;
  exports org.trustatlas.content.input;
  exports org.trustatlas.content.json;
  exports org.trustatlas.content.read;
  exports org.trustatlas.content.search;

  // Jackson binds the pack files onto the loader's DTO records.
  opens org.trustatlas.content.internal to tools.jackson.databind;
  // Guice calls TrustAtlasModule's @Provides methods reflectively.
  opens org.trustatlas.content to com.google.guice;

  uses org.trustatlas.content.AtlasServer;
  uses org.trustatlas.content.HttpEndpoint.Provider;
  uses org.trustatlas.content.StdioServer;
}
