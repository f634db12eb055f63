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
import org.junit.jupiter.api.io.TempDir;
import org.trustatlas.core.internal.Lazy;
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
    DeepEquality.assertEqual(PackSnapshot.gate().orElseThrow(), YAML.guidance().gate());
  }

  @Test
  void eachPartWrittenAndReadBackIsEqualFieldForField() throws IOException {
    Atlas atlas = roundTrip(out -> AtlasSnapshot.write(YAML.atlas(), out), AtlasSnapshot::read);
    DeepEquality.assertEqual(atlas, YAML.atlas());
    var danger = roundTrip(out -> DangerSnapshot.write(YAML.guidance().danger(), out), DangerSnapshot::read);
    DeepEquality.assertEqual(roundTrip(out -> GuidanceSnapshot.write(YAML.guidance(), out),
        in -> GuidanceSnapshot.read(in, () -> atlas, Lazy.ready(danger))), YAML.guidance());
    DeepEquality.assertEqual(roundTrip(out -> DynamicsSnapshot.write(YAML.dynamics(), out), DynamicsSnapshot::read),
        YAML.dynamics());
  }

  @Test
  void aPlanFromTheSnapshotsGuidanceNeverReadsTheDangerVocabulary() {
    Atlas atlas = PackSnapshot.atlas().orElseThrow();
    GuidanceContent guidance = PackSnapshot.guidance(() -> atlas, Lazy.of(() -> {
      throw new AssertionError("the danger vocabulary was read");
    })).orElseThrow();

    var plan = guidance.planner().plan(org.trustatlas.core.repair.Situation.of(
        org.trustatlas.core.repair.ReaderRole.HURT_PARTNER, "infidelity").inRegion("GB"));

    assertThat(plan.safety().items()).isNotEmpty();
    assertThat(guidance.checkIn().questions()).isNotEmpty();
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
        resource.tags(), resource.types(), resource.channels(), resource.hours() + " (changed)", resource.audience(),
        resource.sourceUrl(), resource.lastVerified(), resource.certainty());
    List<CrisisResource> changed = new ArrayList<>(directory.resources());
    changed.set(0, otherHours);
    ResourceDirectory edited = ResourceDirectory.of(changed, directory.emergencyNumbers());
    assertThat(DeepEquality.difference(edited, directory)).get().asString().startsWith(".resources[0].hours: ");
  }

  @Test
  void theComparisonNoticesAChangeToAnyComponentOfAnyRecordInThePack(@TempDir Path folder) throws IOException {
    assertThat(RecordMutations.recordTypes(YAML)).contains("DangerCategory", "CrisisResource", "ServiceArea",
        "Question", "Choice", "ReaderIs", "Scenario", "Parameter", "SafetyRule", "Wording", "RoleWords",
        "ServiceWords");
    copy("/packs/minimal", folder);
    copy("/packs/guidance", folder);
    copy("/packs/wording", folder);
    // Both packs share the bundled simulator parameters; a third set, one note changed, gives them another value.
    List<org.trustatlas.core.dynamics.Parameter> parameters = new ArrayList<>(YAML.dynamics().parameters().parameters());
    var first = parameters.get(0);
    parameters.set(0, new org.trustatlas.core.dynamics.Parameter(first.name(), first.value(), first.source(),
        first.note() + " (changed)"));
    DynamicsContent otherParameters = new DynamicsContent(
        org.trustatlas.core.dynamics.DynamicsParameters.of(parameters), YAML.dynamics().scenarios());
    assertThat(RecordMutations.unnoticed(YAML, PackReader.read(folder), otherParameters)).isEmpty();
  }

  private static void copy(String resource, Path target) throws IOException {
    Path source;
    try {
      source = Path.of(PackSnapshotTest.class.getResource(resource).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (var files = java.nio.file.Files.walk(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path to = target.resolve(source.relativize(file).toString());
        if (java.nio.file.Files.isDirectory(file)) {
          java.nio.file.Files.createDirectories(to);
        } else {
          java.nio.file.Files.copy(file, to);
        }
      }
    }
  }

  @Test
  void aDangerVocabularyReadBackIsEqualToTheYamlOneAndRecognisesTheSame() throws IOException {
    var yaml = YAML.guidance().danger();
    var read = roundTrip(out -> DangerSnapshot.write(yaml, out), DangerSnapshot::read);
    DeepEquality.assertEqual(read, yaml);
    for (String words : List.of("he chokes me", "i wanna die", "stop hitting me", "my partner cheated")) {
      DeepEquality.assertEqual(read.recognise(words), yaml.recognise(words));
    }
  }

  @Test
  void theWordingReadBackSaysEveryRoleQuestionAndHeadingAsTheYamlDoes() throws IOException {
    var yaml = YAML.guidance().wording();
    var read = roundTrip(out -> WordingSnapshot.write(yaml, out), WordingSnapshot::read);
    DeepEquality.assertEqual(read, yaml);
    DeepEquality.assertEqual(PackSnapshot.read().orElseThrow().guidance().wording(), yaml);
    for (var flag : org.trustatlas.core.safety.SafetyFlag.values()) {
      assertThat(read.question(flag)).isEqualTo(yaml.question(flag));
    }
    assertThat(read.questions()).extracting(q -> q.flag()).isEqualTo(yaml.questions().stream().map(q -> q.flag())
        .toList());
  }

  @Test
  void aDangerVocabularyWithoutOneCategorysSourcesIsFoundUnequal() {
    var yaml = YAML.guidance().danger();
    var first = yaml.categories().get(0);
    var fewer = new org.trustatlas.content.danger.DangerCategory(first.id(), first.label(), first.phrases(),
        first.except(), first.concepts(), first.then(), first.flags(), first.services(), first.message(),
        first.rationale(), List.of("another-source"));
    List<org.trustatlas.content.danger.DangerCategory> categories = new ArrayList<>(yaml.categories());
    categories.set(0, fewer);
    var edited = org.trustatlas.content.danger.DangerVocabulary.of(categories, yaml.spellings(), yaml.groups(),
        DangerReader.STEMMER);
    assertThat(DeepEquality.difference(edited, yaml)).get().asString().startsWith(".categories[0].sources");
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
