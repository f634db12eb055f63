package org.trustatlas.core.internal;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** A value computed once, on first use, by whichever thread asks first; later calls share it. */
public final class Lazy<T> implements Supplier<T> {

  private final Supplier<T> compute;
  private volatile @Nullable T value;

  private Lazy(Supplier<T> compute) {
    this.compute = compute;
  }

  public static <T> Lazy<T> of(Supplier<T> compute) {
    return new Lazy<>(compute);
  }

  public static <T> Lazy<T> ready(T value) {
    Lazy<T> lazy = new Lazy<>(() -> value);
    lazy.value = value;
    return lazy;
  }

  /**
   * Starts computing the value on a daemon thread of its own, unless it is computed already; a
   * {@link #get()} meanwhile waits for it. A failure there is left for {@code get()} to meet again
   * and report on its caller's thread.
   */
  public void prefetch() {
    if (value == null) {
      Thread thread = new Thread(() -> {
        try {
          get();
        } catch (RuntimeException | Error failure) {
          // get() on the caller's thread computes it again and reports the failure where it is asked for.
        }
      }, "trust-atlas-prefetch");
      thread.setDaemon(true);
      thread.start();
    }
  }

  @Override
  public T get() {
    T result = value;
    if (result == null) {
      synchronized (this) {
        result = value;
        if (result == null) {
          result = compute.get();
          value = result;
        }
      }
    }
    return result;
  }
}
