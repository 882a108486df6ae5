package main

import (
	"context"
	"fmt"
	"strconv"
	"time"
)

// target is a server the fan-out scenarios drive: the real one or the bare baseline.
type target struct {
	name   string
	pid    int
	wsURL  string
	tokens []string
	// post publishes one message with the given text; it returns the HTTP status.
	post func(ctx context.Context, text string) (int, error)
}

// realTarget drives npsdesk: team sockets on /api/v1/ws, messages posted by the
// administrator into the customer chats in turn.
func realTarget(p *process, tm *team, client *api) target {
	return target{
		name: "npsdesk", pid: p.pid(), wsURL: "ws://" + p.addr + "/api/v1/ws", tokens: tm.tokens,
		post: func(ctx context.Context, text string) (int, error) {
			conv := tm.convs[int(time.Now().UnixNano()/1000)%len(tm.convs)]
			return client.raw(ctx, "POST", "/api/v1/conversations/"+strconv.FormatUint(conv.ID, 10)+"/messages", tm.adminToken,
				[]byte(`{"text":"`+text+`"}`))
		},
	}
}

// bareTarget drives the bare broadcast server.
func bareTarget(p *process, client *api) target {
	return target{
		name: "bare", pid: p.pid(), wsURL: "ws://" + p.addr + "/ws",
		post: func(ctx context.Context, text string) (int, error) {
			return client.raw(ctx, "POST", "/publish", "", []byte(`{"text":"`+text+`"}`))
		},
	}
}

// fanoutResult is one fan-out run.
type fanoutResult struct {
	tracker      *tracker
	sockets      int
	closed       int     // reading sockets the server closed during the run
	minDelivered float64 // the worst socket's share of the messages, in %
	cpu          float64 // server CPU seconds per second of run
}

// runFanout connects c.sockets reading sockets, posts c.rate messages a second for
// c.duration, and measures from each POST's start to its frame at each socket.
func runFanout(ctx context.Context, tg target, c fanoutCase, phase string) (*fanoutResult, error) {
	tr := newTracker(phase, int(float64(c.rate)*c.duration.Seconds())+1)
	set, err := dialSockets(ctx, dialOptions{url: tg.wsURL, tokens: tg.tokens, n: c.sockets, onFrame: tr.onFrame})
	if err != nil {
		return nil, fmt.Errorf("%s: dial %d sockets: %w", tg.name, c.sockets, err)
	}
	defer set.close()
	time.Sleep(300 * time.Millisecond)
	cpu0, t0 := cpuTicks(tg.pid), time.Now()
	publishAtRate(ctx, tr, c.rate, c.duration, func(ctx context.Context, seq int) (int, error) {
		return tg.post(ctx, tr.text(seq))
	})
	tr.waitDelivered(c.sockets, time.Second, 5*time.Second)
	res := &fanoutResult{tracker: tr, sockets: c.sockets, closed: set.closedByServer(),
		cpu: float64(cpuTicks(tg.pid)-cpu0) / 100 / time.Since(t0).Seconds()}
	res.minDelivered = 100
	if posted := tr.messages(); posted > 0 {
		for _, s := range set.sockets {
			if pct := 100 * float64(s.frames.Load()) / float64(posted); pct < res.minDelivered {
				res.minDelivered = pct
			}
		}
	}
	return res, nil
}

func (r *fanoutResult) String() string {
	t := r.tracker
	return fmt.Sprintf("%d posted (%d failed), p50 %v p99 %v max %v, delivered %.2f%% (worst socket %.1f%%), %d sockets closed, server CPU %.2f cores",
		t.posted.Load(), t.failed.Load(), t.latency.quantile(0.5), t.latency.quantile(0.99), time.Duration(t.latency.max.Load())*time.Microsecond,
		t.deliveredPct(r.sockets), r.minDelivered, r.closed, r.cpu)
}

// fanoutRows adds a fan-out case's rows: p99 against the bare server, and delivery.
func fanoutRows(t *table, c fanoutCase, real, bare *fanoutResult) {
	name := fmt.Sprintf("fan-out, %s sockets × %d msg/s", fmtCount(float64(c.sockets)), c.rate)
	rp50, rp99 := ms(real.tracker.latency.quantile(0.5)), ms(real.tracker.latency.quantile(0.99))
	bp50, bp99 := ms(bare.tracker.latency.quantile(0.5)), ms(bare.tracker.latency.quantile(0.99))
	t.check(row{Scenario: name + ": delivery p99", Figure: fmt.Sprintf("p50 %s, p99 %s", fmtDur(rp50), fmtDur(rp99)),
		Baseline: fmt.Sprintf("bare p50 %s, p99 %s", fmtDur(bp50), fmtDur(bp99)), Ratio: fmtRatio(rp99 / bp99), Target: "p99 ≤ 1.50×"},
		rp99 <= 1.5*bp99, "p99 above 1.5× the bare server's")
	rd, bd := real.tracker.deliveredPct(real.sockets), bare.tracker.deliveredPct(bare.sockets)
	t.check(row{Scenario: name + ": delivered", Figure: fmt.Sprintf("%.2f %%", rd), Baseline: fmt.Sprintf("bare %.2f %%", bd), Ratio: "—", Target: "≥ 99.5 %"},
		rd >= 99.5, "fewer than 99.5 % of the frames arrived")
}
