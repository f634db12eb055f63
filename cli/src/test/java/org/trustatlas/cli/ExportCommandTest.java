package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

  @Test
  void jsonIsTheDefaultAndNamesItsSchema() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "export");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("{\n  \"$schema\" : \"https://trustatlas.org/schema/atlas.schema.json\",");
  }

  @Test
  void eachFormatWritesItsOwnKindOfDocument() {
    assertThat(AtlasRun.piped().inPack("minimal", "export", "--format", "jsonld").out()).contains("\"@context\"");
    assertThat(AtlasRun.piped().inPack("minimal", "export", "--format", "markdown").out())
        .startsWith("# A minimal pack for tests\n");
    assertThat(AtlasRun.piped().run("export", "--format", "schema").out())
        .contains("\"$id\": \"https://trustatlas.org/schema/atlas.schema.json\"");
  }

  @Test
  void outWritesTheFileAndSaysSoOnStderr(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("nested/atlas.md");

    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "export", "-f", "markdown", "-o", file.toString());

    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("wrote " + file + " (markdown, ");
    assertThat(Files.readString(file)).startsWith("# A minimal pack for tests");
  }

  @Test
  void anUnknownFormatIsAUsageErrorListingTheFormats() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "export", "--format", "yaml");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("unknown format 'yaml'; valid: json, jsonld, markdown, schema");
  }
}
