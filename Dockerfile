# syntax=docker/dockerfile:1
# Liminal's image: `docker build -t liminal .` (see docs/deploy.md). Tests are not run here: they need a
# PostgreSQL server and run in CI (`.ci/run`); the image is built from sources that passed them.

# --- Build: compile and package with Maven, then split the jar into Spring Boot's layers -------------------
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /build
COPY pom.xml .
COPY src/main ./src/main
# The Maven repository is a build cache, never part of an image; `maven.test.skip` also skips compiling tests,
# which .dockerignore leaves out of the build context.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -Dmaven.test.skip=true package \
 && cp target/liminal-*.jar application.jar \
 && java -Djarmode=tools -jar application.jar extract --layers --destination extracted

# --- Run: a JRE, the application's layers and nothing else ------------------------------------------------------
FROM eclipse-temurin:21-jre
# A numeric, unprivileged user, so that orchestrators can check "runs as non-root" without reading /etc/passwd.
RUN groupadd --system --gid 10001 liminal \
 && useradd --system --uid 10001 --gid liminal --home-dir /app --no-create-home --shell /usr/sbin/nologin liminal
WORKDIR /app
# From least to most often changed, so that a new build of the application alone changes only the last layer.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
USER 10001:10001
# The heap follows the container's memory limit; an instance out of memory exits so that it is restarted
# rather than limping on.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
# The image has bash but may lack curl: ask the readiness probe over bash's /dev/tcp (a 200 means ready, 503 not).
# Orchestrators that ignore HEALTHCHECK (Kubernetes) probe /actuator/health/liveness and /actuator/health/readiness.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080} && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\n\\r\\n' >&3 && read -r status <&3 && [[ $status == HTTP/1.?' 200'* ]]"]
# Arguments go to the application, e.g. `docker run … liminal create-organization --slug=acme …`.
ENTRYPOINT ["java", "-jar", "application.jar"]
