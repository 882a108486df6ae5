package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// bench is one run: the servers it started, the team it set up, the rows it measured.
type bench struct {
	mode  mode
	only  map[string]bool
	root  string
	tmp   string
	bin   string
	procs processes
	table table

	real            *process
	realData        string
	bare            *process
	team            *team
	serverFileLimit string
}

// wants tells whether a scenario is selected by -only.
func (b *bench) wants(name string) bool { return b.only == nil || b.only[name] }

// prepare raises the file limit, builds the binary, starts it with a fresh data folder
// and sets the team up.
func (b *bench) prepare(ctx context.Context) error {
	limit, err := raiseFileLimit()
	if err != nil {
		return fmt.Errorf("raise the open-files limit: %w", err)
	}
	if limit < 12000 {
		return fmt.Errorf("open-files limit is %d: 5,000 sockets on each side need at least 12,000 (raise the hard limit, e.g. ulimit -Hn 65536)", limit)
	}
	if b.root, err = repoRoot(); err != nil {
		return err
	}
	if b.tmp, err = os.MkdirTemp("", "npsbench-"); err != nil {
		return err
	}
	logf("building the stripped binary (go build -trimpath -ldflags \"-s -w\")")
	var took time.Duration
	if b.bin, took, err = buildBinary(ctx, b.root, b.tmp); err != nil {
		return err
	}
	logf("built in %v", took.Round(time.Millisecond))
	if b.wants("binary") {
		b.binaryRow()
	}
	b.realData = filepath.Join(b.tmp, "data")
	if err := b.startReal(); err != nil {
		return err
	}
	token, err := b.real.setupToken(10 * time.Second)
	if err != nil {
		return err
	}
	logf("setting up: administrator, %d members, %d customer chats", b.mode.members, b.mode.chats)
	if b.team, err = setUpTeam(ctx, b.real.addr, token, b.mode.members, b.mode.chats, surveyChats); err != nil {
		return err
	}
	b.serverFileLimit = openFilesLimit(b.real.pid())
	return nil
}

// surveyChats is how many customer chats the toast scenario surveys in turn.
const surveyChats = 10

// startReal starts npsdesk on a free port over b.realData and waits for /health.
func (b *bench) startReal() error {
	addr, err := freeAddr()
	if err != nil {
		return err
	}
	p, err := startProcess("npsdesk", b.bin, "--addr", addr, "--data", b.realData)
	if err != nil {
		return err
	}
	p.addr = addr
	b.procs.add(p)
	if _, err := p.waitHealthy("http://"+addr+"/api/v1/health", 10*time.Second); err != nil {
		return err
	}
	b.real = p
	return nil
}

// restartReal stops npsdesk and starts it again over the same data: a fresh process,
// for measurements that must not see what earlier scenarios left in its heap.
func (b *bench) restartReal() error {
	if err := b.real.stop(10 * time.Second); err != nil {
		return err
	}
	return b.startReal()
}

// startBare starts the bare baseline server (this binary, -bare-server).
func (b *bench) startBare() error {
	self, err := os.Executable()
	if err != nil {
		return err
	}
	addr, err := freeAddr()
	if err != nil {
		return err
	}
	p, err := startProcess("bare server", self, "-bare-server", addr)
	if err != nil {
		return err
	}
	p.addr = addr
	b.procs.add(p)
	if _, err := p.waitHealthy("http://"+addr+"/health", 10*time.Second); err != nil {
		return err
	}
	b.bare = p
	return nil
}

// runAll runs the scenarios in an order that keeps each measurement clean: memory on
// fresh processes first, the stored-ratings rows last (they stop the server).
func (b *bench) runAll(ctx context.Context) error {
	steps := []struct {
		name string
		run  func(context.Context) error
	}{
		{"memory", b.memoryAndOverload},
		{"ingest", b.ingest},
		{"fanout", b.fanout},
		{"toast", b.toast},
		{"stats", b.ratingsRows},
	}
	for _, s := range steps {
		if ctx.Err() != nil {
			return fmt.Errorf("stopped before %s: %w", s.name, ctx.Err())
		}
		if err := s.run(ctx); err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
	}
	return nil
}

