package org.trustatlas.web.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Every exchange has a deadline. The work inside a request is bounded by design (a simulation by
 * core's cost model, a search by its limit, paths by depth and count, bodies by size), so this is
 * the backstop: when a request is still unanswered after {@link #LIMIT}, the thread handling it is
 * interrupted and the exchange fails with 408, which closes the connection, so its work stops at the
 * next wait or write and the client sees a 408 problem (or, once the answer has begun, a cut response)
 * rather than waiting forever.
 */
public final class RequestDeadline extends Handler.Wrapper {

  public static final Duration LIMIT = Duration.ofSeconds(20);

  /** How long an interrupted handler has to answer before the exchange fails. */
  private static final long GRACE_MILLIS = 1_000;

  private final long limitMillis;

  public RequestDeadline() {
    this(LIMIT);
  }

  RequestDeadline(Duration limit) {
    this.limitMillis = limit.toMillis();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    Scheduler scheduler = request.getComponents().getScheduler();
    Exchange exchange = new Exchange(callback, Thread.currentThread(), scheduler);
    exchange.timer = scheduler.schedule(exchange::expire, limitMillis, TimeUnit.MILLISECONDS);
    try {
      return super.handle(request, response, exchange);
    } finally {
      exchange.handled();
    }
  }

  /** One request's callback, completed once: by the handler, or by the deadline. */
  private final class Exchange extends Callback.Nested {

    private final AtomicBoolean over = new AtomicBoolean();
    private Thread handling;
    private volatile Scheduler.Task timer;

    private final Scheduler scheduler;

    Exchange(Callback callback, Thread handling, Scheduler scheduler) {
      super(callback);
      this.handling = handling;
      this.scheduler = scheduler;
    }

    @Override
    public void succeeded() {
      if (over.compareAndSet(false, true)) {
        cancel();
        super.succeeded();
      }
    }

    @Override
    public void failed(Throwable x) {
      if (over.compareAndSet(false, true)) {
        cancel();
        super.failed(x);
      }
    }

    /**
     * The handling thread is interrupted first, so a handler waiting for a body that never comes answers
     * 408 itself ({@code ErrorHandling}) and nothing is written twice; the exchange fails with 408 a
     * moment later only if it has not finished by then.
     */
    void expire() {
      if (over.get()) {
        return;
      }
      synchronized (this) {
        if (handling != null) {
          handling.interrupt();
        }
      }
      timer = scheduler.schedule(this::fail, GRACE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void fail() {
      if (over.compareAndSet(false, true)) {
        TimeoutException late = new TimeoutException("the request deadline of " + limitMillis + " ms passed");
        getCallback().failed(new HttpException.RuntimeException(HttpStatus.REQUEST_TIMEOUT_408, late));
      }
    }

    /** The handling thread leaves: it must not carry an interrupt meant for this request elsewhere. */
    synchronized void handled() {
      handling = null;
      Thread.interrupted();
    }

    private void cancel() {
      Scheduler.Task task = timer;
      if (task != null) {
        task.cancel();
      }
    }
  }
}
