package org.trustatlas.web.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection whose request headers have been arriving for longer than {@link #LIMIT}: a
 * client that sends a byte a second would otherwise hold a connection and a parser forever, since
 * every byte resets the idle timeout. Connections waiting idle between requests, and requests being
 * handled, are left alone; the idle timeout covers those.
 */
public final class SlowHeaders implements Connection.Listener {

  public static final Duration LIMIT = Duration.ofSeconds(10);
  private static final long TICK_MS = 1000;

  private final Scheduler scheduler;
  private final long limitNanos;

  public SlowHeaders(Scheduler scheduler) {
    this(scheduler, LIMIT);
  }

  SlowHeaders(Scheduler scheduler, Duration limit) {
    this.scheduler = scheduler;
    this.limitNanos = limit.toNanos();
  }

  @Override
  public void onOpened(Connection connection) {
    if (connection instanceof HttpConnection http) {
      watch(http, -1, 0);
    }
  }

  /** @param request the number of requests read when this header started, -1 when none is arriving */
  private void watch(HttpConnection connection, long request, long since) {
    scheduler.schedule(() -> check(connection, request, since), TICK_MS, TimeUnit.MILLISECONDS);
  }

  private void check(HttpConnection connection, long request, long since) {
    if (!connection.getEndPoint().isOpen()) {
      return;
    }
    HttpParser parser = connection.getParser();
    long now = System.nanoTime();
    long read = connection.getMessagesIn();
    if (!parser.inHeaderState() || parser.isStart()) {
      watch(connection, -1, 0);
    } else if (request != read) {
      watch(connection, read, now);
    } else if (now - since >= limitNanos) {
      connection.getEndPoint().close();
    } else {
      watch(connection, request, since);
    }
  }
}
