package org.trustatlas.content.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.ChallengeFamily;
import org.trustatlas.core.model.ConceptKind;
import org.trustatlas.core.model.RelationKind;
import org.trustatlas.core.internal.Slugs;
import org.trustatlas.core.model.Valence;
import tools.jackson.databind.JsonNode;

class JsonExportTest {

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(Exports.schema());
  private static final JsonNode SCHEMA_TREE = AtlasJson.mapper().readTree(Exports.schema());

  @Test
  void theJsonExportValidatesAgainstTheShippedSchema() {
    String json = Exports.render(ExportFixtures.minimal(), ExportFormat.JSON);

    List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);

    assertThat(errors).isEmpty();
    assertThat(json).startsWith("{\n  \"$schema\" : \"" + Exports.SCHEMA_ID + "\",");
  }

  @Test
  void theSchemaRejectsAConceptWithAFieldItDoesNotKnow() {
    String json = Exports.render(ExportFixtures.minimal(), ExportFormat.JSON).replace("\"label\" : \"Faith\"",
        "\"label\" : \"Faith\", \"colour\" : \"red\"");

    assertThat(SCHEMA.validate(json, InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void theSchemaRejectsAChallengeWithoutItsFamily() {
    String json = Exports.render(ExportFixtures.minimal(), ExportFormat.JSON)
        .replace("\"family\" : \"relational-betrayal\"", "\"aliasesNote\" : 1");

    assertThat(SCHEMA.validate(json, InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void theSchemaListsExactlyTheKindsRelationsFamiliesActorsAndValencesOfCore() {
    assertThat(enumAt("/$defs/kind/enum")).containsExactlyElementsOf(slugs(ConceptKind.class));
    assertThat(enumAt("/$defs/relationKind/enum")).containsExactlyElementsOf(slugs(RelationKind.class));
    assertThat(enumAt("/$defs/concept/properties/family/enum")).containsExactlyElementsOf(slugs(ChallengeFamily.class));
    assertThat(enumAt("/$defs/concept/properties/actor/enum")).containsExactlyElementsOf(slugs(ActorRole.class));
    assertThat(enumAt("/$defs/concept/properties/valence/enum")).containsExactlyElementsOf(slugs(Valence.class));
  }

  @Test
  void theSchemaShipsInTheJarWithTheIdTheExportNames() {
    assertThat(SCHEMA_TREE.get("$id").asString()).isEqualTo(Exports.SCHEMA_ID);
    assertThat(Exports.render(ExportFixtures.minimal(), ExportFormat.SCHEMA)).isEqualTo(Exports.schema());
  }

  private static List<String> enumAt(String pointer) {
    return StreamSupport.stream(SCHEMA_TREE.at(pointer).spliterator(), false).map(JsonNode::asString).toList();
  }

  private static <E extends Enum<E>> List<String> slugs(Class<E> type) {
    List<String> slugs = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      slugs.add(Slugs.of(constant));
    }
    return slugs;
  }
}
