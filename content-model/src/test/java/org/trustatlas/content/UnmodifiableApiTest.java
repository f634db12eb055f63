package org.trustatlas.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.dynamics.Scenario;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.model.SentenceRef;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.repair.Situation;
import org.trustatlas.core.safety.Region;

/**
 * An embedding program cannot change the atlas: starting from the bundled {@link TrustAtlas}, every
 * public getter (no-argument, or with arguments this test knows how to supply) of every public type of
 * core and the content-model facade that it reaches is called, and every collection or map it returns,
 * however deep, is mutated every way a collection allows; each attempt must throw.
 */
class UnmodifiableApiTest {

  private static final int MAX_OBJECTS = 20_000;

  private final TrustAtlas trustAtlas = TrustAtlas.bundled();
  private final List<String> mutable = new ArrayList<>();
  private final Set<String> collectionGettersCalled = new TreeSet<>();
  private final Set<String> collectionGettersNotCalled = new TreeSet<>();

  @Test
  void noCollectionReturnedByTheModelOrTheFacadeCanBeChanged() {
    Scenario scenario = trustAtlas.scenarios().get(0);
    walk(List.of(trustAtlas, trustAtlas.atlas(), trustAtlas.plan(Situation.of(ReaderRole.HURT_PARTNER, "infidelity")),
        trustAtlas.simulate(scenario), trustAtlas.search("my partner cheated on me", 5), trustAtlas.checkIn(),
        trustAtlas.resourceDirectory()));

    assertThat(mutable).as("collections an embedder could change").isEmpty();
    assertThat(collectionGettersNotCalled).as("collection getters this test could not call").isEmpty();
    assertThat(collectionGettersCalled).contains("Atlas.concepts()", "Atlas.bibliography()",
        "Atlas.related(ConceptId,RelationKind,Direction)", "Atlas.related(ConceptId,Direction)",
        "Atlas.paths(ConceptId,ConceptId,int)", "Atlas.concepts(Class)", "Atlas.concepts(ConceptKind)",
        "TrustAtlas.scenarios()", "TrustAtlas.safetyRules()", "TrustAtlas.resources(Region)", "ResourceDirectory.regions()");
  }

  private void walk(List<Object> roots) {
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    Deque<Object> queue = new ArrayDeque<>(roots);
    while (!queue.isEmpty() && seen.size() < MAX_OBJECTS) {
      Object next = queue.poll();
      if (next == null || seen.put(next, Boolean.TRUE) != null) {
        continue;
      }
      if (next instanceof Optional<?> optional) {
        optional.ifPresent(queue::add);
      } else if (next instanceof Collection<?> collection) {
        collection.forEach(element -> { if (element != null) queue.add(element); });
      } else if (next instanceof Map<?, ?> map) {
        queue.addAll(map.keySet());
        queue.addAll(map.values());
      } else if (isApi(next.getClass())) {
        for (Method getter : getters(next.getClass())) {
          Object result = call(next, getter);
          if (result instanceof Collection<?> || result instanceof Map<?, ?>) {
            tryToMutate(result, name(getter));
          }
          if (result != null) {
            queue.add(result);
          }
        }
      }
    }
  }

  /** Public types of core and of the facade's packages: what an embedder holds. */
  private static boolean isApi(Class<?> type) {
    String name = type.getName();
    return (name.startsWith("org.trustatlas.core.") || name.startsWith("org.trustatlas.content."))
        && !name.contains(".internal.") && !type.isEnum();
  }

  private static List<Method> getters(Class<?> type) {
    List<Method> getters = new ArrayList<>();
    for (Method method : type.getMethods()) {
      boolean ours = method.getDeclaringClass() != Object.class && !Modifier.isStatic(method.getModifiers())
          && method.getReturnType() != void.class && !method.isSynthetic()
          && !Set.of("hashCode", "toString", "prepared").contains(method.getName());
      if (ours && Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
        getters.add(method);
      }
    }
    return getters;
  }

