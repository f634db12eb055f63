package org.trustatlas.web;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.web.api.BenchRoutes;
import org.trustatlas.web.api.CheckInApi;
import org.trustatlas.web.api.ConceptsApi;
import org.trustatlas.web.api.ExportApi;
import org.trustatlas.web.api.HealthApi;
import org.trustatlas.web.api.MountedEndpoints;
import org.trustatlas.web.api.OpenApiDocument;
import org.trustatlas.web.api.PathsApi;
import org.trustatlas.web.api.PlansApi;
import org.trustatlas.web.api.ResourcesApi;
import org.trustatlas.web.api.SearchApi;
import org.trustatlas.web.api.SimulationsApi;
import org.trustatlas.web.http.BodyLimits;
import org.trustatlas.web.http.ErrorHandling;
import org.trustatlas.web.http.HeadAsGet;
import org.trustatlas.web.http.JettyLogs;
import org.trustatlas.web.http.RequestDeadline;
import org.trustatlas.web.http.ResponseLength;
import org.trustatlas.web.http.SlowHeaders;
import org.trustatlas.web.http.JettyProblemHandler;
import org.trustatlas.web.http.Negotiation;
import org.trustatlas.web.http.PrivateRequestLog;
import org.trustatlas.web.http.RouteGroup;
import org.trustatlas.web.http.RouteTable;
import org.trustatlas.web.http.SecurityHeaders;
import org.trustatlas.web.pages.Pages;

/**
 * Wires one Javalin instance: server settings, security headers, errors, the private request log,
 * and every route group. Adding a feature means adding its groups to {@link #groups}.
 */
public final class WebApp {

  /** In-flight requests get this long to finish when the server stops. */
  static final long STOP_TIMEOUT_MS = 10_000;
  private static final long SHUTDOWN_IDLE_MS = 5_000;

  private final RouteTable routeTable = new RouteTable();
  private final AtomicBoolean ready = new AtomicBoolean();
  private final Javalin javalin;

  private WebApp(TrustAtlas trustAtlas, WebOptions options, List<RouteGroup> extra) {
    Pages pages = new Pages(trustAtlas, options.quickExitUrl());
    List<RouteGroup> all = new ArrayList<>(groups(trustAtlas, pages, options, ready::get));
    all.addAll(extra);
    ErrorHandling errors = new ErrorHandling(pages::errorPage);
    this.javalin = Javalin.create(cfg -> {
      configure(cfg, errors, all);
      quiet(cfg, options);
    });
  }

  /** The app with its standard routes plus {@code extra} groups (tests add probes this way). */
  public static WebApp create(TrustAtlas atlas, WebOptions options, List<RouteGroup> extra) {
    return new WebApp(atlas, options, extra);
  }

  private static List<RouteGroup> groups(TrustAtlas trustAtlas, Pages pages, WebOptions options,
      BooleanSupplier ready) {
    Atlas atlas = trustAtlas.atlas();
    List<RouteGroup> groups = new ArrayList<>(List.of(
        new ConceptsApi(atlas), new PathsApi(atlas), new ExportApi(atlas), new HealthApi(atlas, ready),
        new SearchApi(trustAtlas), new SimulationsApi(trustAtlas), new PlansApi(trustAtlas),
        new CheckInApi(trustAtlas), new ResourcesApi(trustAtlas), new OpenApiDocument()));
    groups.addAll(pages.groups());
    groups.add(MountedEndpoints.found(trustAtlas));
    if (options.benchRoutes()) {
      groups.add(new BenchRoutes(trustAtlas));
    }
    return groups;
  }

  private void configure(JavalinConfig cfg, ErrorHandling errors, List<RouteGroup> groups) {
    cfg.http.prefer405over404 = true;
    cfg.http.maxRequestSize = BodyLimits.MAX_BYTES;
    cfg.http.generateEtags = false;
    cfg.router.ignoreTrailingSlashes = true;
    cfg.events.handlerAdded(routeTable::add);
    cfg.jetty.modifyServer(server -> {
      server.insertHandler(new GracefulHandler());
      server.setStopTimeout(STOP_TIMEOUT_MS);
      server.setErrorHandler(new JettyProblemHandler());
      harden(server);
    });
    cfg.routes.before(ctx -> {
      SecurityHeaders.apply(ctx::header);
      BodyLimits.refuseOversized(ctx);
      BodyLimits.refuseUnknownTransferCoding(ctx);
    });
    cfg.routes.beforeMatched(Negotiation::refuseUnacceptable);
    errors.addTo(cfg.routes);
    groups.forEach(group -> group.addTo(cfg.routes));
    declareLengths(cfg);
  }

