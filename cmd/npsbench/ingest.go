package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// loadResult is a closed-loop run: requests answered as expected, errors, latencies.
type loadResult struct {
	ok, errors atomic.Int64
	elapsed    time.Duration
	latency    histogram
	firstErr   atomic.Value
}

func (r *loadResult) rate() float64 {
	if r.elapsed <= 0 {
		return 0
	}
	return float64(r.ok.Load()) / r.elapsed.Seconds()
}

// merge adds another round.
func (r *loadResult) merge(o *loadResult) {
	r.ok.Add(o.ok.Load())
	r.errors.Add(o.errors.Load())
	r.elapsed += o.elapsed
	r.latency.merge(&o.latency)
	if e := o.firstErr.Load(); e != nil && r.firstErr.Load() == nil {
		r.firstErr.Store(e)
	}
}

// closedLoop runs senders that each send one request after another for d: the rate is
// what the server sustains at that concurrency.
func closedLoop(ctx context.Context, senders int, d time.Duration, do func(ctx context.Context, sender, i int) (int, error), want int) *loadResult {
	r := &loadResult{}
	ctx, cancel := context.WithTimeout(ctx, d+30*time.Second)
	defer cancel()
	end := time.Now().Add(d)
	start := time.Now()
	var wg sync.WaitGroup
	for s := 0; s < senders; s++ {
		wg.Add(1)
		go func(s int) {
			defer wg.Done()
			for i := 0; time.Now().Before(end) && ctx.Err() == nil; i++ {
				t0 := time.Now()
				status, err := do(ctx, s, i)
				if err == nil && status != want {
					err = fmt.Errorf("status %d", status)
				}
				if err != nil {
					r.errors.Add(1)
					r.firstErr.CompareAndSwap(nil, err.Error())
					continue
				}
				r.latency.add(time.Since(t0))
				r.ok.Add(1)
			}
		}(s)
	}
	wg.Wait()
	r.elapsed = time.Since(start)
	return r
}

// ingestResult is the ingest scenario's two measurements.
type ingestResult struct {
	baseline, ingest loadResult
}

// runIngest alternates rounds of the baseline (GET /me: auth and JSON, no write) and
// the ingest (POST …/messages: auth, validation, a durable group-committed write and
// the frames), with the same number of concurrent keep-alive senders.
func runIngest(ctx context.Context, addr string, pid int, tm *team, m mode, logf func(string, ...any)) *ingestResult {
	client := newAPI(addr, m.senders, "")
	defer client.close()
	me := func(ctx context.Context, s, i int) (int, error) {
		return client.raw(ctx, "GET", "/api/v1/me", tm.tokens[s%len(tm.tokens)], nil)
	}
	post := ingestPost(client, tm)
	// Warm up: open every keep-alive connection and let both paths run once.
	closedLoop(ctx, m.senders, 500*time.Millisecond, me, 200)
	closedLoop(ctx, m.senders, 500*time.Millisecond, post, 201)
	res := &ingestResult{}
	for round := 0; round < m.ingestRounds && ctx.Err() == nil; round++ {
		self := os.Getpid()
		c0, s0 := cpuTicks(pid), cpuTicks(self)
		b := closedLoop(ctx, m.senders, m.ingestRound, me, 200)
		c1, s1 := cpuTicks(pid), cpuTicks(self)
		i := closedLoop(ctx, m.senders, m.ingestRound, post, 201)
		c2, s2 := cpuTicks(pid), cpuTicks(self)
		logf("ingest round %d: GET /me %.0f req/s p50 %v p99 %v (CPU µs/req: server %.0f, tool %.0f); POST messages %.0f msg/s p50 %v p99 %v (server %.0f, tool %.0f)", round+1,
			b.rate(), b.latency.quantile(0.5), b.latency.quantile(0.99), cpuPer(c1-c0, b.ok.Load()), cpuPer(s1-s0, b.ok.Load()),
			i.rate(), i.latency.quantile(0.5), i.latency.quantile(0.99), cpuPer(c2-c1, i.ok.Load()), cpuPer(s2-s1, i.ok.Load()))
		res.baseline.merge(b)
		res.ingest.merge(i)
	}
	return res
}

// ingestPost is the ingest's request: sender s's i-th message, a team member's reply in
// one of the chats (POST …/conversations/{id}/messages, 201).
func ingestPost(client *api, tm *team) func(ctx context.Context, s, i int) (int, error) {
	return func(ctx context.Context, s, i int) (int, error) {
		conv := tm.convs[s%len(tm.convs)]
		body := []byte(`{"text":"Thanks for waiting! Your order #` + strconv.Itoa(s*1_000_000+i) + ` ships today."}`)
		return client.raw(ctx, "POST", "/api/v1/conversations/"+strconv.FormatUint(conv.ID, 10)+"/messages", tm.tokens[s%len(tm.tokens)], body)
	}
}

// ingestRows turns the ingest result into the table's two rows.
func ingestRows(t *table, r *ingestResult, senders int) {
	name := fmt.Sprintf("ingest, %d senders: throughput", senders)
	if n := r.ingest.errors.Load() + r.baseline.errors.Load(); n > 0 {
		t.check(row{Scenario: name, Figure: "errors", Baseline: "", Ratio: "", Target: "≥ 0.80×"}, false,
			fmt.Sprintf("%d requests failed (first: %v)", n, r.ingest.firstErr.Load()))
		return
	}
	br, ir := r.baseline.rate(), r.ingest.rate()
	ratio := ir / br
	t.check(row{Scenario: name, Figure: fmtCount(ir) + " msg/s", Baseline: fmtCount(br) + " req/s (GET /me)", Ratio: fmtRatio(ratio), Target: "≥ 0.80×"},
		ratio >= 0.8, "messages/s below 0.8× the baseline's requests/s")
	bp, ip := ms(r.baseline.latency.quantile(0.99)), ms(r.ingest.latency.quantile(0.99))
	t.check(row{Scenario: fmt.Sprintf("ingest, %d senders: p99", senders), Figure: fmtDur(ip), Baseline: fmtDur(bp) + " (GET /me)", Ratio: fmtRatio(ip / bp), Target: "≤ 1.50×"},
		ip <= 1.5*bp, "p99 above 1.5× the baseline's p99")
}

// cpuPer is CPU microseconds per request, from clock ticks (1/100 s).
func cpuPer(ticks, n int64) float64 {
	if n == 0 {
		return 0
	}
	return float64(ticks) * 1e4 / float64(n)
}

// ms is a duration in milliseconds, for the table.
func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