  private Object call(Object target, Method method) {
    Object[] arguments = new Object[method.getParameterCount()];
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      Supplier<?> sample = sample(types[i]);
      if (sample == null) {
        if (returnsCollection(method)) {
          collectionGettersNotCalled.add(name(method));
        }
        return null;
      }
      arguments[i] = sample.get();
    }
    try {
      method.setAccessible(true);
      Object result = method.invoke(target, arguments);
      if (returnsCollection(method)) {
        collectionGettersCalled.add(name(method));
        collectionGettersNotCalled.remove(name(method));
      }
      return result;
    } catch (InvocationTargetException refused) {
      return null; // a sample that does not fit this method (such as an id it does not know)
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  /** Arguments that reach data: a concept with relations, a path that exists, every enum's first value. */
  private Supplier<?> sample(Class<?> type) {
    if (type == ConceptId.class) {
      return () -> ConceptId.of("infidelity");
    }
    if (type == String.class) {
      return () -> "infidelity";
    }
    if (type == int.class) {
      return () -> 3;
    }
    if (type == Class.class) {
      return () -> Challenge.class;
    }
    if (type == Concept.class) {
      return () -> trustAtlas.atlas().concept("infidelity").orElseThrow();
    }
    if (type == SentenceRef.class) {
      return () -> SentenceRef.of("S01");
    }
    if (type == Region.class) {
      return () -> Region.of("GB");
    }
    if (type == Map.class) {
      return Map::of;
    }
    if (type == List.class) {
      return List::of;
    }
    if (type.isEnum()) {
      return () -> type.getEnumConstants()[0];
    }
    return null;
  }

  private void tryToMutate(Object collectionOrMap, String getter) {
    if (collectionOrMap instanceof Map<?, ?> map) {
      if (succeeds(map::clear) || succeeds(() -> putFirst(map))) {
        mutable.add(getter + " returns a " + map.getClass().getName());
      }
      tryToMutate(map.keySet(), getter + ".keySet()");
      tryToMutate(map.values(), getter + ".values()");
      return;
    }
    Collection<?> collection = (Collection<?>) collectionOrMap;
    if (succeeds(() -> addFirst(collection)) || succeeds(() -> removeFirst(collection)) || succeeds(collection::clear)) {
      mutable.add(getter + " returns a " + collection.getClass().getName());
    }
  }

  @SuppressWarnings("unchecked")
  private static void addFirst(Collection<?> collection) {
    Iterator<?> first = collection.iterator();
    ((Collection<Object>) collection).add(first.hasNext() ? first.next() : null);
  }

  private static void removeFirst(Collection<?> collection) {
    Iterator<?> iterator = collection.iterator();
    if (!iterator.hasNext()) {
      throw new UnsupportedOperationException("nothing to remove; clear() is tried next");
    }
    iterator.next();
    iterator.remove();
  }

  @SuppressWarnings("unchecked")
  private static void putFirst(Map<?, ?> map) {
    Map<Object, Object> writable = (Map<Object, Object>) map;
    Map.Entry<?, ?> first = map.entrySet().stream().findFirst().orElseThrow(UnsupportedOperationException::new);
    writable.put(first.getKey(), first.getValue());
  }

  private static boolean succeeds(Runnable mutation) {
    try {
      mutation.run();
      return true;
    } catch (UnsupportedOperationException | NullPointerException | IllegalStateException refused) {
      return false;
    }
  }

  private static boolean returnsCollection(Method method) {
    return Collection.class.isAssignableFrom(method.getReturnType()) || Map.class.isAssignableFrom(method.getReturnType());
  }

  private static String name(Method method) {
    StringBuilder name = new StringBuilder(method.getDeclaringClass().getSimpleName()).append('.')
        .append(method.getName()).append('(');
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      name.append(i == 0 ? "" : ",").append(types[i].getSimpleName());
    }
    return name.append(')').toString();
  }
}
