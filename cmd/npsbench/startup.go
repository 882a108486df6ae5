package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// startOnce starts the binary over dir and returns the time from the start of the
// process to its first 200 on /api/v1/health. It leaves the process running.
func (b *bench) startOnce(dir string) (*process, time.Duration, error) {
	addr, err := freeAddr()
	if err != nil {
		return nil, 0, err
	}
	t0 := time.Now()
	p, err := startProcess("npsdesk", b.bin, "--addr", addr, "--data", dir)
	if err != nil {
		return nil, 0, err
	}
	p.addr = addr
	b.procs.add(p)
	up, err := p.waitHealthy("http://"+addr+"/api/v1/health", 30*time.Second)
	if err != nil {
		p.stop(5 * time.Second)
		return nil, 0, err
	}
	return p, up.Sub(t0), nil
}

// startupRow times start-ups over the seeded database against start-ups over an empty
// data folder, alternating, and leaves npsdesk running over the seeded one.
func (b *bench) startupRow(ctx context.Context) error {
	var seeded, empty []time.Duration
	for i := 0; i < b.mode.startupTrials && ctx.Err() == nil; i++ {
		dir := filepath.Join(b.tmp, fmt.Sprintf("empty-%d", i))
		p, d, err := b.startOnce(dir)
		if err != nil {
			return fmt.Errorf("start over an empty folder: %w", err)
		}
		empty = append(empty, d)
		p.stop(10 * time.Second)
		os.RemoveAll(dir)

		p, d, err = b.startOnce(b.realData)
		if err != nil {
			return fmt.Errorf("start over the seeded database: %w", err)
		}
		seeded = append(seeded, d)
		b.real = p
		if i < b.mode.startupTrials-1 {
			p.stop(10 * time.Second)
		}
	}
	s, e := median(seeded), median(empty)
	logf("start-up to first 200 on /health: seeded %v, empty %v (medians of %d)", s.Round(time.Microsecond), e.Round(time.Microsecond), len(seeded))
	ratio := float64(s) / float64(e)
	b.table.check(row{Scenario: fmt.Sprintf("start-up to first 200 on /health, %s ratings stored", fmtCount(float64(b.mode.ratings))),
		Figure: fmtDur(ms(s)), Baseline: fmtDur(ms(e)) + " (empty database)", Ratio: fmtRatio(ratio), Target: "≤ 1.50× and < 100 ms"},
		ratio <= 1.5 && s < 100*time.Millisecond, "start-up too slow with the ratings stored")
	return nil
}
