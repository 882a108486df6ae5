// Command npsbench is npsdesk's load benchmark (issue 7). It builds the real binary
// with the release flags, starts it on 127.0.0.1 with a fresh data folder, sets it up
// and seeds it through the API, runs every scenario with a baseline measured in the
// same run, prints one table and writes it into docs/benchmarks.md (between markers, so
// a re-run replaces only its own table). It exits non-zero when a target is missed.
//
//	go run ./cmd/npsbench -quick   # smaller numbers, under two minutes
//	go run ./cmd/npsbench          # the numbers
//
// Every load goes to 127.0.0.1 only, every loop is bounded in count and time, and the
// servers it started are stopped (and killed, if need be) before it exits.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"
)

func main() {
	bareAddr := flag.String("bare-server", "", "internal: serve the bare baseline on this address")
	quick := flag.Bool("quick", false, "smaller numbers: the whole run takes under two minutes")
	doc := flag.String("doc", "docs/benchmarks.md", "file (relative to the repository) whose npsbench section gets the table; empty: none")
	cpuProfile := flag.String("cpuprofile", "", "write the tool's own CPU profile to this file (to see what the load generator costs)")
	only := flag.String("only", "", "comma-separated scenarios to run (binary,memory,overload,ingest,fanout,toast,stats,startup); empty: all")
	flag.Parse()
	if *bareAddr != "" {
		os.Exit(runBareServer(*bareAddr))
	}
	m := fullMode
	if *quick {
		m = quickMode
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "npsbench:", err)
			os.Exit(2)
		}
		pprof.StartCPUProfile(f)
		code := run(m, *doc, *only)
		pprof.StopCPUProfile()
		f.Close()
		os.Exit(code)
	}
	os.Exit(run(m, *doc, *only))
}

// run is the benchmark: it returns the exit code.
func run(m mode, doc, only string) int {
	started := time.Now()
	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer cancel()
	limit := 30 * time.Minute
	if m.name == "quick" {
		limit = 5 * time.Minute
	}
	ctx, cancelTime := context.WithTimeout(ctx, limit)
	defer cancelTime()

	b := &bench{mode: m, only: selection(only)}
	defer b.cleanup()
	if err := b.prepare(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "npsbench:", err)
		return 2
	}
	if err := b.runAll(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "npsbench:", err)
		b.table.print(os.Stdout)
		return 2
	}
	elapsed := time.Since(started).Round(time.Second)
	fmt.Printf("\nnpsbench %s mode, %v, server open-files limit %s\n\n", m.name, elapsed, b.serverFileLimit)
	b.table.print(os.Stdout)
	if doc != "" && only == "" {
		path := doc
		if !filepath.IsAbs(path) {
			path = filepath.Join(b.root, doc)
		}
		if err := writeSection(path, m.name, b.report(elapsed)); err != nil {
			fmt.Fprintln(os.Stderr, "npsbench: write", path+":", err)
			return 2
		}
		fmt.Printf("\nwritten to %s (section %q)\n", path, m.name)
	}
	if failed := b.table.failed(); len(failed) > 0 {
		fmt.Printf("\n%d target(s) missed:\n", len(failed))
		for _, r := range failed {
			fmt.Printf("  - %s: %s (figure %s, baseline %s, ratio %s, target %s)\n", r.Scenario, r.Why, r.Figure, r.Baseline, r.Ratio, r.Target)
		}
		return 1
	}
	return 0
}

// selection parses -only.
func selection(only string) map[string]bool {
	if only == "" {
		return nil
	}
	sel := map[string]bool{}
	for _, s := range strings.Split(only, ",") {
		sel[strings.TrimSpace(s)] = true
	}
	return sel
}

// logf prints progress to stderr with the time since start.
func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "%s  %s\n", time.Now().Format("15:04:05.000"), fmt.Sprintf(format, args...))
}
