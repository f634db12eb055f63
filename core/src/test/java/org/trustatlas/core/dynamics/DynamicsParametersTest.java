package org.trustatlas.core.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DynamicsParametersTest {

  private static final Set<String> SOURCES = Set.of("schweitzer-2006", "slovic-1993", "kim-2004", "lount-2008",
      "mcnulty-2011", "mccullough-2003", "fehr-2010", "buck-2012", "bodenmann-2010", "fulmer-2010",
      "wieselquist-1999", "rempel-1985", "burnette-2012", "khoury-2015", "atkins-2005", "campbell-2003",
      "glass-2003", "beebe-2026");

  private final DynamicsParameters defaults = DynamicsParameters.defaults();

  @Test
  void everyDefaultHasAKnownSourceAndANote() {
    assertThat(defaults.parameters()).hasSize(Param.values().length).allSatisfy(parameter -> {
      assertThat(SOURCES).contains(parameter.source());
      assertThat(parameter.note()).isNotBlank();
    });
    assertThat(defaults.parameters()).extracting(Parameter::name).isEqualTo(DynamicsParameters.names());
  }

  @Test
  void overridesOneValueByNameKeepingItsSource() {
    DynamicsParameters changed = defaults.with("asymmetry", 1.0);
    assertThat(changed.value("asymmetry")).isEqualTo(1.0);
    assertThat(changed.parameter("asymmetry").source()).isEqualTo("slovic-1993");
    assertThat(defaults.value("asymmetry")).isEqualTo(2.0);
    assertThat(changed).isNotEqualTo(defaults);
  }

  @Test
  void rejectsAnUnknownNameListingTheValidOnes() {
    assertThatIllegalArgumentException().isThrownBy(() -> defaults.with("asymetry", 1.0))
        .withMessageStartingWith("unknown parameter 'asymetry'; did you mean 'asymmetry'?; valid names: growthRate,")
        .withMessageContaining("recoveryTolerance");
  }

  @Test
  void rejectsAValueOutsideItsRange() {
    assertThatIllegalArgumentException().isThrownBy(() -> defaults.with("noise", 0.5))
        .withMessage("parameter 'noise' value 0.5 is outside its range [0.0, 0.1]");
    assertThatIllegalArgumentException().isThrownBy(() -> defaults.with("asymmetry", Double.NaN))
        .withMessageContaining("must be a finite number");
  }

  @Test
  void buildsFromACompleteListInAnyOrderAsAPackGivesIt() {
    List<Parameter> reversed = new ArrayList<>(defaults.parameters());
    Collections.reverse(reversed);
    assertThat(DynamicsParameters.of(reversed)).isEqualTo(defaults);
  }

  @Test
  void rejectsAListWithMissingRepeatedOrBadlySourcedParameters() {
    List<Parameter> missing = defaults.parameters().subList(1, defaults.parameters().size());
    assertThatIllegalArgumentException().isThrownBy(() -> DynamicsParameters.of(missing))
        .withMessage("parameters missing: growthRate");
    List<Parameter> repeated = new ArrayList<>(defaults.parameters());
    repeated.add(defaults.parameter("noise"));
    assertThatIllegalArgumentException().isThrownBy(() -> DynamicsParameters.of(repeated))
        .withMessage("parameter 'noise' is given more than once");
    assertThatIllegalArgumentException().isThrownBy(() -> new Parameter("noise", 0, "Slovic 1993", "n"))
        .withMessageContaining("source 'Slovic 1993' must be a bibliography key");
  }

  @Test
  void rejectsWeightsThatAreAllZero() {
    DynamicsParameters noFaith = defaults.with("weightFaith", 0).with("weightPredictability", 0);
    assertThatIllegalArgumentException().isThrownBy(() -> noFaith.with("weightDependability", 0))
        .withMessageContaining("must not all be 0");
  }
}
