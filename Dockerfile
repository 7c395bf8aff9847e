# Build
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/helpbot ./cmd/helpbot && mkdir -p /out/data

# Run
FROM gcr.io/distroless/static-debian12:nonroot
WORKDIR /app
COPY --from=build /out/helpbot /app/helpbot
COPY directory /app/directory
COPY locales /app/locales
COPY --from=build --chown=nonroot:nonroot /out/data /app/data
ENV HELPBOT_ADDR=:8080 HELPBOT_DIRECTORY=/app/directory HELPBOT_LOCALES=/app/locales HELPBOT_DATA=/app/data
EXPOSE 8080
USER nonroot
ENTRYPOINT ["/app/helpbot"]
CMD ["serve"]
