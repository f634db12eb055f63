package org.trustatlas.content.internal;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.trustatlas.core.internal.Lazy;

/**
 * Compares two object graphs field by field, for tests that two ways of reading a pack give the same
 * thing. Every record component and every instance field of the project's own classes is followed,
 * whether or not the class defines {@code equals}; a field added anywhere is compared without this
 * class knowing of it. The JDK's value types compare with {@code equals}, collections element by
 * element, maps key by key in order, a lazy value by its value. Anything else (a class of another library) is refused, so a
 * comparison never passes because it could not look.
 */
final class DeepEquality {

  private final Map<Object, Object> seen = new IdentityHashMap<>();

  private DeepEquality() {}

  /** The first difference, as "path: what differs", or empty when the graphs are equal. */
  static Optional<String> difference(Object actual, Object expected) {
    return new DeepEquality().compare("", actual, expected);
  }

  static void assertEqual(Object actual, Object expected) {
    difference(actual, expected).ifPresent(difference -> {
      throw new AssertionError("differs at " + difference);
    });
  }

  private Optional<String> compare(String path, Object a, Object b) {
    if (a == b) {
      return Optional.empty();
    }
    if (a == null || b == null) {
      return differs(path, a, b);
    }
    if (seen.get(a) == b) {
      return Optional.empty();
    }
    seen.put(a, b);
    if (a instanceof Optional<?> x && b instanceof Optional<?> y) {
      return x.isPresent() != y.isPresent() ? differs(path, a, b)
          : x.isPresent() ? compare(path + ".get()", x.get(), y.get()) : Optional.empty();
    }
    if (a instanceof Lazy<?> x && b instanceof Lazy<?> y) {
      // What a lazy value stands for is its value, computed or not yet.
      return compare(path + ".get()", x.get(), y.get());
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      return maps(path, x, y);
    }
    if (a instanceof Set<?> x && b instanceof Set<?> y) {
      return x.equals(y) ? Optional.empty() : differs(path, a, b);
    }
    if (a instanceof Collection<?> x && b instanceof Collection<?> y) {
      return sequences(path, new ArrayList<>(x), new ArrayList<>(y));
    }
    if (a.getClass() != b.getClass()) {
      return Optional.of(path + ": a " + a.getClass().getName() + " against a " + b.getClass().getName());
    }
    if (a.getClass().isArray()) {
      return arrays(path, a, b);
    }
    if (a instanceof Enum<?> || isJdkValue(a.getClass())) {
      return a.equals(b) ? Optional.empty() : differs(path, a, b);
    }
    if (a.getClass().getName().startsWith("org.trustatlas.")) {
      return a.getClass().isRecord() ? components(path, a, b) : fields(path, a, b);
    }
    throw new IllegalArgumentException(path + ": cannot compare a " + a.getClass().getName()
        + "; compare its parts instead");
  }

  private static boolean isJdkValue(Class<?> type) {
    String name = type.getName();
    return type.isPrimitive() || name.startsWith("java.lang.") || name.startsWith("java.time.")
        || name.startsWith("java.math.") || type == java.util.BitSet.class;
  }

  private Optional<String> maps(String path, Map<?, ?> a, Map<?, ?> b) {
    if (!a.keySet().equals(b.keySet())) {
      return Optional.of(path + ": keys " + a.keySet() + " against " + b.keySet());
    }
    if (ordered(a) && ordered(b) && !List.copyOf(a.keySet()).equals(List.copyOf(b.keySet()))) {
      return Optional.of(path + ": keys in the order " + a.keySet() + " against " + b.keySet());
    }
    for (Map.Entry<?, ?> entry : a.entrySet()) {
      Optional<String> difference = compare(path + "[" + entry.getKey() + "]", entry.getValue(), b.get(entry.getKey()));
      if (difference.isPresent()) {
        return difference;
      }
    }
    return Optional.empty();
  }

  private static boolean ordered(Map<?, ?> map) {
    return map instanceof LinkedHashMap || map instanceof SortedMap || map instanceof java.util.EnumMap;
  }

  private Optional<String> sequences(String path, List<?> a, List<?> b) {
    if (a.size() != b.size()) {
      return Optional.of(path + ": " + a.size() + " elements against " + b.size());
    }
    Iterator<?> other = b.iterator();
    for (int i = 0; i < a.size(); i++) {
      Optional<String> difference = compare(path + "[" + i + "]", a.get(i), other.next());
      if (difference.isPresent()) {
        return difference;
      }
    }
    return Optional.empty();
  }

  private Optional<String> arrays(String path, Object a, Object b) {
    List<Object> x = new ArrayList<>();
    List<Object> y = new ArrayList<>();
    for (int i = 0; i < Array.getLength(a); i++) {
      x.add(Array.get(a, i));
    }
    for (int i = 0; i < Array.getLength(b); i++) {
      y.add(Array.get(b, i));
    }
    return sequences(path, x, y);
  }

  private Optional<String> components(String path, Object a, Object b) {
    for (RecordComponent component : a.getClass().getRecordComponents()) {
      try {
        component.getAccessor().setAccessible(true);
        Optional<String> difference = compare(path + "." + component.getName(),
            component.getAccessor().invoke(a), component.getAccessor().invoke(b));
        if (difference.isPresent()) {
          return difference;
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return Optional.empty();
  }

  private Optional<String> fields(String path, Object a, Object b) {
    for (Class<?> type = a.getClass(); type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        try {
          field.setAccessible(true);
          Optional<String> difference = compare(path + "." + field.getName(), field.get(a), field.get(b));
          if (difference.isPresent()) {
            return difference;
          }
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> differs(String path, Object a, Object b) {
    return Optional.of(path + ": " + a + " against " + b);
  }
}
