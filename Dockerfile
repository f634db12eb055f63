# Trust Atlas web server image: `docker build -t trust-atlas .`, then
#   docker run --rm -p 7070:7070 --read-only --tmpfs /tmp trust-atlas
# Stage 1 builds the distribution archive with the Maven wrapper (tests are CI's job, not the
# image's); stage 2 is a JRE, the unpacked archive and nothing else, run as a non-root user. The
# server keeps no state and writes no file, so the root file system can be read-only.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
# The wrapper and the POMs first, so dependency downloads stay cached while only sources change.
COPY mvnw ./
COPY .mvn/ .mvn/
COPY pom.xml ./
COPY core/pom.xml core/
COPY content-model/pom.xml content-model/
COPY cli/pom.xml cli/
COPY web-adapter/pom.xml web-adapter/
COPY mcp-adapter/pom.xml mcp-adapter/
COPY benchmarks/pom.xml benchmarks/
COPY core/src/ core/src/
COPY content-model/src/ content-model/src/
COPY cli/src/ cli/src/
COPY web-adapter/src/ web-adapter/src/
COPY mcp-adapter/src/ mcp-adapter/src/
COPY LICENSE CHANGELOG.md ./
RUN ./mvnw -B -ntp -q -pl cli -am package -DskipTests \
    && mkdir /opt/atlas \
    && tar -xzf cli/target/atlas-*.tar.gz -C /opt/atlas --strip-components=1

FROM eclipse-temurin:17-jre
# A fixed numeric user, so Kubernetes can check runAsNonRoot without looking the name up.
RUN groupadd --system --gid 10001 atlas && useradd --system --uid 10001 --gid 10001 --no-create-home atlas
COPY --from=build /opt/atlas /opt/atlas
USER 10001:10001
# The heap budget the server is measured within (README, "Running for many readers"); the
# container's memory limit leaves room above it for the JVM's own memory. No perf data file.
ENV ATLAS_JAVA_OPTS="-Xms64m -Xmx256m -XX:+ExitOnOutOfMemoryError -XX:-UsePerfData"
EXPOSE 7070
# Ready once the pack and the search index are loaded; bash's /dev/tcp needs no curl in the image.
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/7070 && printf 'GET /health/ready HTTP/1.0\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["/opt/atlas/bin/atlas"]
CMD ["serve", "--host", "0.0.0.0", "--port", "7070"]
