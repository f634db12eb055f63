package org.trustatlas.content.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.trustatlas.core.checkin.Section;
import org.trustatlas.core.dynamics.EventType;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.ConceptKind;
import org.trustatlas.core.internal.Slugs;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.safety.Certainty;
import org.trustatlas.core.safety.ChannelKind;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.SafetyLevel;
import org.trustatlas.core.safety.ServiceType;
import org.trustatlas.core.safety.TriState;
import tools.jackson.databind.JsonNode;

/** The hand-written output schemas list exactly the slugs of the enums they stand for, so they cannot drift. */
class OutputSchemaEnumsTest {

  static Stream<Arguments> enums() {
    return Stream.of(
        Arguments.of("plan", "/$defs/safetyBlock/properties/level/enum", SafetyLevel.class, List.of()),
        Arguments.of("plan", "/$defs/serviceType/enum", ServiceType.class, List.of(ServiceType.EMERGENCY)),
        Arguments.of("plan", "/$defs/certainty/enum", Certainty.class, List.of()),
        Arguments.of("plan", "/$defs/resource/properties/channels/items/properties/kind/enum", ChannelKind.class,
            List.of()),
        Arguments.of("plan", "/$defs/situation/properties/role/enum", ReaderRole.class, List.of()),
        Arguments.of("plan", "/$defs/situation/properties/flags/propertyNames/enum", SafetyFlag.class, List.of()),
        Arguments.of("plan", "/$defs/situation/properties/flags/additionalProperties/enum", TriState.class,
            List.of()),
        Arguments.of("plan", "/$defs/step/properties/actor/enum", ActorRole.class, List.of()),
        Arguments.of("search", "/properties/hits/items/properties/kind/enum", ConceptKind.class, List.of()),
        Arguments.of("simulation", "/$defs/eventType/enum", EventType.class, List.of()),
        Arguments.of("checkin", "/$defs/question/properties/section/enum", Section.class, List.of()));
  }

  @ParameterizedTest
  @MethodSource("enums")
  void theSchemaListsEveryValueOfTheEnum(String schema, String pointer, Class<? extends Enum<?>> type,
      List<Enum<?>> leftOut) throws IOException {
    JsonNode listed;
    try (InputStream in = getClass().getResourceAsStream("/org/trustatlas/content/schema/" + schema
        + ".output.schema.json")) {
      listed = AtlasJson.mapper().readTree(in).at(pointer);
    }
    List<String> expected = Arrays.stream(type.getEnumConstants()).filter(e -> !leftOut.contains(e))
        .map(e -> Slugs.of(e)).toList();
    assertThat(listed.valueStream().map(JsonNode::asString).toList()).as("%s %s", schema, pointer)
        .containsExactlyElementsOf(expected);
  }
}
