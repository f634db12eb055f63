package org.trustatlas.content.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.model.RelationKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class JsonLdExportTest {

  @TempDir
  Path temp;

  private JsonNode document() {
    return AtlasJson.mapper().readTree(Exports.render(ExportFixtures.withTaxonomy(temp), ExportFormat.JSONLD));
  }

  private static JsonNode node(JsonNode document, String id) {
    for (JsonNode node : document.get("@graph")) {
      if (node.get("@id").asString().equals(id)) {
        return node;
      }
    }
    throw new AssertionError("no node " + id);
  }

  @Test
  void theContextIsInlineSoNothingIsFetched() {
    JsonNode context = document().get("@context");

    assertThat(context.isObject()).isTrue();
    assertThat(context.get("skos").asString()).isEqualTo("http://www.w3.org/2004/02/skos/core#");
    assertThat(context.get("@base").asString()).isEqualTo("https://trustatlas.org/pack/minimal/");
    assertThat(context.get("prefLabel").get("@language").asString()).isEqualTo("en");
  }

  @Test
  void conceptsAreSkosConceptsWithLabelsAliasesAndDefinitions() {
    JsonNode infidelity = node(document(), "concept/infidelity");

    assertThat(infidelity.get("@type").toString()).isEqualTo("[\"Concept\",\"atlas:Challenge\"]");
    assertThat(infidelity.get("inScheme").asString()).isEqualTo("scheme");
    assertThat(infidelity.get("prefLabel").asString()).isEqualTo("Infidelity");
    assertThat(infidelity.get("altLabel").toString()).isEqualTo("[\"cheating\",\"affair\"]");
    assertThat(infidelity.get("definition").asString()).isEqualTo("A breach of an agreement about exclusivity.");
    assertThat(infidelity.get("family").asString()).isEqualTo("relational-betrayal");
  }

  @Test
  void broaderAndRelatedBecomeSkosOtherRelationsAtlasProperties() {
    JsonNode document = document();

    assertThat(node(document, "concept/infidelity").get("broader").toString()).isEqualTo("[\"concept/betrayal\"]");
    assertThat(node(document, "concept/infidelity").get("undermines").toString()).isEqualTo("[\"concept/faith\"]");
    assertThat(node(document, "concept/faith").get("related").toString()).isEqualTo("[\"concept/renewed-trust\"]");
    assertThat(node(document, "concept/apologizing").get("partOf").toString()).isEqualTo("[\"concept/atone\"]");
    assertThat(node(document, "concept/apologizing").get("phase").asString()).isEqualTo("concept/atone");
  }

  @Test
  void relationsKeepTheirCitationsAsNodesOfTheirOwn() {
    JsonNode document = document();
    JsonNode relation = node(document, "relation/infidelity/undermines/faith");

    assertThat(relation.get("@type").asString()).isEqualTo("atlas:Relation");
    assertThat(relation.get("cites").toString()).isEqualTo("[\"sentence/S02\"]");
    assertThat(node(document, "sentence/S02").get("text").asString()).isEqualTo("Cheating breaks it.");
  }

  @Test
  void everyRelationKindHasATermInTheShippedContext() {
    ObjectNode context = (ObjectNode) AtlasJson.mapper().readTree(Exports.jsonLdContext()).get("@context");

    for (RelationKind kind : RelationKind.values()) {
      assertThat(context.has(JsonLdExport.term(kind))).as("context term for %s", kind).isTrue();
    }
    assertThat(context.get("broader").get("@id").asString()).isEqualTo("skos:broader");
    assertThat(context.get("related").get("@id").asString()).isEqualTo("skos:related");
  }
}
