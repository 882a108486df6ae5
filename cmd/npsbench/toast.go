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
//
// Its baseline, ingest p99 + fan-out p99, is measured alongside, in the same rounds:
// each round is an ingest burst (the ingest scenario's 64 senders posting messages, no
// socket connected) and then the toast's samples, during which the busy sockets are
// exactly the 1,000 × 50 msg/s fan-out case, their delivery latency measured as the
// fan-out scenario measures it. Taking the two p99s from the earlier scenarios instead
// compared figures minutes apart on a machine whose load moves by the minute (ratios of
// 0.28× to 7× from one run to the next).
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
	ingestClient := newAPI(b.real.addr, m.senders, "")
	defer ingestClient.close()
	post := ingestPost(ingestClient, b.team)
	closedLoop(ctx, m.senders, 500*time.Millisecond, post, 201) // open the keep-alive connections

	rounds := max(1, m.ingestRounds)
	perRound := (m.toastSamples + rounds - 1) / rounds
	logf("toast: %d critical answers in %d rounds, each after an ingest burst (%d senders, %v); %d other sockets busy at %d msg/s",
		m.toastSamples, rounds, m.senders, m.ingestRound, m.toastBusy, m.toastRate)
	var lat, ingestLat, fanLat histogram
	var ingestErrs int64
	var busyPosted, busyDelivered, busyWanted int64
	misses, trials := 0, 0
	deadline := time.Now().Add(2 * time.Minute)
	for r := 0; r < rounds && time.Now().Before(deadline) && ctx.Err() == nil; r++ {
		in := closedLoop(ctx, m.senders, m.ingestRound, post, 201)
		ingestLat.merge(&in.latency)
		ingestErrs += in.errors.Load()
		res, err := b.toastRound(ctx, client, r, perRound, deadline, &lat)
		if err != nil {
			return err
		}
		if res.skipped != "" {
			b.table.skip(scenario, target, res.skipped)
			return nil
		}
		fanLat.merge(&res.busy.latency)
		busyPosted += res.busy.messages()
		busyDelivered += res.busy.delivered.Load()
		busyWanted += res.busy.messages() * int64(res.sockets)
		misses += res.misses
		trials += res.trials
		logf("  round %d: ingest %.0f msg/s p99 %v; busy fan-out p99 %v; %d alerts so far, p99 %v",
			r+1, in.rate(), in.latency.quantile(0.99), res.busy.latency.quantile(0.99), lat.count(), lat.quantile(0.99))
	}
	pct := 0.0
	if busyWanted > 0 {
		pct = 100 * float64(busyDelivered) / float64(busyWanted)
	}
	logf("  %d alerts timed, %d missed: p50 %v p99 %v max %v; busy sockets got %.2f%% of %d messages; alongside: ingest p99 %v, fan-out p99 %v",
		lat.count(), misses, lat.quantile(0.5), lat.quantile(0.99), time.Duration(lat.max.Load())*time.Microsecond,
		pct, busyPosted, ingestLat.quantile(0.99), fanLat.quantile(0.99))
	if lat.count() == 0 {
		b.table.check(row{Scenario: scenario, Figure: "no alert arrived", Baseline: "—", Ratio: "—", Target: target}, false,
			fmt.Sprintf("none of %d critical answers produced a notification.created frame", trials))
		return nil
	}
	p99 := ms(lat.quantile(0.99))
	ingestP99, fanP99 := ms(ingestLat.quantile(0.99)), ms(fanLat.quantile(0.99))
	base := ingestP99 + fanP99
	ok := p99 <= base && misses == 0 && ingestErrs == 0 && ingestLat.count() > 0 && fanLat.count() > 0
	why := "p99 above ingest p99 + fan-out p99"
	switch {
	case misses > 0:
		why = fmt.Sprintf("%d critical answers got no alert within 5 s", misses)
	case ingestErrs > 0:
		why = fmt.Sprintf("%d ingest requests of the baseline failed", ingestErrs)
	case ingestLat.count() == 0 || fanLat.count() == 0:
		why = "no baseline measured"
	}
	b.table.check(row{Scenario: scenario + fmt.Sprintf(" (%d answers, %s sockets busy)", lat.count(), fmtCount(float64(m.toastBusy))),
		Figure:   fmt.Sprintf("p50 %s, p99 %s", fmtDur(ms(lat.quantile(0.5))), fmtDur(p99)),
		Baseline: fmt.Sprintf("%s + %s = %s (same rounds)", fmtDur(ingestP99), fmtDur(fanP99), fmtDur(base)),
		Ratio:    fmtRatio(p99 / base), Target: target}, ok, why)
	return nil
}

