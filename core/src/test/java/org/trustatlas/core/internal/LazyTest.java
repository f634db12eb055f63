package org.trustatlas.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {

  @Test
  void aValueIsComputedOnceOnFirstUseAndSharedAfter() {
    AtomicInteger computed = new AtomicInteger();
    Lazy<String> lazy = Lazy.of(() -> "value " + computed.incrementAndGet());
    assertThat(computed).hasValue(0);
    assertThat(lazy.get()).isEqualTo("value 1");
    assertThat(lazy.get()).isEqualTo("value 1");
    assertThat(computed).hasValue(1);
  }

  @Test
  void aPrefetchedValueIsComputedOnAnotherThreadAndGetWaitsForIt() throws InterruptedException {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<String> threads = new CopyOnWriteArrayList<>();
    Lazy<String> lazy = Lazy.of(() -> {
      threads.add(Thread.currentThread().getName());
      started.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return "ready";
    });
    lazy.prefetch();
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    release.countDown();
    assertThat(lazy.get()).isEqualTo("ready");
    lazy.prefetch();                                   // computed already: nothing more runs
    assertThat(threads).containsExactly("trust-atlas-prefetch");
  }

  @Test
  void aFailureWhilePrefetchingIsReportedByGetOnTheCallersThread() throws InterruptedException {
    AtomicInteger attempts = new AtomicInteger();
    CountDownLatch failed = new CountDownLatch(1);
    Lazy<String> lazy = Lazy.of(() -> {
      attempts.incrementAndGet();
      failed.countDown();
      throw new IllegalStateException("the index is broken");
    });
    lazy.prefetch();
    assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
    assertThatThrownBy(lazy::get).isInstanceOf(IllegalStateException.class).hasMessage("the index is broken");
    assertThat(attempts.get()).isGreaterThanOrEqualTo(1);
  }
}