  /**
   * Jetty's RFC 9110 rules, but a target in absolute form ({@code GET http://other.example/api/v1/concepts})
   * whose authority is not the Host header's is read by its path, as RFC 9112 3.2.2 asks (a server
   * must accept absolute form and ignore Host then): Jetty refused it with 400 as a mismatched
   * authority. Nothing here reads the host (no link is built from it), so neither value can mislead.
   */
  static final HttpCompliance HTTP_COMPLIANCE =
      HttpCompliance.RFC9110.with("RFC9110_ABSOLUTE_FORM", HttpCompliance.Violation.MISMATCHED_AUTHORITY);

  /**
   * Issue 15's hard stops: a deadline for every exchange, HEAD answered by GET's route, request
   * headers that must arrive within {@link SlowHeaders#LIMIT}, and no client-supplied value in
   * Jetty's own warnings (they quote Host headers and request lines).
   */
  private static void harden(Server server) {
    server.insertHandler(new RequestDeadline());
    server.insertHandler(new HeadAsGet());
    server.addEventListener(new LifeCycle.Listener() {
      @Override
      public void lifeCycleStarting(LifeCycle event) {
        for (Connector connector : server.getConnectors()) {
          connector.addEventListener(new SlowHeaders(connector.getScheduler()));
          HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
          if (http != null) {
            http.getHttpConfiguration().setRequestHeaderSize(JettyProblemHandler.MAX_HEAD_BYTES);
            http.getHttpConfiguration().setHttpCompliance(HTTP_COMPLIANCE);
          }
          if (connector instanceof AbstractConnector stoppable) {
            // while stopping, a client may pause this long mid-request before it is cut (Jetty's 1 s is tight)
            stoppable.setShutdownIdleTimeout(SHUTDOWN_IDLE_MS);
          }
        }
      }
    });
    JettyLogs.quiet();
  }

  /**
   * Every answer states its length (see {@link ResponseLength}); compressing on the fly would hide
   * it again, and the answers are small or are compressed by a proxy in front, so Javalin's is off.
   */
  private static void declareLengths(JavalinConfig cfg) {
    cfg.http.compressionStrategy = CompressionStrategy.NONE;
    cfg.routes.after(ResponseLength::declare);
  }

  /**
   * No start-up chatter, no session manager (the site sets no cookie and keeps nothing about a
   * reader, so Jetty's sessions would be dead weight and a misleading log line), and a request log
   * only when asked for ({@code atlas serve --verbose}); even then it never holds what was asked.
   */
  private static void quiet(JavalinConfig cfg, WebOptions options) {
    cfg.startup.showJavalinBanner = false;
    cfg.startup.showOldJavalinVersionWarning = false;
    cfg.jetty.modifyServletContextHandler(WebApp::withoutSessions);
    cfg.router.javaLangErrorHandler(ErrorHandling::fatal);
    if (options.requestLog()) {
      cfg.requestLogger.http(new PrivateRequestLog());
    }
  }

  /**
   * Javalin always gives its context a session handler, linked to the servlet handler, and builds
   * the context with Jetty's SESSIONS option, which makes Jetty create a new one whenever it looks
   * for one (at start, for instance). The option has no setter, so it is cleared on the field;
   * {@code HealthAndSessionsTest} fails if a Jetty or Javalin upgrade brings sessions back.
   */
  private static void withoutSessions(ServletContextHandler context) {
    try {
      Field options = ServletContextHandler.class.getDeclaredField("_options");
      options.setAccessible(true);
      options.setInt(context, options.getInt(context) & ~ServletContextHandler.SESSIONS);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot switch Jetty's sessions off", e);
    }
    SessionHandler sessions = context.getSessionHandler();
    if (sessions != null) {
      sessions.setHandler((Handler) null); // unlinked first, else setSessionHandler(null) fails
      context.setSessionHandler(null);
      context.removeBean(sessions);
    }
  }

  /** Marks the server ready for readers: {@code /health/ready} answers 200 from now on. */
  public void markReady() {
    ready.set(true);
  }

  public Javalin javalin() {
    return javalin;
  }

  /** The routes registered so far, as "GET /path"; complete once the server has started. */
  public List<String> routes() {
    return routeTable.routes();
  }
}
