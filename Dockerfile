# syntax=docker/dockerfile:1
#
# reportbot in a scratch image: one static binary (the report is embedded in
# it) plus the CA bundle it needs to reach Slack over TLS.
#
#   docker build -t reportbot .
#   docker run --rm -e SLACK_BOT_TOKEN -e SLACK_APP_TOKEN reportbot          # serve
#   docker run --rm -p 8080:8080 -e SLACK_BOT_TOKEN -e SLACK_SIGNING_SECRET \
#       reportbot serve --mode http --addr :8080                           # HTTP mode
#   docker run --rm reportbot ask "미국 반도체법 지원 규모는?"
#
# Image names are fully qualified: podman (and docker with short-name
# resolution set to enforcing) refuses an unqualified "golang:1.26".
#
# This build pulls docker.io/library/golang. Where no image registry can be
# reached, build the binary with Go on the host and use container/Dockerfile
# instead (README.md, "Containers without a registry").

FROM docker.io/library/golang:1.26-bookworm AS build
WORKDIR /src
# Modules first, so that a source change does not re-download them.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/reportbot ./cmd/reportbot

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=build /out/reportbot /reportbot
USER 65532:65532
EXPOSE 8080
ENTRYPOINT ["/reportbot"]
CMD ["serve"]
