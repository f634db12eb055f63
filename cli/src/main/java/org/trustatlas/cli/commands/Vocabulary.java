package org.trustatlas.cli.commands;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trustatlas.content.export.ExportFormat;
import org.trustatlas.content.input.Quote;
import org.trustatlas.core.model.ConceptKind;
import org.trustatlas.core.model.Direction;
import org.trustatlas.core.model.RelationKind;
import org.trustatlas.core.safety.ServiceType;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A closed set of words an option accepts, spelled as slugs ({@code leads-to}). Converts what the
 * user typed, names the valid words when it is wrong, and feeds shell completion the same list.
 */
abstract class Vocabulary<E extends Enum<E>> implements ITypeConverter<E>, Iterable<String> {

  private final Class<E> type;
  private final String noun;
  private final Map<String, E> extraSpellings;

  Vocabulary(Class<E> type, String noun, Map<String, E> extraSpellings) {
    this.type = type;
    this.noun = noun;
    this.extraSpellings = extraSpellings;
  }

  @Override
  public E convert(String value) {
    E extra = extraSpellings.get(value.toLowerCase(Locale.ROOT));
    if (extra != null) {
      return extra;
    }
    return org.trustatlas.content.read.Vocabulary.parse(type, value).orElseThrow(() -> new TypeConversionException(unknown(value)));
  }

  private String unknown(String value) {
    List<String> valid = words();
    String hint = new org.trustatlas.content.read.Vocabulary(noun, valid).hint(value);
    String all = String.join(", ", valid);
    return "unknown " + noun + " " + Quote.of(value) + (hint.isEmpty() ? "; valid: " + all : hint + " (valid: " + all + ")");
  }

  List<String> words() {
    List<String> words = new java.util.ArrayList<>(extraSpellings.keySet().stream().sorted().toList());
    words.addAll(org.trustatlas.content.read.Vocabulary.of(type, noun).words());
    return words;
  }

  @Override
  public Iterator<String> iterator() {
    return words().iterator();
  }

  static final class Kinds extends Vocabulary<ConceptKind> {
    Kinds() {
      super(ConceptKind.class, "kind", Map.of());
    }
  }

  static final class Relations extends Vocabulary<RelationKind> {
    Relations() {
      super(RelationKind.class, "relation", Map.of());
    }
  }

  /** {@code in} and {@code out} are what people type; {@code incoming}/{@code outgoing} work too. */
  static final class Directions extends Vocabulary<Direction> {
    Directions() {
      super(Direction.class, "direction", Map.of("in", Direction.INCOMING, "out", Direction.OUTGOING));
    }

    @Override
    List<String> words() {
      return List.of("in", "out", "both");
    }
  }

  static final class Formats extends Vocabulary<ExportFormat> {
    Formats() {
      super(ExportFormat.class, "format", Map.of());
    }
  }

  /** Kinds of crisis service, for {@code atlas resources --type}. */
  static final class ServiceTypes extends Vocabulary<ServiceType> {
    ServiceTypes() {
      super(ServiceType.class, "service type", Map.of());
    }
  }

  /** The shells {@code atlas completion} writes a script for. */
  enum Shell { BASH, ZSH }

  static final class Shells extends Vocabulary<Shell> {
    Shells() {
      super(Shell.class, "shell", Map.of());
    }
  }
}
