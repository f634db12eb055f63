package org.trustatlas.content.internal;

import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustatlas.core.model.Slugs;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema of each pack file from its DTO record at build time (Maven runs it in
 * {@code process-classes}), so the shipped schema is the loader's own rules, never a hand copy.
 * Editors point their YAML language server at these files for completion and checks as they type.
 */
public final class SchemaGenerator {

  /** Pack file kinds and their DTOs; the schema of each is written to {@code <name>.schema.json}. */
  public static final Map<String, Class<?>> FILES = files();

  private SchemaGenerator() {}

  private static Map<String, Class<?>> files() {
    Map<String, Class<?>> files = new LinkedHashMap<>();
    files.put("pack", PackFile.class);
    files.put("article", ArticleFile.class);
    files.put("concepts", ConceptsFile.class);
    files.put("relations", RelationsFile.class);
    return files;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: SchemaGenerator OUTPUT_FOLDER");
    }
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    com.github.victools.jsonschema.generator.SchemaGenerator generator = generator();
    for (Map.Entry<String, Class<?>> file : FILES.entrySet()) {
      ObjectNode schema = generator.generateSchema(file.getValue());
      schema.put("$id", "https://trustatlas.org/schema/" + file.getKey() + ".schema.json");
      schema.put("title", "Trust Atlas pack file: " + file.getKey());
      Files.writeString(out.resolve(file.getKey() + ".schema.json"), schema.toPrettyString() + "\n");
    }
  }

  private static com.github.victools.jsonschema.generator.SchemaGenerator generator() {
    SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
        OptionPreset.PLAIN_JSON)
        .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED))
        .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT);
    config.forFields().withEnumResolver(field -> {
      OneOf oneOf = field.getAnnotationConsideringFieldAndGetter(OneOf.class);
      return oneOf == null ? null : slugs(oneOf.value());
    });
    return new com.github.victools.jsonschema.generator.SchemaGenerator(config.build());
  }

  private static List<String> slugs(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Slugs::of).toList();
  }
}
