package org.trustatlas.content.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.Sentence;
import tools.jackson.databind.JsonNode;

/** Every export of the bundled pack is complete and valid. */
class BundledExportTest {

  private final Atlas atlas = TrustAtlas.bundled().atlas();

  @Test
  void theJsonExportValidatesAgainstTheShippedSchema() {
    String json = Exports.render(atlas, ExportFormat.JSON);

    assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(Exports.schema())
        .validate(json, InputFormat.JSON)).isEmpty();
  }

  @Test
  void theMarkdownQuotesEverySentenceAndAnchorsEveryConcept() {
    String markdown = Exports.render(atlas, ExportFormat.MARKDOWN);

    for (Sentence sentence : atlas.article().sentences()) {
      assertThat(markdown).contains("> **" + sentence.ref().id() + "** ");
    }
    for (Concept concept : atlas.concepts()) {
      assertThat(markdown).contains("<a id=\"" + concept.id() + "\"></a>");
    }
  }

  @Test
  void theJsonLdHasOneSkosConceptPerConceptAndEveryLinkPointsAtOne() {
    JsonNode graph = AtlasJson.mapper().readTree(Exports.render(atlas, ExportFormat.JSONLD)).get("@graph");
    List<String> conceptIds = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    for (JsonNode node : graph) {
      if (node.get("@type").isArray() && node.get("@type").get(0).asString().equals("Concept")) {
        conceptIds.add(node.get("@id").asString());
        node.path("broader").forEach(t -> targets.add(t.asString()));
        node.path("undermines").forEach(t -> targets.add(t.asString()));
      }
    }

    assertThat(conceptIds).hasSize(atlas.size()).doesNotHaveDuplicates();
    assertThat(conceptIds).containsAll(targets);
  }
}
