package org.trustatlas.cli;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** Checks JSON against the schemas that ship in the jars, resolved from the class path, never fetched. */
final class Schemas {

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemaIdResolvers(ids -> ids
          .mapPrefix("https://trustatlas.org/schema/cli/", "classpath:org/trustatlas/cli/schema/")
          .mapPrefix("https://trustatlas.org/schema/", "classpath:org/trustatlas/content/schema/")));

  private Schemas() {}

  /** What is wrong with {@code json} as an export, by the shipped {@code atlas.schema.json}. */
  static List<Error> errorsInExport(String json) {
    return REGISTRY.getSchema(SchemaLocation.of("https://trustatlas.org/schema/atlas.schema.json"))
        .validate(json, InputFormat.JSON);
  }

  /** What is wrong with {@code json} by the CLI schema {@code name} ({@code concepts}, {@code show}, ...). */
  static List<Error> errorsIn(String json, String name) {
    return REGISTRY.getSchema(SchemaLocation.of("https://trustatlas.org/schema/cli/" + name + ".schema.json"))
        .validate(json, InputFormat.JSON);
  }
}
