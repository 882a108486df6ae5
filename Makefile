# npsdesk — the common tasks. `make test` is what CI runs.
.PHONY: run build ui test bench

run:
	go run .

build:
	go build -trimpath -buildvcs=true -ldflags "-s -w" -o bin/npsdesk .

# ui rebuilds the embedded SPA (frontend/dist, committed) from the sources.
ui:
	cd frontend && npm ci --no-audit --no-fund && npm run build

test:
	scripts/test.sh
