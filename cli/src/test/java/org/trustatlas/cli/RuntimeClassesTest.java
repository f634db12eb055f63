package org.trustatlas.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What atlas.jar packages (the CLI's main classes, read from where {@link Main} was loaded) holds two
 * entry points only: {@code Main}, and {@code Training}, which the launcher runs to make its start-up
 * archive from the installed jar. The build-time spec generator lives in {@code src/build/java}.
 */
class RuntimeClassesTest {

  @Test
  void onlyTheCommandAndItsTrainingRunDeclareAMainMethod() throws Exception {
    JavaClasses runtime = new ClassFileImporter().importLocations(
        List.of(Location.of(Main.class.getProtectionDomain().getCodeSource().getLocation())));
    assertThat(runtime.contain(Main.class)).as("the import reads the runtime classes").isTrue();

    noMethods().that().areStatic().and().haveName("main")
        .and().areDeclaredInClassesThat().resideInAPackage("org.trustatlas..")
        .should().beDeclaredInClassesThat().doNotHaveFullyQualifiedName(Main.class.getName())
        .andShould().beDeclaredInClassesThat().doNotHaveFullyQualifiedName(Training.class.getName())
        .because("a build-time tool (the spec generator) belongs in src/build/java, out of the jar users run")
        .check(runtime);
  }
}