// toastRoundResult is one round of critical answers.
type toastRoundResult struct {
	busy           *tracker
	sockets        int
	misses, trials int
	skipped        string // the NPS API is missing
}

// toastRound connects the administrator's socket and the busy sockets, publishes to the
// busy ones at toastRate, and times up to samples critical answers into lat.
func (b *bench) toastRound(ctx context.Context, client *api, round, samples int, deadline time.Time, lat *histogram) (*toastRoundResult, error) {
	m := b.mode
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
		return nil, fmt.Errorf("administrator's socket: %w", err)
	}
	defer admin.close()
	busyTokens := b.team.tokens
	if len(busyTokens) > 1 {
		busyTokens = busyTokens[1:]
	}
	res := &toastRoundResult{busy: newTracker("t"+strconv.Itoa(round), m.toastRate*600)}
	busy, err := dialSockets(ctx, dialOptions{url: "ws://" + b.real.addr + "/api/v1/ws", tokens: busyTokens, n: m.toastBusy, onFrame: res.busy.onFrame})
	if err != nil {
		return nil, fmt.Errorf("busy sockets: %w", err)
	}
	defer busy.close()
	res.sockets = busy.count()
	busyCtx, stopBusy := context.WithCancel(ctx)
	busyDone := make(chan struct{})
	tg := realTarget(b.real, b.team, client)
	go func() {
		defer close(busyDone)
		publishAtRate(busyCtx, res.busy, m.toastRate, 10*time.Minute, func(ctx context.Context, seq int) (int, error) {
			return tg.post(ctx, res.busy.text(seq))
		})
	}()
	defer func() {
		stopBusy()
		<-busyDone
	}()
	time.Sleep(500 * time.Millisecond)

	var se *apiStatusError
	timed := 0
	for i := 0; timed < samples && res.trials < 2*samples && time.Now().Before(deadline) && ctx.Err() == nil; i++ {
		res.trials++
		chat := b.team.surveyChats[(round*samples+i)%len(b.team.surveyChats)]
		convPath := strconv.FormatUint(chat.ID, 10)
		if err := client.call(ctx, "POST", "/api/v1/conversations/"+convPath+"/nps", b.team.adminToken, nil, 201, nil); err != nil {
			if errors.As(err, &se) && se.status == 404 {
				res.skipped = "NPS API not available (POST /conversations/{id}/nps answered 404)"
				return res, nil
			}
			logf("  send NPS: %v", err)
			res.misses++
			continue
		}
		start := time.Now()
		status, err := client.raw(ctx, "POST", "/api/v1/public/conversations/"+convPath+"/messages", chat.VisitorToken, []byte(`{"text":"3"}`))
		if err != nil || status != 201 {
			logf("  answer: status %d, %v", status, err)
			res.misses++
			continue
		}
		if at, ok := waitNote(notes, chat.ID, start, 5*time.Second); ok {
			lat.add(at.Sub(start))
			timed++
		} else {
			res.misses++
		}
	}
	stopBusy()
	<-busyDone
	res.busy.waitDelivered(res.sockets, 500*time.Millisecond, 3*time.Second)
	return res, nil
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
