package org.trustatlas.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The guidance packages depend only downwards: safety on the model, repair on safety, check-in on repair. */
@AnalyzeClasses(packages = "org.trustatlas.core", importOptions = ImportOption.DoNotIncludeTests.class)
class GuidanceArchitectureTest {

  @ArchTest
  static final ArchRule safety_depends_only_on_the_model = classes()
      .that().resideInAPackage("org.trustatlas.core.safety..")
      .should().onlyDependOnClassesThat()
      .resideInAnyPackage("java..", "org.jspecify.annotations..", "org.trustatlas.core.internal..", "org.trustatlas.core.model..", "org.trustatlas.core.safety..");

  @ArchTest
  static final ArchRule repair_depends_only_on_the_model_and_safety = classes()
      .that().resideInAPackage("org.trustatlas.core.repair..")
      .should().onlyDependOnClassesThat()
      .resideInAnyPackage("java..", "org.jspecify.annotations..", "org.trustatlas.core.internal..", "org.trustatlas.core.model..", "org.trustatlas.core.safety..",
          "org.trustatlas.core.repair..");

  @ArchTest
  static final ArchRule checkin_depends_only_on_the_model_safety_and_repair = classes()
      .that().resideInAPackage("org.trustatlas.core.checkin..")
      .should().onlyDependOnClassesThat()
      .resideInAnyPackage("java..", "org.jspecify.annotations..", "org.trustatlas.core.internal..", "org.trustatlas.core.model..", "org.trustatlas.core.safety..",
          "org.trustatlas.core.repair..", "org.trustatlas.core.checkin..");

  @ArchTest
  static final ArchRule the_model_knows_nothing_of_guidance = noClasses()
      .that().resideInAPackage("org.trustatlas.core.model..")
      .should().dependOnClassesThat().resideInAnyPackage("org.trustatlas.core.safety..",
          "org.trustatlas.core.repair..", "org.trustatlas.core.checkin..");

  @ArchTest
  static final ArchRule core_never_logs = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

  @ArchTest
  static final ArchRule core_never_writes_to_the_console = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  @ArchTest
  static final ArchRule core_never_uses_the_system_logger = noClasses()
      .should().dependOnClassesThat().haveFullyQualifiedName("java.lang.System$Logger");
}
