package org.trustatlas.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;
import org.trustatlas.core.safety.Condition;
import org.trustatlas.core.safety.Decision;
import org.trustatlas.core.safety.Effect;
import org.trustatlas.core.safety.SafetyGate;
import org.trustatlas.core.safety.SafetyRule;

/**
 * The rules every front end (cli, web-adapter, mcp-adapter) holds, written once here and named as a
 * sentence in each adapter's {@code ArchitectureTest}. Shipped in core's test fixtures jar so the
 * three adapters share one definition; each rule is shown to bite in web-adapter's
 * {@code AdapterRulesBiteTest}.
 */
public final class AdapterRules {

  /** The front ends' root packages, each with the libraries that only it uses. */
  private static final List<List<String>> FRONT_ENDS = List.of(
      List.of("org.trustatlas.cli..", "picocli.."),
      List.of("org.trustatlas.web..", "io.javalin..", "gg.jte.."),
      List.of("org.trustatlas.mcp..", "io.modelcontextprotocol.."));

  private static final Set<Class<?>> SAFETY_MACHINERY =
      Set.of(SafetyGate.class, SafetyRule.class, Condition.class, Effect.class, Decision.class);

  private AdapterRules() {}

  /** No constructor or static factory of the safety machinery is called or referenced. */
  public static ArchRule neverConstructSafetyMachinery() {
    return noClasses().should().accessTargetWhere(CONSTRUCTS_SAFETY_MACHINERY)
        .because("a front end with its own SafetyGate, rule, condition, effect or decision could show a plan "
            + "the pack's safety rules would block; every decision comes from the facade (DESIGN.md, "
            + "'adapters hold no domain rules')");
  }

  /** Neither YAML (Jackson's YAML format, snakeyaml), Lucene nor the JSON Schema generator. */
  public static ArchRule useNoYamlLuceneOrSchemaGenerator() {
    return noClasses().should().dependOnClassesThat().resideInAnyPackage("tools.jackson.dataformat.yaml..",
            "org.snakeyaml..", "org.yaml.snakeyaml..", "org.apache.lucene..", "com.github.victools..")
        .because("reading packs, indexing for search and generating schemas are content-model's; a front end "
            + "that did any of them would answer differently from the others");
  }

  /**
   * No dependency on another front end's packages or on the libraries only it uses.
   *
   * @param own the root package of the adapter under test, such as {@code org.trustatlas.cli..}
   */
  public static ArchRule dependOnNoOtherFrontEnd(String own) {
    String[] others = FRONT_ENDS.stream().filter(end -> !end.get(0).equals(own)).flatMap(List::stream)
        .toArray(String[]::new);
    return noClasses().should().dependOnClassesThat().resideInAnyPackage(others)
        .because("front ends find each other only through content-model's ServiceLoader services "
            + "(AtlasServer, StdioServer, HttpEndpoint), so each can ship, change or be removed alone");
  }

  /** Neither core's helpers ({@code core.internal}) nor content-model's internals. */
  public static ArchRule useNoInternals() {
    return noClasses().should().dependOnClassesThat().resideInAnyPackage("org.trustatlas.core.internal..",
            "org.trustatlas.content.internal..")
        .because("a front end reads the model and the read model only (did-you-mean through "
            + "org.trustatlas.content.read.Vocabulary), so internals can change without a front end noticing");
  }

  /** Every package (the root and every sub-package, each its own slice) of the classes checked is free of cycles. */
  public static ArchRule packagesFreeOfCycles() {
    return slices().matching("org.trustatlas.(**)").should().beFreeOfCycles()
        .because("a package cycle makes every dependency rule between those packages meaningless");
  }

  private static final DescribedPredicate<JavaAccess<?>> CONSTRUCTS_SAFETY_MACHINERY = DescribedPredicate.describe(
      "a constructor or static factory of SafetyGate, SafetyRule, Condition, Effect or Decision",
      access -> constructs(access.getTarget()));

  private static boolean constructs(AccessTarget target) {
    boolean ours = SAFETY_MACHINERY.stream().anyMatch(type -> target.getOwner().isAssignableTo(type));
    if (!ours) {
      return false;
    }
    if (target instanceof AccessTarget.ConstructorCallTarget || target instanceof AccessTarget.ConstructorReferenceTarget) {
      return true;
    }
    return target instanceof AccessTarget.CodeUnitAccessTarget unit
        && unit.resolveMember().map(member -> member.getModifiers().contains(JavaModifier.STATIC)).orElse(false);
  }
}
