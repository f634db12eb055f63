package org.trustatlas.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.internal.AtlasSnapshot;
import org.trustatlas.core.model.Atlas;

/** The snapshot the CLI starts from says exactly what the YAML pack says. */
class SnapshotTest {

  @Test
  void theBundledSnapshotEqualsTheYamlPack() {
    Atlas fromYaml = TrustAtlas.load(BundledPack.folder()).atlas();
    Atlas fromSnapshot = TrustAtlas.bundled().atlas();
    assertEqual(fromSnapshot, fromYaml);
  }

  @Test
  void aSnapshotRoundTripsEveryConceptRelationAndSource() throws IOException {
    Atlas atlas = TrustAtlas.load(BundledPack.folder()).atlas();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AtlasSnapshot.write(atlas, new DataOutputStream(bytes));
    Atlas copy = AtlasSnapshot.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertEqual(copy, atlas);
  }

  private static void assertEqual(Atlas actual, Atlas expected) {
    assertThat(actual.pack()).isEqualTo(expected.pack());
    assertThat(actual.article().sentences()).isEqualTo(expected.article().sentences());
    assertThat(List.copyOf(actual.bibliography())).isEqualTo(List.copyOf(expected.bibliography()));
    assertThat(List.copyOf(actual.concepts())).isEqualTo(List.copyOf(expected.concepts()));
    assertThat(actual.relations()).isEqualTo(expected.relations());
  }
}
