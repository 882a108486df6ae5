package main

import (
	"bytes"
	"context"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// tracker matches the message.created frames sockets receive with the POSTs that caused
// them: each message's text is "nb:<phase>:<seq>", and sent[seq] is when its POST began.
type tracker struct {
	phase     string
	marker    []byte // `"text":"nb:<phase>:`
	sent      []atomic.Int64
	seen      []atomic.Bool // a socket received it (also when its POST then failed)
	latency   histogram
	delivered atomic.Int64
	posted    atomic.Int64 // POSTs answered 201
	failed    atomic.Int64
}

var messageCreatedPrefix = []byte(`{"type":"message.created"`)

func newTracker(phase string, messages int) *tracker {
	return &tracker{phase: phase, marker: []byte(`"text":"nb:` + phase + `:`), sent: make([]atomic.Int64, messages), seen: make([]atomic.Bool, messages)}
}

// text is the body of message seq.
func (t *tracker) text(seq int) string { return "nb:" + t.phase + ":" + strconv.Itoa(seq) }

// onFrame is a socket's frame handler: a message.created of this phase counts as
// delivered, with its latency from the POST.
func (t *tracker) onFrame(s *socket, payload []byte, at time.Time) {
	if !bytes.HasPrefix(payload, messageCreatedPrefix) {
		return
	}
	i := bytes.Index(payload, t.marker)
	if i < 0 {
		return
	}
	seq := 0
	for _, c := range payload[i+len(t.marker):] {
		if c < '0' || c > '9' {
			break
		}
		seq = seq*10 + int(c-'0')
	}
	if seq >= len(t.sent) {
		return
	}
	start := t.sent[seq].Load()
	if start < 0 {
		start = -start
	}
	if start == 0 {
		return
	}
	t.latency.add(at.Sub(time.Unix(0, start)))
	t.delivered.Add(1)
	if !t.seen[seq].Load() {
		t.seen[seq].Store(true)
	}
	s.frames.Add(1)
}

// messages counts the messages every socket should get: those posted, and those whose
// POST failed (a timeout under overload) after they were stored and sent.
func (t *tracker) messages() int64 {
	n := t.posted.Load()
	for i := range t.sent {
		if t.sent[i].Load() < 0 && t.seen[i].Load() {
			n++
		}
	}
	return n
}

// deliveredPct is the share of (messages × sockets) that arrived.
func (t *tracker) deliveredPct(sockets int) float64 {
	want := t.messages() * int64(sockets)
	if want == 0 {
		return 0
	}
	return 100 * float64(t.delivered.Load()) / float64(want)
}

// publishAtRate posts messages at a fixed rate for a duration (open loop: a slow answer
// does not slow the schedule), at most 256 requests in flight, and returns when every
// POST has been answered. post returns the HTTP status.
func publishAtRate(ctx context.Context, t *tracker, rate int, d time.Duration, post func(ctx context.Context, seq int) (int, error)) {
	total := int(float64(rate) * d.Seconds())
	if total > len(t.sent) {
		total = len(t.sent)
	}
	interval := time.Second / time.Duration(rate)
	start := time.Now()
	sem := make(chan struct{}, 256)
	var wg sync.WaitGroup
	for seq := 0; seq < total && ctx.Err() == nil; seq++ {
		if wait := time.Until(start.Add(time.Duration(seq) * interval)); wait > 0 {
			time.Sleep(wait)
		}
		sem <- struct{}{}
		wg.Add(1)
		go func(seq int) {
			defer func() { <-sem; wg.Done() }()
			t.sent[seq].Store(time.Now().UnixNano())
			status, err := post(ctx, seq)
			if err != nil || status != 201 {
				t.sent[seq].Store(-t.sent[seq].Load()) // negative: failed, start kept
				t.failed.Add(1)
				return
			}
			t.posted.Add(1)
		}(seq)
	}
	wg.Wait()
}

// waitDelivered waits until every expected frame arrived, nothing has arrived for a
// while, or the timeout.
func (t *tracker) waitDelivered(sockets int, quiet, timeout time.Duration) {
	want := t.messages() * int64(sockets)
	deadline := time.Now().Add(timeout)
	last, lastChange := t.delivered.Load(), time.Now()
	for time.Now().Before(deadline) {
		n := t.delivered.Load()
		if n >= want {
			return
		}
		if n != last {
			last, lastChange = n, time.Now()
		} else if time.Since(lastChange) > quiet {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
}
