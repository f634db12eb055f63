package org.trustatlas.content.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Proves {@link DeepEquality} looks at every record component of a pack: it gathers every record
 * of the project's own types reachable from a pack, and for each component makes a copy of one
 * record with that component changed (taken from another record of the type, or altered: a flag
 * flipped, a text extended, a list shortened, an optional emptied, another enum constant) and
 * checks the comparison reports it at that component. A component added to any record is covered
 * without this class knowing of it; one the comparison skipped, or a snapshot dropped, would show.
 */
final class RecordMutations {

  private final Map<Class<?>, List<Object>> records = new LinkedHashMap<>();
  private final Map<Object, Boolean> seen = new IdentityHashMap<>();

  private RecordMutations() {}

  /**
   * Every record component ("Type.component") whose change the comparison did not report, over the
   * records of all {@code packs}: a second pack gives the records a pack holds once (its guidance,
   * its info) another value to change to.
   */
  static Set<String> unnoticed(Object... packs) {
    RecordMutations mutations = new RecordMutations();
    for (Object pack : packs) {
      mutations.gather(pack);
    }
    Set<String> unnoticed = new TreeSet<>();
    mutations.records.forEach((type, instances) -> {
      RecordComponent[] components = type.getRecordComponents();
      for (int i = 0; i < components.length; i++) {
        if (!mutations.noticed(type, i, instances)) {
          unnoticed.add(type.getSimpleName() + "." + components[i].getName());
        }
      }
    });
    return unnoticed;
  }

  /** The record types gathered from {@code pack}, by simple name. */
  static Set<String> recordTypes(Object pack) {
    RecordMutations mutations = new RecordMutations();
    mutations.gather(pack);
    Set<String> names = new TreeSet<>();
    mutations.records.keySet().forEach(type -> names.add(type.getSimpleName()));
    return names;
  }

  private void gather(Object value) {
    if (value == null || seen.put(value, Boolean.TRUE) != null) {
      return;
    }
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(this::gather);
    } else if (value instanceof Map<?, ?> map) {
      map.keySet().forEach(this::gather);
      map.values().forEach(this::gather);
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(this::gather);
    } else if (value.getClass().getName().startsWith("org.trustatlas.") && !(value instanceof Enum<?>)
        && !value.getClass().isSynthetic() && !value.getClass().isArray()) {
      if (value.getClass().isRecord()) {
        records.computeIfAbsent(value.getClass(), type -> new ArrayList<>()).add(value);
      }
      for (Class<?> type = value.getClass(); type != Object.class; type = type.getSuperclass()) {
        for (Field field : type.getDeclaredFields()) {
          if (!Modifier.isStatic(field.getModifiers())) {
            field.setAccessible(true);
            try {
              gather(field.get(value));
            } catch (IllegalAccessException e) {
              throw new IllegalStateException(e);
            }
          }
        }
      }
    } else if (value.getClass().isArray() && !value.getClass().getComponentType().isPrimitive()) {
      for (Object element : (Object[]) value) {
        gather(element);
      }
    }
  }

  private boolean noticed(Class<?> type, int index, List<Object> instances) {
    RecordComponent component = type.getRecordComponents()[index];
    for (Object original : instances) {
      Object value = get(component, original);
      List<Object> candidates = new ArrayList<>();
      for (Object other : instances) {
        Object otherValue = get(component, other);
        if (!Objects.equals(otherValue, value) || DeepEquality.difference(otherValue, value).isPresent()) {
          candidates.add(otherValue);
        }
      }
      altered(value, component.getType()).ifPresent(candidates::add);
      for (Object changed : candidates) {
        Optional<Object> copy = copy(type, original, index, changed);
        if (copy.isPresent()) {
          return DeepEquality.difference(copy.get(), original)
              .filter(difference -> difference.startsWith("." + component.getName()))
              .isPresent();
        }
      }
    }
    return false;
  }

  private static Optional<Object> altered(Object value, Class<?> type) {
    if (type == boolean.class) {
      return Optional.of(!(Boolean) value);
    } else if (type == int.class) {
      return Optional.of((Integer) value + 1);
    } else if (type == long.class) {
      return Optional.of((Long) value + 1);
    } else if (type == double.class) {
      return Optional.of((Double) value + 0.5);
    } else if (value instanceof String text) {
      return Optional.of(text + " (changed)");
    } else if (value instanceof LocalDate date) {
      return Optional.of(date.plusDays(1));
    } else if (value instanceof Optional<?> optional) {
      return optional.isPresent() ? Optional.of(Optional.empty()) : Optional.empty();
    } else if (value instanceof List<?> list) {
      return list.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(list.subList(0, list.size() - 1)));
    } else if (value instanceof Set<?> set) {
      return set.isEmpty() ? Optional.empty() : Optional.of(Set.copyOf(new ArrayList<>(set).subList(1, set.size())));
    } else if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      Map<Object, Object> fewer = new LinkedHashMap<>(map);
      fewer.remove(map.keySet().iterator().next());
      return Optional.of(fewer);
    } else if (value instanceof Enum<?> constant) {
      Object[] constants = constant.getDeclaringClass().getEnumConstants();
      return constants.length < 2 ? Optional.empty()
          : Optional.of(constants[(constant.ordinal() + 1) % constants.length]);
    }
    return Optional.empty();
  }

  private static Optional<Object> copy(Class<?> type, Object original, int index, Object changed) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = i == index ? changed : get(components[i], original);
      types[i] = components[i].getType();
    }
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      canonical.setAccessible(true);
      return Optional.of(canonical.newInstance(values));
    } catch (InvocationTargetException invalid) {
      return Optional.empty();
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Object get(RecordComponent component, Object record) {
    try {
      component.getAccessor().setAccessible(true);
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
