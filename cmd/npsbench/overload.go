package main

import (
	"context"
	"fmt"
	"strconv"
	"time"
)

// overload posts m.overloadRate messages a second to sockets already connected (some
// of which never read) and watches the server's memory and what became of the sockets.
func (b *bench) overload(ctx context.Context, set *socketSet, tr *tracker, idleRSS int64) error {
	m := b.mode
	client := newAPI(b.real.addr, 64, "")
	defer client.close()
	logf("overload: %d sockets (%d never read) × %d msg/s for %v", set.count()+len(set.slow), len(set.slow), m.overloadRate, m.overloadDuration)
	// The sampler alone writes peak until it closes sampled; it is read after that.
	peak := resident{total: idleRSS}
	stopSampling := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stopSampling:
				return
			case <-tick.C:
				// What the peak is made of, too: the heap and stacks, or pages of
				// the mapped database file.
				if r, err := residentMemory(b.real.pid()); err == nil && r.total > peak.total {
					peak = r
				}
			}
		}
	}()
	cpu0, t0 := cpuTicks(b.real.pid()), time.Now()
	tg := realTarget(b.real, b.team, client)
	publishAtRate(ctx, tr, m.overloadRate, m.overloadDuration, func(ctx context.Context, seq int) (int, error) {
		return tg.post(ctx, tr.text(seq))
	})
	tr.waitDelivered(set.count(), time.Second, 10*time.Second)
	close(stopSampling)
	<-sampled
	cpu := float64(cpuTicks(b.real.pid())-cpu0) / 100 / time.Since(t0).Seconds()
	dropped := set.slowDropped(b.real.addr, 3*time.Second)
	closed := set.closedByServer()
	delivered := tr.deliveredPct(set.count())
	logf("  %d posted (%d failed); reading sockets: %.2f%% delivered, p99 %v, %d closed by the server; never-read sockets: %d of %d dropped; RSS idle %s, peak %s (anonymous %s, file %s); server CPU %.2f cores",
		tr.posted.Load(), tr.failed.Load(), delivered, tr.latency.quantile(0.99), closed, dropped, len(set.slow),
		fmtBytes(float64(idleRSS)), fmtBytes(float64(peak.total)), fmtBytes(float64(peak.anon)), fmtBytes(float64(peak.file)), cpu)

	name := fmt.Sprintf("overload, %s sockets × %d msg/s", fmtCount(float64(set.count()+len(set.slow))), m.overloadRate)
	ratio := float64(peak.total) / float64(idleRSS)
	b.table.check(row{Scenario: name + ": peak RSS", Figure: fmtBytes(float64(peak.total)), Baseline: "connected idle " + fmtBytes(float64(idleRSS)),
		Ratio: fmtRatio(ratio), Target: "≤ 1.50×"}, ratio <= 1.5, "memory grew above 1.5× the connected-idle RSS")
	b.table.check(row{Scenario: name + ": never-read sockets dropped", Figure: strconv.Itoa(dropped) + " of " + strconv.Itoa(len(set.slow)),
		Baseline: "—", Ratio: "—", Target: "all"}, dropped == len(set.slow), "a socket that never reads was kept")
	b.table.check(row{Scenario: name + ": reading sockets", Figure: fmt.Sprintf("%.2f %% delivered, %d dropped", delivered, closed),
		Baseline: "—", Ratio: "—", Target: "≥ 99.5 %, none dropped"}, delivered >= 99.5 && closed == 0, "sockets that read were hurt by the slow ones")
	return nil
}
