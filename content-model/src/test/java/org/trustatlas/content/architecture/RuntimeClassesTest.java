package org.trustatlas.content.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;

/**
 * What the content-model jar packages (its main classes, read from where {@link TrustAtlas} was loaded)
 * is the library only: the build-time tools live in {@code src/build/java} and never ship.
 */
class RuntimeClassesTest {

  @Test
  void theRuntimeClassesDeclareNoMainMethod() throws Exception {
    JavaClasses runtime = new ClassFileImporter().importLocations(
        List.of(Location.of(TrustAtlas.class.getProtectionDomain().getCodeSource().getLocation())));
    assertThat(runtime.contain(TrustAtlas.class)).as("the import reads the runtime classes").isTrue();

    noMethods().that().areStatic().should().haveName("main")
        .because("a main in the library is a build-time tool (schema generator, snapshot writer) that belongs in "
            + "src/build/java, out of the jar embedders put on their class path")
        .check(runtime);
  }
}
