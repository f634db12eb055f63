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
import org.trustatlas.core.internal.Slugs;
import tools.jackson.databind.node.ArrayNode;
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
    files.put("dynamics", DynamicsFile.class);
    files.put("scenarios", ScenariosFile.class);
    files.put("safety-rules", SafetyRulesFile.class);
    files.put("resources", ResourcesFile.class);
    files.put("checkin", CheckInFile.class);
    files.put("danger", DangerFile.class);
    files.put("wording", WordingFile.class);
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
        .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES);
    config.forFields().withEnumResolver(field -> {
      OneOf oneOf = field.getAnnotationConsideringFieldAndGetter(OneOf.class);
      // On a list the enum belongs to its items only; a mapping gets its enums below.
      boolean list = field.isContainerType() && !field.isFakeContainerItemScope();
      boolean mapping = field.getType().isInstanceOf(Map.class);
      return oneOf == null || list || mapping ? null : slugs(oneOf.value());
    });
    // A mapping keyed by slugs: to slugs (a check-in answer's flags), both sides are enums; to lists
    // (danger.yaml's reader phrases), the lists keep the schema generated for them.
    config.forFields().withInstanceAttributeOverride((node, field, context) -> {
      KeysOneOf keys = field.getAnnotationConsideringFieldAndGetter(KeysOneOf.class);
      OneOf values = field.getAnnotationConsideringFieldAndGetter(OneOf.class);
      if (keys != null && field.getType().isInstanceOf(Map.class)) {
        node.putObject("propertyNames").set("enum", enumNode(node, keys.value()));
        if (field.getType().typeParametersFor(Map.class).get(1).isInstanceOf(List.class)) {
          return;
        }
        ObjectNode value = node.putObject("additionalProperties").put("type", "string");
        if (values != null) {
          value.set("enum", enumNode(node, values.value()));
        }
      }
    });
    return new com.github.victools.jsonschema.generator.SchemaGenerator(config.build());
  }

  private static ArrayNode enumNode(ObjectNode owner, Class<? extends Enum<?>> type) {
    ArrayNode values = owner.arrayNode();
    slugs(type).forEach(values::add);
    return values;
  }

  private static List<String> slugs(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Slugs::of).toList();
  }
}
