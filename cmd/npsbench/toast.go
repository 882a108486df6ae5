package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"
)

var notificationPrefix = []byte(`{"type":"notification.created"`)

// note is a notification.created frame the administrator's socket received.
type note struct {
	conversationID uint64
	at             time.Time
}

// toast measures the critical alert: a customer answers a survey with a critical score
// through the public API, and the clock runs until the notification.created frame
// reaches the administrator's socket (the default bot alerts the first administrator),
// while toastBusy other sockets receive toastRate messages a second.
func (b *bench) toast(ctx context.Context) error {
	if !b.wants("toast") {
		return nil
	}
	const scenario = "customer's answer → critical toast: p99"
	const target = "≤ 1.00× (ingest p99 + fan-out p99)"
	m := b.mode
	client := newAPI(b.real.addr, 64, "")
	defer client.close()
	err := client.call(ctx, "PUT", "/api/v1/settings/nps", b.team.adminToken, map[string]any{"enabled": true}, 200, nil)
	var se *apiStatusError
	if errors.As(err, &se) && (se.status == 404 || se.status == 405) {
		b.table.skip(scenario, target, "NPS API not available (PUT /api/v1/settings/nps answered "+strconv.Itoa(se.status)+")")
		return nil
	}
	if err != nil {
		return err
	}

	notes := make(chan note, 1024)
	admin, err := dialSockets(ctx, dialOptions{url: "ws://" + b.real.addr + "/api/v1/ws", tokens: b.team.tokens[:1], n: 1,
		onFrame: func(_ *socket, p []byte, at time.Time) {
			if bytes.HasPrefix(p, notificationPrefix) {
				select {
				case notes <- note{conversationID: jsonUint(p, `"conversation_id":`), at: at}:
				default:
				}
			}
		}})
	if err != nil {
		return fmt.Errorf("administrator's socket: %w", err)
	}
	defer admin.close()

	logf("toast: %d critical answers, %d other sockets busy at %d msg/s", m.toastSamples, m.toastBusy, m.toastRate)
	busyTokens := b.team.tokens
	if len(busyTokens) > 1 {
		busyTokens = busyTokens[1:]
	}
	busyTracker := newTracker("t", m.toastRate*600)
	busy, err := dialSockets(ctx, dialOptions{url: "ws://" + b.real.addr + "/api/v1/ws", tokens: busyTokens, n: m.toastBusy, onFrame: busyTracker.onFrame})
	if err != nil {
		return fmt.Errorf("busy sockets: %w", err)
	}
	defer busy.close()
	busyCtx, stopBusy := context.WithCancel(ctx)
	busyDone := make(chan struct{})
	tg := realTarget(b.real, b.team, client)
	go func() {
		defer close(busyDone)
		publishAtRate(busyCtx, busyTracker, m.toastRate, 10*time.Minute, func(ctx context.Context, seq int) (int, error) {
			return tg.post(ctx, busyTracker.text(seq))
		})
	}()
	time.Sleep(500 * time.Millisecond)

	var lat histogram
	misses, trials := 0, 0
	deadline := time.Now().Add(2 * time.Minute)
	for i := 0; lat.count() < int64(m.toastSamples) && trials < 2*m.toastSamples && time.Now().Before(deadline) && ctx.Err() == nil; i++ {
		trials++
		chat := b.team.surveyChats[i%len(b.team.surveyChats)]
		convPath := strconv.FormatUint(chat.ID, 10)
		if err := client.call(ctx, "POST", "/api/v1/conversations/"+convPath+"/nps", b.team.adminToken, nil, 201, nil); err != nil {
			if errors.As(err, &se) && se.status == 404 {
				stopBusy()
				<-busyDone
				b.table.skip(scenario, target, "NPS API not available (POST /conversations/{id}/nps answered 404)")
				return nil
			}
			logf("  send NPS: %v", err)
			misses++
			continue
		}
		start := time.Now()
		status, err := client.raw(ctx, "POST", "/api/v1/public/conversations/"+convPath+"/messages", chat.VisitorToken, []byte(`{"text":"3"}`))
		if err != nil || status != 201 {
			logf("  answer: status %d, %v", status, err)
			misses++
			continue
		}
		if at, ok := waitNote(notes, chat.ID, start, 5*time.Second); ok {
			lat.add(at.Sub(start))
		} else {
			misses++
		}
	}
	stopBusy()
	<-busyDone
	busyTracker.waitDelivered(busy.count(), 500*time.Millisecond, 3*time.Second)
	logf("  %d alerts timed, %d missed: p50 %v p99 %v max %v; busy sockets got %.2f%% of %d messages",
		lat.count(), misses, lat.quantile(0.5), lat.quantile(0.99), time.Duration(lat.max.Load())*time.Microsecond,
		busyTracker.deliveredPct(busy.count()), busyTracker.posted.Load())
	if lat.count() == 0 {
		b.table.check(row{Scenario: scenario, Figure: "no alert arrived", Baseline: "—", Ratio: "—", Target: target}, false,
			fmt.Sprintf("none of %d critical answers produced a notification.created frame", trials))
		return nil
	}
	p99 := ms(lat.quantile(0.99))
	base := ms(b.ingestP99) + ms(b.fanoutP99)
	ok := p99 <= base && misses == 0
	why := "p99 above ingest p99 + fan-out p99"
	if misses > 0 {
		why = fmt.Sprintf("%d critical answers got no alert within 5 s", misses)
	}
	b.table.check(row{Scenario: scenario + fmt.Sprintf(" (%d answers, %s sockets busy)", lat.count(), fmtCount(float64(m.toastBusy))),
		Figure:   fmt.Sprintf("p50 %s, p99 %s", fmtDur(ms(lat.quantile(0.5))), fmtDur(p99)),
		Baseline: fmt.Sprintf("%s + %s = %s", fmtDur(ms(b.ingestP99)), fmtDur(ms(b.fanoutP99)), fmtDur(base)),
		Ratio:    fmtRatio(p99 / base), Target: target}, ok, why)
	return nil
}

// waitNote waits for the alert of one conversation that arrived after start.
func waitNote(notes <-chan note, conversationID uint64, start time.Time, timeout time.Duration) (time.Time, bool) {
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	for {
		select {
		case n := <-notes:
			if n.conversationID == conversationID && !n.at.Before(start) {
				return n.at, true
			}
		case <-timer.C:
			return time.Time{}, false
		}
	}
}

// jsonUint reads the number after key in a JSON text (0 if absent): enough for the
// flat fields the tool looks at, without decoding thousands of frames.
func jsonUint(p []byte, key string) uint64 {
	i := bytes.Index(p, []byte(key))
	if i < 0 {
		return 0
	}
	var n uint64
	for _, c := range p[i+len(key):] {
		if c == ' ' {
			continue
		}
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + uint64(c-'0')
	}
	return n
}
