package org.trustatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustatlas.cli.commands.Commands;
import org.trustatlas.cli.commands.GlobalOptions;
import org.trustatlas.cli.commands.Session;
import org.trustatlas.cli.output.Environment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Build step: reads the picocli annotations of every {@code atlas} command and writes, per package,
 * a {@code GeneratedSpecs} class that builds the same {@code CommandSpec}s with picocli's
 * programmatic API. A run then reads no annotation: the first annotation read of a JVM (proxy
 * classes, the annotation parser) cost about as much as a bare JVM start. The command classes stay
 * as they are; {@code GeneratedSpecsTest} proves the generated specs equal what picocli reads from
 * the annotations, option for option and in the help text.
 *
 * <p>An annotation attribute this generator does not know fails the build, naming it; add it to
 * {@link #command} or {@link #argument}.
 */
public final class SpecGenerator {

  /** @Command attributes and the UsageMessageSpec setter each maps to. */
  private static final Map<String, String> USAGE = Map.of("description", "description", "footer", "footer",
      "header", "header", "customSynopsis", "customSynopsis", "commandListHeading", "commandListHeading",
      "optionListHeading", "optionListHeading", "parameterListHeading", "parameterListHeading",
      "sortOptions", "sortOptions", "hidden", "hidden", "synopsisHeading", "synopsisHeading");
  /** Attributes handled apart from those above. */
  private static final Set<String> COMMAND_HANDLED = Set.of("name", "aliases", "mixinStandardHelpOptions", "scope");

  private final Map<String, StringBuilder> byPackage = new LinkedHashMap<>();
  /** The fields of the class being generated that options and parameters bind to, in order. */
  private List<Field> bound = new ArrayList<>();
  private final Map<String, List<String>> dispatch = new LinkedHashMap<>();
  private final Set<Class<?>> done = new LinkedHashSet<>();

  private SpecGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: SpecGenerator GENERATED_SOURCES_DIR");
    }
    SpecGenerator generator = new SpecGenerator();
    generator.add(AtlasCommand.class);
    PrintWriter sink = new PrintWriter(new StringWriter());
    for (Object command : Commands.all(new Session(new GlobalOptions(), Environment.piped(Map.of()), sink, sink))) {
      generator.add(command.getClass());
    }
    generator.write(Path.of(args[0]));
  }

  private void add(Class<?> type) {
    if (!done.add(type)) {
      return;
    }
    String pkg = type.getPackageName();
    StringBuilder out = byPackage.computeIfAbsent(pkg, p -> new StringBuilder());
    String name = type.getName().substring(pkg.length() + 1).replace('$', '.');
    String method = "spec" + type.getSimpleName();
    dispatch.computeIfAbsent(pkg, p -> new ArrayList<>()).add(name + " " + method);
    List<Field> outer = bound;
    bound = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    StringBuilder saved = out;
    out = body;
    out.append("  private static CommandSpec ").append(method).append('(').append(name).append(" command) {\n");
    out.append("    CommandSpec spec = CommandSpec.wrapWithoutInspection(command);\n");
    Command command = type.getAnnotation(Command.class);
    if (command != null) {
      command(out, type, command);
    }
    List<Class<?>> hierarchy = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      hierarchy.add(0, c);
    }
    for (Class<?> c : hierarchy) {
      for (Field field : c.getDeclaredFields()) {
        member(out, type, field);
      }
    }
    if (command != null && command.mixinStandardHelpOptions()) {
      out.append("    spec.addMixin(\"mixinStandardHelpOptions\", Specs.standardHelpOptions());\n");
    }
    out.append("    return spec;\n  }\n\n");
    if (!bound.isEmpty()) {
      binding(out, name, type.getSimpleName() + "Binding", bound);
    }
    saved.append(body);
    bound = outer;
  }

  /**
   * One class per command that reads and writes each bound field by number: one class to load per
   * command rather than a getter and a setter class per option.
   */
  private static void binding(StringBuilder out, String owner, String name, List<Field> fields) {
    out.append("  private static final class ").append(name).append(" implements IGetter, ISetter {\n")
        .append("    private final ").append(owner).append(" command;\n    private final int field;\n\n")
        .append("    ").append(name).append('(').append(owner).append(" command, int field) {\n")
        .append("      this.command = command;\n      this.field = field;\n    }\n\n")
        .append("    @Override\n    @SuppressWarnings(\"unchecked\")\n    public <T> T get() {\n")
        .append("      switch (field) {\n");
    for (int i = 0; i < fields.size(); i++) {
      out.append("        case ").append(i).append(": return (T) (Object) command.").append(fields.get(i).getName())
          .append(";\n");
    }
    out.append("        default: throw new IllegalStateException(\"no field \" + field);\n      }\n    }\n\n")
        .append("    @Override\n    @SuppressWarnings(\"unchecked\")\n    public <T> T set(T value) {\n")
        .append("      T old = get();\n      switch (field) {\n");
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      out.append("        case ").append(i).append(": command.").append(f.getName()).append(" = (").append(boxed(f))
          .append(") (Object) value; break;\n");
    }
    out.append("        default: throw new IllegalStateException(\"no field \" + field);\n      }\n")
        .append("      return old;\n    }\n  }\n\n");
  }

  private static void command(StringBuilder out, Class<?> type, Command command) {
    for (Map.Entry<String, Object> attribute : nonDefault(command).entrySet()) {
      String key = attribute.getKey();
      Object value = attribute.getValue();
      if (USAGE.containsKey(key)) {
        out.append("    spec.usageMessage().").append(USAGE.get(key)).append('(').append(literal(value)).append(");\n");
      } else if (key.equals("name")) {
        out.append("    spec.name(").append(literal(value)).append(");\n");
      } else if (key.equals("aliases")) {
        out.append("    spec.aliases(").append(literal(value)).append(");\n");
      } else if (!COMMAND_HANDLED.contains(key)) {
        throw unsupported("@Command", key, type);
      }
      // scope = INHERIT is applied by Specs.inherit as each subcommand is added, without picocli's
      // reflective standard help mixin; mixinStandardHelpOptions is added after the members.
    }
  }

  private void member(StringBuilder out, Class<?> owner, Field field) {
    if (field.isAnnotationPresent(Option.class) || field.isAnnotationPresent(Parameters.class)) {
      argument(out, owner, field);
    } else if (field.isAnnotationPresent(Mixin.class)) {
      Mixin mixin = field.getAnnotation(Mixin.class);
      add(field.getType());
      String name = mixin.name().isEmpty() ? field.getName() : mixin.name();
      out.append("    spec.addMixin(").append(literal(name)).append(", new ").append(field.getType().getPackageName())
          .append(".GeneratedSpecs().apply(java.util.Objects.requireNonNull(command.").append(field.getName())
          .append(", \"mixin ").append(field.getName()).append("\")));\n");
    } else if (field.isAnnotationPresent(Spec.class)) {
      out.append("    command.").append(field.getName()).append(" = spec;\n");
    } else {
      for (Annotation annotation : field.getAnnotations()) {
        if (annotation.annotationType().getName().startsWith("picocli.")) {
          throw unsupported("@" + annotation.annotationType().getSimpleName(), field.getName(), owner);
        }
      }
    }
  }

  private void argument(StringBuilder out, Class<?> owner, Field field) {
    boolean option = field.isAnnotationPresent(Option.class);
    Annotation annotation = option ? field.getAnnotation(Option.class) : field.getAnnotation(Parameters.class);
    Map<String, Object> attributes = nonDefault(annotation);
    if (Modifier.isFinal(field.getModifiers()) || Modifier.isPrivate(field.getModifiers())) {
      throw new IllegalArgumentException(owner.getName() + "." + field.getName() + ": options and parameters must be "
          + "non-final fields the command's package can read and write");
    }
    String names = option ? literal(((Option) annotation).names()) : "";
    out.append("    spec.add").append(option ? "Option(OptionSpec.builder(new String[] {" + names + "})"
        : "Positional(PositionalParamSpec.builder()");
    Class<?> type = field.getType();
    out.append("\n        .type(").append(className(type)).append(".class)");
    List<Class<?>> auxiliary = auxiliaryTypes(field);
    if (attributes.containsKey("type")) {
      auxiliary = Arrays.asList((Class<?>[]) attributes.remove("type"));
    }
    if (!auxiliary.isEmpty()) {
      out.append(".auxiliaryTypes(");
      for (int i = 0; i < auxiliary.size(); i++) {
        out.append(i == 0 ? "" : ", ").append(className(auxiliary.get(i))).append(".class");
      }
      out.append(')');
    }
    if (!option || !attributes.containsKey("paramLabel")) {
      out.append("\n        .paramLabel(").append(literal(attributes.containsKey("paramLabel")
          ? attributes.remove("paramLabel") : "<" + field.getName() + ">")).append(')');
    }
    attributes.remove("names");
    if (!option) {
      // picocli makes a positional parameter required when its arity asks for at least one value
      boolean multiValue = java.util.Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
          || type.isArray();
      boolean required = attributes.containsKey("arity")
          ? picocli.CommandLine.Range.valueOf((String) attributes.get("arity")).min() > 0 : !multiValue;
      out.append("\n        .required(").append(required).append(')');
    }
    if (!attributes.containsKey("descriptionKey")) {
      out.append("\n        .descriptionKey(\"\")"); // as picocli reads an unset key from the annotation
    }
    for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
      String key = attribute.getKey();
      Object value = attribute.getValue();
      switch (key) {
        case "paramLabel", "description", "arity", "required", "hidden", "descriptionKey", "defaultValue",
            "usageHelp", "versionHelp", "fallbackValue", "order" ->
            out.append("\n        .").append(key).append('(').append(literal(value)).append(')');
        case "split" -> out.append("\n        .splitRegex(").append(literal(value)).append(')');
        case "index" -> out.append("\n        .index(").append(literal(value)).append(')');
        case "scope" -> out.append("\n        .scopeType(ScopeType.").append(value).append(')');
        case "converter" -> {
          out.append("\n        .converters(");
          Class<?>[] converters = (Class<?>[]) value;
          for (int i = 0; i < converters.length; i++) {
            out.append(i == 0 ? "" : ", ").append("new ").append(className(converters[i])).append("()");
          }
          out.append(')');
        }
        case "completionCandidates" ->
            out.append("\n        .completionCandidates(new ").append(className((Class<?>) value)).append("())");
        default -> throw unsupported(option ? "@Option" : "@Parameters", key, owner);
      }
    }
    String f = "command." + field.getName();
    out.append("\n        .initialValue(").append(f).append(')');
    String binding = "new " + owner.getSimpleName() + "Binding(command, " + bound.size() + ")";
    bound.add(field);
    out.append("\n        .getter(").append(binding).append(").setter(").append(binding).append(')');
    out.append(".build());\n");
  }

  private static List<Class<?>> auxiliaryTypes(Field field) {
    List<Class<?>> types = new ArrayList<>();
    Type generic = field.getGenericType();
    if (generic instanceof ParameterizedType parameterized) {
      for (Type argument : parameterized.getActualTypeArguments()) {
        if (!(argument instanceof Class<?> c)) {
          throw new IllegalArgumentException(field + ": only plain type arguments are supported");
        }
        types.add(c);
      }
    }
    return types;
  }

  private static String boxed(Field field) {
    Class<?> type = field.getType();
    if (!type.isPrimitive()) {
      return field.getGenericType().getTypeName().replace('$', '.');
    }
    return switch (type.getName()) {
      case "boolean" -> "Boolean";
      case "int" -> "Integer";
      case "long" -> "Long";
      case "double" -> "Double";
      default -> throw new IllegalArgumentException(field + ": add the boxed type of " + type);
    };
  }

  /** An annotation's attributes whose values differ from their defaults, in declaration order. */
  private static Map<String, Object> nonDefault(Annotation annotation) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    Method[] methods = annotation.annotationType().getDeclaredMethods();
    Arrays.sort(methods, (a, b) -> a.getName().compareTo(b.getName()));
    for (Method method : methods) {
      try {
        Object value = method.invoke(annotation);
        Object defaultValue = method.getDefaultValue();
        if (defaultValue == null || !java.util.Objects.deepEquals(value, defaultValue)) {
          attributes.put(method.getName(), value);
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return attributes;
  }

  private static IllegalArgumentException unsupported(String annotation, String attribute, Class<?> owner) {
    return new IllegalArgumentException(annotation + " " + attribute + " on " + owner.getName()
        + " has no generated form yet; add it to " + SpecGenerator.class.getName());
  }

  private static String className(Class<?> type) {
    return type.getCanonicalName();
  }

  private static String literal(Object value) {
    if (value instanceof String[] strings) {
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < strings.length; i++) {
        all.append(i == 0 ? "" : ", ").append(literal(strings[i]));
      }
      return all.toString();
    }
    if (value instanceof String s) {
      StringBuilder quoted = new StringBuilder("\"");
      for (char c : s.toCharArray()) {
        switch (c) {
          case '"' -> quoted.append("\\\"");
          case '\\' -> quoted.append("\\\\");
          case '\n' -> quoted.append("\\n");
          default -> {
            if (c < 0x20 || c > 0x7e) {
              quoted.append(String.format("\\u%04x", (int) c));
            } else {
              quoted.append(c);
            }
          }
        }
      }
      return quoted.append('"').toString();
    }
    if (value instanceof Boolean || value instanceof Integer) {
      return value.toString();
    }
    throw new IllegalArgumentException("no Java literal for " + value + " (" + value.getClass() + ")");
  }

  private void write(Path root) throws IOException {
    for (Map.Entry<String, StringBuilder> entry : byPackage.entrySet()) {
      String pkg = entry.getKey();
      StringBuilder source = new StringBuilder();
      source.append("package ").append(pkg).append(";\n\n")
          .append("import picocli.CommandLine.Model.CommandSpec;\n")
          .append("import picocli.CommandLine.Model.IGetter;\n")
          .append("import picocli.CommandLine.Model.ISetter;\n")
          .append("import picocli.CommandLine.Model.OptionSpec;\n")
          .append("import picocli.CommandLine.Model.PositionalParamSpec;\n")
          .append("import picocli.CommandLine.ScopeType;\n")
          .append("import org.trustatlas.cli.Specs;\n\n")
          .append("/** Generated by ").append(SpecGenerator.class.getName())
          .append(" from the picocli annotations of this package's commands: do not edit. */\n")
          .append("@SuppressWarnings(\"unused\")\n")
          .append("public final class GeneratedSpecs implements java.util.function.Function<Object, CommandSpec> {\n\n")
          .append("  /** The spec of {@code command}, built without reading annotations; null for another class. */\n")
          .append("  @Override\n  public CommandSpec apply(Object command) {\n");
      for (String entryLine : dispatch.get(pkg)) {
        String[] parts = entryLine.split(" ");
        source.append("    if (command.getClass() == ").append(parts[0]).append(".class) {\n")
            .append("      return ").append(parts[1]).append("((").append(parts[0]).append(") command);\n    }\n");
      }
      source.append("    return null;\n  }\n\n").append(entry.getValue()).append("}\n");
      Path file = root.resolve(pkg.replace('.', '/')).resolve("GeneratedSpecs.java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source, StandardCharsets.UTF_8);
    }
  }
}
