package org.trustatlas.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Every bundled pack file fits the schema generated for its kind, so an editor's checks agree with the loader's. */
class PackSchemaTest {

  private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  /**
   * Every kind of file the bundled pack holds: each top-level {@code NAME.yaml} and the concept files in
   * {@code concepts/} (the build's snapshot beside them is not a pack file). Read from the pack, not from
   * the build-time generator, which is not on the run-time class path; a kind the generator forgets then
   * fails here for want of a schema.
   */
  static Stream<String> kinds() throws IOException {
    try (Stream<Path> files = Files.list(BundledPack.folder())) {
      return files.map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith(".yaml") || name.equals("concepts"))
          .map(name -> name.replaceFirst("\\.yaml$", ""))
          .sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void theBundledFilesOfThisKindFitTheirSchema(String kind) throws IOException {
    Schema schema;
    try (InputStream in = PackSchemaTest.class.getResourceAsStream("/org/trustatlas/content/schema/" + kind
        + ".schema.json")) {
      assertThat(in).as("generated schema for %s", kind).isNotNull();
      schema = SCHEMAS.getSchema(in);
    }
    List<Path> files = files(kind);
    assertThat(files).as("bundled files of kind %s", kind).isNotEmpty();
    for (Path file : files) {
      JsonNode tree = YAML.readTree(Files.readString(file));
      List<Error> errors = schema.validate(tree);
      assertThat(errors).as("%s against %s.schema.json", file.getFileName(), kind).isEmpty();
    }
  }

  private static List<Path> files(String kind) throws IOException {
    Path bundled = BundledPack.folder();
    if (!kind.equals("concepts")) {
      return List.of(bundled.resolve(kind + ".yaml"));
    }
    try (Stream<Path> concepts = Files.list(bundled.resolve("concepts"))) {
      return concepts.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
  }
}
