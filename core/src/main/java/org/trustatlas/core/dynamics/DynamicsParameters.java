package org.trustatlas.core.dynamics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.trustatlas.core.internal.Require;
import org.trustatlas.core.internal.Suggestions;

/**
 * The complete, checked set of numbers the {@link Simulator} runs on, each with its source. Immutable;
 * {@link #with} returns a copy. Built from a pack with {@link #of}, or from {@link #defaults()}.
 */
public final class DynamicsParameters {

  private static final Map<String, Param> BY_NAME = Arrays.stream(Param.values())
      .collect(Collectors.toUnmodifiableMap(p -> p.key, p -> p));
  private static final DynamicsParameters DEFAULTS =
      new DynamicsParameters(Arrays.stream(Param.values()).map(Param::defaultParameter).toList());

  private final List<Parameter> parameters;
  /** Values by {@link Param#ordinal()}: the simulator's hot loop reads these, not the records. */
  private final double[] values;

  private DynamicsParameters(List<Parameter> ordered) {
    this.parameters = List.copyOf(ordered);
    this.values = new double[ordered.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = ordered.get(i).value();
    }
    if (get(Param.WEIGHT_PREDICTABILITY) + get(Param.WEIGHT_DEPENDABILITY) + get(Param.WEIGHT_FAITH) == 0) {
      throw new IllegalArgumentException(
          "weightPredictability, weightDependability and weightFaith must not all be 0");
    }
  }

  /** The values this project ships, each with its source; the bundled {@code dynamics.yaml} says the same. */
  public static DynamicsParameters defaults() {
    return DEFAULTS;
  }

  /**
   * A complete set, as a pack file lists it: every known name exactly once, in any order.
   *
   * @throws IllegalArgumentException naming unknown, repeated, missing or out-of-range parameters
   */
  public static DynamicsParameters of(List<Parameter> parameters) {
    Objects.requireNonNull(parameters, "parameters must not be null");
    Map<Param, Parameter> given = new EnumMap<>(Param.class);
    for (Parameter parameter : parameters) {
      Param param = checked(Objects.requireNonNull(parameter, "parameters must not contain null"));
      if (given.put(param, parameter) != null) {
        throw new IllegalArgumentException("parameter '" + parameter.name() + "' is given more than once");
      }
    }
    List<String> missing = Arrays.stream(Param.values()).filter(p -> !given.containsKey(p)).map(p -> p.key).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("parameters missing: " + String.join(", ", missing));
    }
    return new DynamicsParameters(new ArrayList<>(given.values()));
  }

  /** A copy with one value changed, keeping the parameter's source and note. */
  public DynamicsParameters with(String name, double value) {
    return with(parameter(name).withValue(value));
  }

  /** A copy with one parameter replaced, for a pack that overrides a value with its own source. */
  public DynamicsParameters with(Parameter replacement) {
    Param param = checked(Objects.requireNonNull(replacement, "parameter must not be null"));
    List<Parameter> copy = new ArrayList<>(parameters);
    copy.set(param.ordinal(), replacement);
    return new DynamicsParameters(copy);
  }

  /** All parameters in a stable order: the order {@code dynamics.yaml} lists them. */
  public List<Parameter> parameters() {
    return parameters;
  }

  /** @throws IllegalArgumentException if no parameter has this name, listing the valid ones */
  public Parameter parameter(String name) {
    return parameters.get(param(name).ordinal());
  }

  /** @throws IllegalArgumentException if no parameter has this name, listing the valid ones */
  public double value(String name) {
    return values[param(name).ordinal()];
  }

  /** Every valid name, in {@link #parameters()} order. */
  public static List<String> names() {
    return Arrays.stream(Param.values()).map(p -> p.key).toList();
  }

  double get(Param param) {
    return values[param.ordinal()];
  }

  private static Param checked(Parameter parameter) {
    Param param = param(parameter.name());
    double value = parameter.value();
    if (value < param.min || value > param.max) {
      throw new IllegalArgumentException("parameter '" + param.key + "' value " + value
          + " is outside its range [" + param.min + ", " + param.max + "]");
    }
    return param;
  }

  private static Param param(String name) {
    Param param = name == null ? null : BY_NAME.get(name);
    if (param == null) {
      throw new IllegalArgumentException("unknown parameter " + Require.quoted(name) + Suggestions.hint(String.valueOf(name),
          BY_NAME.keySet()) + "; valid names: " + String.join(", ", names()));
    }
    return param;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DynamicsParameters that && parameters.equals(that.parameters);
  }

  @Override
  public int hashCode() {
    return parameters.hashCode();
  }

  @Override
  public String toString() {
    return parameters.stream().map(p -> p.name() + "=" + p.value()).collect(Collectors.joining(", ", "{", "}"));
  }
}
