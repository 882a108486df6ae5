package main

import (
	"context"
	"fmt"
	"time"
)

// idleMemory is the resident memory a server grew by when n idle sockets connected.
type idleMemory struct {
	before, after int64
	sockets       int
}

func (m idleMemory) perSocket() float64 {
	return float64(m.after-m.before) / float64(m.sockets)
}

// settledRSS samples a process's RSS until two readings a few hundred milliseconds
// apart agree within 1 %, so the measure does not catch a heap mid-growth.
func settledRSS(pid int) (int64, error) {
	prev, err := rssBytes(pid)
	if err != nil {
		return 0, err
	}
	for i := 0; i < 10; i++ {
		time.Sleep(300 * time.Millisecond)
		cur, err := rssBytes(pid)
		if err != nil {
			return 0, err
		}
		if d := cur - prev; d*100 < cur && -d*100 < cur {
			return cur, nil
		}
		prev = cur
	}
	return prev, nil
}

// measureIdle connects the sockets described by o to a fresh server and returns its
// RSS growth; the sockets stay open (the caller closes them).
func measureIdle(ctx context.Context, pid int, o dialOptions) (idleMemory, *socketSet, error) {
	m := idleMemory{sockets: o.n + o.slow}
	var err error
	if m.before, err = settledRSS(pid); err != nil {
		return m, nil, err
	}
	set, err := dialSockets(ctx, o)
	if err != nil {
		return m, nil, err
	}
	if m.after, err = settledRSS(pid); err != nil {
		set.close()
		return m, nil, err
	}
	return m, set, nil
}

// memoryRow compares the real server's growth per idle socket with the bare server's.
func memoryRow(t *table, real, bare idleMemory) {
	r, b := real.perSocket(), bare.perSocket()
	t.check(row{Scenario: fmt.Sprintf("idle memory per WebSocket (%s sockets)", fmtCount(float64(real.sockets))),
		Figure: fmtBytes(r), Baseline: "bare " + fmtBytes(b), Ratio: fmtRatio(r / b), Target: "≤ 1.10×"},
		r <= 1.1*b, "each idle socket costs more than 1.1× the bare server's")
}

// memoryAndOverload measures the idle memory per socket on fresh processes (npsdesk
// restarted, the bare server just started), then overloads npsdesk's sockets.
func (b *bench) memoryAndOverload(ctx context.Context) error {
	if !b.wants("memory") && !b.wants("overload") {
		return nil
	}
	if err := b.restartReal(); err != nil {
		return err
	}
	m := b.mode
	slow := m.idleSockets * m.overloadSlowPct / 100
	tr := newTracker("o", int(float64(m.overloadRate)*m.overloadDuration.Seconds())+1)
	logf("memory: %d idle sockets on a fresh npsdesk (%d of them never read)", m.idleSockets, slow)
	real, set, err := measureIdle(ctx, b.real.pid(), dialOptions{url: "ws://" + b.real.addr + "/api/v1/ws", tokens: b.team.tokens,
		n: m.idleSockets - slow, slow: slow, onFrame: tr.onFrame})
	if err != nil {
		return fmt.Errorf("npsdesk idle sockets: %w", err)
	}
	defer set.close()
	logf("  npsdesk: RSS %s → %s, %s per socket", fmtBytes(float64(real.before)), fmtBytes(float64(real.after)), fmtBytes(real.perSocket()))

	if err := b.startBare(); err != nil {
		set.close()
		return err
	}
	bare, bareSet, err := measureIdle(ctx, b.bare.pid(), dialOptions{url: "ws://" + b.bare.addr + "/ws", n: m.idleSockets})
	if err != nil {
		return fmt.Errorf("bare idle sockets: %w", err)
	}
	bareSet.close()
	logf("  bare:    RSS %s → %s, %s per socket", fmtBytes(float64(bare.before)), fmtBytes(float64(bare.after)), fmtBytes(bare.perSocket()))
	if b.wants("memory") {
		memoryRow(&b.table, real, bare)
	}
	if b.wants("overload") {
		return b.overload(ctx, set, tr, real.after)
	}
	return nil
}
