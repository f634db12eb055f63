package org.trustatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.architecture.AdapterRules;

/**
 * Each rule every front end holds, run against a deliberate violation in test sources
 * ({@code org.trustatlas.web.violations}): a rule that let its violation pass would hold nothing.
 */
class AdapterRulesBiteTest {

  private static final JavaClasses VIOLATIONS = new ClassFileImporter().importPackages("org.trustatlas.web.violations");

  @Test
  void aFrontEndThatBuildsItsOwnSafetyGateRuleConditionEffectOrDecisionIsCaught() {
    assertThat(violations(AdapterRules.neverConstructSafetyMachinery())).anySatisfy(
            line -> assertThat(line).contains("SafetyGate.of(java.util.List)"))
        .anySatisfy(line -> assertThat(line).contains("SafetyRule.<init>"))
        .anySatisfy(line -> assertThat(line).contains("Condition.not(").contains("OwnSafetyMachinery.ruleOfItsOwn"))
        .anySatisfy(line -> assertThat(line).contains("Effect.suppress("))
        .anySatisfy(line -> assertThat(line).contains("Decision$Show.<init>"));
  }

  @Test
  void aFrontEndThatReadsYamlOrIndexesWithLuceneIsCaught() {
    assertThat(violations(AdapterRules.useNoYamlLuceneOrSchemaGenerator()))
        .anySatisfy(line -> assertThat(line).contains("OwnYamlAndIndex").contains("YAMLMapper"))
        .anySatisfy(line -> assertThat(line).contains("OwnYamlAndIndex").contains("ByteBuffersDirectory"));
  }

  @Test
  void aFrontEndThatUsesAnotherFrontEndIsCaught() {
    assertThat(violations(AdapterRules.dependOnNoOtherFrontEnd("org.trustatlas.web..")))
        .anySatisfy(line -> assertThat(line).contains("ReachesIntoTheCli").contains("org.trustatlas.cli.elsewhere.CliCommand"));
  }

  @Test
  void aFrontEndThatUsesCoreHelpersOrContentInternalsIsCaught() {
    assertThat(violations(AdapterRules.useNoInternals()))
        .anySatisfy(line -> assertThat(line).contains("UsesInternals").contains("core.internal.Suggestions"))
        .anySatisfy(line -> assertThat(line).contains("UsesInternals").contains("content.internal.PackReader"));
  }

  @Test
  void aPackageCycleIsCaught() {
    assertThat(violations(AdapterRules.packagesFreeOfCycles()))
        .anySatisfy(line -> assertThat(line).contains("Upstream").contains("Downstream"));
  }

  private static List<String> violations(ArchRule rule) {
    EvaluationResult result = rule.evaluate(VIOLATIONS);
    return result.getFailureReport().getDetails();
  }
}