// ingest runs the ingest scenario.
func (b *bench) ingest(ctx context.Context) error {
	if !b.wants("ingest") {
		return nil
	}
	logf("ingest: %d senders, %d rounds of %v each for GET /me and POST …/messages", b.mode.senders, b.mode.ingestRounds, b.mode.ingestRound)
	r := runIngest(ctx, b.real.addr, b.real.pid(), b.team, b.mode, logf)
	ingestRows(&b.table, r, b.mode.senders)
	return nil
}

// fanout runs each fan-out case on the real and on the bare server.
func (b *bench) fanout(ctx context.Context) error {
	if !b.wants("fanout") {
		return nil
	}
	if b.bare == nil {
		if err := b.startBare(); err != nil {
			return err
		}
	}
	realClient, bareClient := newAPI(b.real.addr, 64, ""), newAPI(b.bare.addr, 64, "")
	defer realClient.close()
	defer bareClient.close()
	for i, c := range b.mode.fanouts {
		logf("fan-out: %d sockets × %d msg/s for %v, npsdesk then bare", c.sockets, c.rate, c.duration)
		real, err := runFanout(ctx, realTarget(b.real, b.team, realClient), c, fmt.Sprintf("r%d", i))
		if err != nil {
			return err
		}
		logf("  npsdesk: %v", real)
		bare, err := runFanout(ctx, bareTarget(b.bare, bareClient), c, fmt.Sprintf("b%d", i))
		if err != nil {
			return err
		}
		logf("  bare:    %v", bare)
		fanoutRows(&b.table, c, real, bare)
	}
	return nil
}

// binaryRow checks the stripped binary's size.
func (b *bench) binaryRow() {
	st, err := os.Stat(b.bin)
	if err != nil {
		b.table.skip("binary", "≤ 25 MB", err.Error())
		return
	}
	size := float64(st.Size())
	b.table.check(row{Scenario: "binary, stripped, SPA embedded", Figure: fmt.Sprintf("%.1f MB", size/1e6), Baseline: "—",
		Ratio: "—", Target: "≤ 25 MB"}, size <= 25e6, "binary larger than 25 MB")
}

// cleanup stops every server and removes the temporary folder.
func (b *bench) cleanup() {
	b.procs.stopAll()
	if b.tmp != "" {
		os.RemoveAll(b.tmp)
	}
}

// report is the markdown section: how the run was made, then the table.
func (b *bench) report(elapsed time.Duration) string {
	var s strings.Builder
	cmd := "go run ./cmd/npsbench"
	if b.mode.name == "quick" {
		cmd += " -quick"
	}
	fmt.Fprintf(&s, "### %s mode — `%s`\n\n", b.mode.name, cmd)
	fmt.Fprintf(&s, "Run %s, took %v. Machine: %s. Go %s. Server open-files limit %s.\n\n",
		time.Now().UTC().Format("2006-01-02 15:04 MST"), elapsed, machine(), strings.TrimPrefix(runtime.Version(), "go"), b.serverFileLimit)
	s.WriteString(b.table.markdown())
	return s.String()
}

// machine describes the CPU and memory, from /proc.
func machine() string {
	model := "unknown CPU"
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(line, "model name") {
				if i := strings.IndexByte(line, ':'); i >= 0 {
					model = strings.TrimSpace(line[i+1:])
				}
				break
			}
		}
	}
	mem := ""
	if kb, err := procStatusFieldFile("/proc/meminfo", "MemTotal:"); err == nil {
		mem = fmt.Sprintf(", %.0f GiB RAM", float64(kb)/(1<<20))
	}
	return fmt.Sprintf("%d cores (%s)%s, shared", runtime.NumCPU(), model, mem)
}
