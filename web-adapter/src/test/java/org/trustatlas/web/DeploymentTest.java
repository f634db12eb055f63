package org.trustatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What can be checked of the container image and the Kubernetes manifests without a container
 * engine: the probes ask real routes of a real server, ports and names agree across files, the
 * security settings are there, the memory limit holds the heap budget, and two replicas answer
 * the same request alike (so a load balancer may send it to either).
 */
class DeploymentTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private static RunningServer first;
  private static RunningServer second;

  @BeforeAll
  static void startTwoReplicas() throws InterruptedException {
    first = JavalinAtlasServer.start(TrustAtlas.bundled(), "127.0.0.1", 0, WebOptions.defaults());
    second = JavalinAtlasServer.start(TrustAtlas.bundled(), "127.0.0.1", 0, WebOptions.defaults());
    awaitReady(first);
    awaitReady(second);
  }

  @AfterAll
  static void stop() {
    if (first != null) {
      first.close();
    }
    if (second != null) {
      second.close();
    }
  }

  @Test
  void everyProbeOfTheDeploymentAsksARealRouteThatAnswers200OnceReady() throws IOException {
    JsonNode container = container();
    List<String> paths = new ArrayList<>();
    for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
      JsonNode get = container.path(probe).path("httpGet");
      assertThat(get.isMissingNode()).as(probe).isFalse();
      assertThat(get.path("port").asString()).as(probe + " port").isEqualTo("http");
      paths.add(get.path("path").asString());
    }
    assertThat(paths).contains("/health/ready", "/health/live");
    for (String path : paths) {
      assertThat(get(first, path).statusCode()).as(path).isEqualTo(200);
    }
  }

  @Test
  void portsAgreeAcrossDeploymentServiceAndImage() throws IOException {
    JsonNode container = container();
    JsonNode port = container.path("ports").get(0);
    assertThat(port.path("name").asString()).isEqualTo("http");
    int containerPort = port.path("containerPort").asInt();
    List<String> args = new ArrayList<>();
    container.path("args").forEach(a -> args.add(a.asString()));
    assertThat(args).containsSubsequence("serve", "--host", "0.0.0.0", "--port", String.valueOf(containerPort));
    JsonNode service = yaml("service.yaml");
    assertThat(service.path("spec").path("ports").get(0).path("targetPort").asString()).isEqualTo("http");
    assertThat(service.path("spec").path("selector")).isEqualTo(
        yaml("deployment.yaml").path("spec").path("template").path("metadata").path("labels"));
    String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
    assertThat(dockerfile).contains("EXPOSE " + containerPort, "\"--port\", \"" + containerPort + "\"",
        "/dev/tcp/127.0.0.1/" + containerPort);
  }

  @Test
  void theContainerRunsAsNobodyInParticularOnAReadOnlyFileSystem() throws IOException {
    JsonNode pod = yaml("deployment.yaml").path("spec").path("template").path("spec");
    assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
    assertThat(pod.path("securityContext").path("runAsUser").asInt()).isPositive();
    JsonNode security = container().path("securityContext");
    assertThat(security.path("readOnlyRootFilesystem").asBoolean()).isTrue();
    assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
    assertThat(security.path("capabilities").path("drop").get(0).asString()).isEqualTo("ALL");
    Matcher user = Pattern.compile("(?m)^USER (\\d+)").matcher(Files.readString(ROOT.resolve("Dockerfile")));
    assertThat(user.find()).as("the image names a numeric user").isTrue();
    assertThat(Integer.parseInt(user.group(1))).isEqualTo(pod.path("securityContext").path("runAsUser").asInt());
  }

  @Test
  void theMemoryLimitHoldsTheHeapBudgetWithRoomForTheJvm() throws IOException {
    JsonNode container = container();
    String options = container.path("env").get(0).path("value").asString();
    assertThat(container.path("env").get(0).path("name").asString()).isEqualTo("ATLAS_JAVA_OPTS");
    Matcher heap = Pattern.compile("-Xmx(\\d+)m").matcher(options);
    assertThat(heap.find()).isTrue();
    int heapMib = Integer.parseInt(heap.group(1));
    int limitMib = mebibytes(container.path("resources").path("limits").path("memory").asString());
    int requestMib = mebibytes(container.path("resources").path("requests").path("memory").asString());
    assertThat(limitMib).as("heap plus at least 192 MiB for metaspace, threads and code").isGreaterThanOrEqualTo(heapMib + 192);
    assertThat(requestMib).isGreaterThan(heapMib).isLessThanOrEqualTo(limitMib);
    assertThat(container.path("resources").path("requests").path("cpu").asString()).isNotBlank();
    assertThat(container.path("resources").path("limits").path("cpu").asString()).isNotBlank();
    assertThat(Files.readString(ROOT.resolve("Dockerfile"))).as("the image's own default agrees").contains(options);
  }

  @Test
  void theAutoscalerScalesThisDeploymentFromTwoReplicas() throws IOException {
    JsonNode hpa = yaml("hpa.yaml").path("spec");
    assertThat(hpa.path("scaleTargetRef").path("kind").asString()).isEqualTo("Deployment");
    assertThat(hpa.path("scaleTargetRef").path("name").asString())
        .isEqualTo(yaml("deployment.yaml").path("metadata").path("name").asString());
    assertThat(hpa.path("minReplicas").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(hpa.path("maxReplicas").asInt()).isGreaterThan(hpa.path("minReplicas").asInt());
  }

  @Test
  void theImageIsBuiltInStagesWithTheWrapperAndRunsOnAJreWithAHealthCheck() throws IOException {
    String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
    List<String> stages = Pattern.compile("(?m)^FROM (\\S+)").matcher(dockerfile).results().map(m -> m.group(1)).toList();
    assertThat(stages).hasSize(2);
    assertThat(stages.get(0)).contains("-jdk");
    assertThat(stages.get(1)).contains("-jre");
    assertThat(dockerfile).contains("RUN ./mvnw ", "COPY --from=build", "HEALTHCHECK", "GET /health/ready");
    for (String source : Pattern.compile("(?m)^COPY (?!--from)(.+) \\S+$").matcher(dockerfile).results()
        .flatMap(m -> List.of(m.group(1).split(" ")).stream()).toList()) {
      assertThat(ROOT.resolve(source)).as("COPY " + source).exists();
    }
    for (String module : Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")))
        .results().map(m -> m.group(1)).toList()) {
      assertThat(dockerfile).as("every module's POM reaches the build stage").contains("COPY " + module + "/pom.xml ");
    }
  }

  /** The same request to two replicas: the same status, body, ETag and caching, byte for byte. */
  @Test
  void twoReplicasGiveTheSameAnswerToTheSameRequest() {
    for (String path : List.of("/", "/concepts", "/concepts/infidelity", "/resources?region=GB", "/privacy",
        "/simulator?scenario=disclosed-affair-sincere-apology", "/api/v1/concepts", "/api/v1/concepts/faith",
        "/api/v1/concepts/faith/related", "/api/v1/search?q=my+partner+cheated", "/api/v1/resources?region=US",
        "/api/v1/paths?from=apologizing&to=renewed-trust&depth=4", "/api/v1/export", "/assets/site.css",
        "/health/ready", "/concepts/nope")) {
      HttpResponse<String> a = get(first, path);
      HttpResponse<String> b = get(second, path);
      assertThat(b.statusCode()).as(path).isEqualTo(a.statusCode());
      assertThat(b.body()).as(path).isEqualTo(a.body());
      for (String header : List.of("ETag", "Cache-Control", "Content-Type")) {
        assertThat(b.headers().firstValue(header)).as(path + " " + header).isEqualTo(a.headers().firstValue(header));
      }
    }
    String plan = "{\"challenges\":[\"infidelity\"],\"role\":\"hurt-partner\",\"region\":\"GB\"}";
    HttpResponse<String> a = post(first, "/api/v1/plans", plan);
    assertThat(a.statusCode()).isEqualTo(200);
    assertThat(post(second, "/api/v1/plans", plan).body()).isEqualTo(a.body());
    assertThat(a.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  private static JsonNode container() throws IOException {
    return yaml("deployment.yaml").path("spec").path("template").path("spec").path("containers").get(0);
  }

  private static JsonNode yaml(String file) throws IOException {
    return YAML.readTree(Files.readString(KUBERNETES.resolve(file)));
  }

  private static int mebibytes(String quantity) {
    assertThat(quantity).matches("\\d+(Mi|Gi)");
    int number = Integer.parseInt(quantity.substring(0, quantity.length() - 2));
    return quantity.endsWith("Gi") ? number * 1024 : number;
  }

  private static void awaitReady(RunningServer server) throws InterruptedException {
    for (int i = 0; i < 600 && get(server, "/health/ready").statusCode() != 200; i++) {
      Thread.sleep(50);
    }
  }

  private static HttpResponse<String> get(RunningServer server, String path) {
    return send(server, HttpRequest.newBuilder(uri(server, path)).GET());
  }

  private static HttpResponse<String> post(RunningServer server, String path, String json) {
    return send(server, HttpRequest.newBuilder(uri(server, path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private static URI uri(RunningServer server, String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static HttpResponse<String> send(RunningServer server, HttpRequest.Builder request) {
    try {
      return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
