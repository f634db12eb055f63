package org.trustatlas.content.export;

import java.util.Optional;
import org.trustatlas.core.internal.Slugs;

/** The formats the atlas exports to, with what an HTTP response or a file name needs. */
public enum ExportFormat {
  /** The atlas in the documented JSON shapes, with {@code "$schema"} naming its schema. */
  JSON("application/json", "json"),
  /** JSON-LD: concepts as {@code skos:Concept}, with an inline context (nothing is fetched). */
  JSONLD("application/ld+json", "jsonld"),
  /** One document: the article by section, then the concepts by kind, then the sources. */
  MARKDOWN("text/markdown; charset=utf-8", "md"),
  /** The JSON Schema (draft 2020-12) of the JSON export; its $defs are every JSON shape. */
  SCHEMA("application/schema+json", "schema.json");

  private final String mediaType;
  private final String extension;

  ExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** File name extension without the dot: {@code json}, {@code jsonld}, {@code md}, {@code schema.json}. */
  public String extension() {
    return extension;
  }

  /** {@code json}, {@code jsonld}, {@code markdown} or {@code schema}. */
  public String slug() {
    return Slugs.of(this);
  }

  public static Optional<ExportFormat> parse(String slug) {
    return Slugs.parse(ExportFormat.class, slug);
  }
}
