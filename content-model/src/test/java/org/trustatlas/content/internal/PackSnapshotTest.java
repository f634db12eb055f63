package org.trustatlas.content.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.ConceptInfo;
import org.trustatlas.core.model.TrustDimension;
import org.trustatlas.core.safety.CrisisResource;
import org.trustatlas.core.safety.ResourceDirectory;

/**
 * The build-time snapshot of the bundled pack holds exactly what its YAML holds: every field of
 * every part, compared by {@link DeepEquality}, which follows fields it was never told about.
 */
class PackSnapshotTest {

  private static final LoadedPack YAML = PackReader.read(bundledFolder());

  @Test
  void theBuildsSnapshotHoldsEveryFieldOfEveryPartOfTheYamlPack() {
    LoadedPack snapshot = PackSnapshot.read().orElseThrow(() -> new AssertionError("the build wrote no snapshot"));
    DeepEquality.assertEqual(snapshot, YAML);
  }

  @Test
  void eachPartWrittenAndReadBackIsEqualFieldForField() throws IOException {
    Atlas atlas = roundTrip(out -> AtlasSnapshot.write(YAML.atlas(), out), AtlasSnapshot::read);
    DeepEquality.assertEqual(atlas, YAML.atlas());
    DeepEquality.assertEqual(roundTrip(out -> GuidanceSnapshot.write(YAML.guidance(), out),
        in -> GuidanceSnapshot.read(in, atlas)), YAML.guidance());
    DeepEquality.assertEqual(roundTrip(out -> DynamicsSnapshot.write(YAML.dynamics(), out), DynamicsSnapshot::read),
        YAML.dynamics());
  }

  @Test
  void theComparisonFindsAFieldTheSnapshotLeftOut() {
    TrustDimension first = YAML.atlas().concepts(TrustDimension.class).get(0);
    ConceptInfo info = first.info();
    TrustDimension withoutAliases =
        new TrustDimension(new ConceptInfo(info.id(), info.label(), List.of(), info.summary(), info.citations()));
    assertThat(DeepEquality.difference(withoutAliases, first)).get().asString()
        .startsWith(".info.aliases: 0 elements against");

    ResourceDirectory directory = YAML.guidance().directory();
    CrisisResource resource = directory.resources().get(0);
    CrisisResource otherHours = new CrisisResource(resource.id(), resource.name(), resource.region(), resource.area(),
        resource.types(), resource.channels(), resource.hours() + " (changed)", resource.audience(),
        resource.sourceUrl(), resource.lastVerified(), resource.certainty());
    List<CrisisResource> changed = new ArrayList<>(directory.resources());
    changed.set(0, otherHours);
    ResourceDirectory edited = ResourceDirectory.of(changed, directory.emergencyNumbers());
    assertThat(DeepEquality.difference(edited, directory)).get().asString().startsWith(".resources[0].hours: ");
  }

  @Test
  void theComparisonRefusesATypeItCannotLookInto() {
    assertThatThrownBy(() -> DeepEquality.difference(new java.util.concurrent.atomic.AtomicInteger(1), new java.util.concurrent.atomic.AtomicInteger(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot compare a java.util.concurrent.atomic.AtomicInteger");
  }

  @Test
  void aSnapshotCutShortIsRefusedNotMisread() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DynamicsSnapshot.write(YAML.dynamics(), new SnapshotOut(bytes));
    byte[] cut = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() - 3);
    assertThatThrownBy(() -> DynamicsSnapshot.read(new SnapshotIn(new ByteArrayInputStream(cut))))
        .isInstanceOf(IOException.class);
  }

  private interface Writing {
    void write(SnapshotOut out) throws IOException;
  }

  private static <T> T roundTrip(Writing writing, SnapshotIn.Reader<T> reading) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writing.write(new SnapshotOut(bytes));
    return reading.read(new SnapshotIn(new ByteArrayInputStream(bytes.toByteArray())));
  }

  private static Path bundledFolder() {
    try {
      return Path.of(PackSnapshotTest.class.getResource("/org/trustatlas/content/bundled/pack.yaml").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

}
