package main

import "time"

// mode is the size of a run: -quick for a check under two minutes, the full mode for
// the numbers.
type mode struct {
	name string
	// members are the team members logged in (sockets share their tokens); chats are the
	// customer conversations messages are posted to.
	members, chats int
	// ingestRound is the length of one ingest round; rounds alternate baseline and
	// ingest to share the machine's ups and downs fairly.
	ingestRound  time.Duration
	ingestRounds int
	senders      int
	// fanouts are the fan-out cases, each run on the real and the bare server.
	fanouts []fanoutCase
	// idleSockets are connected for the idle-memory row and then overloaded.
	idleSockets      int
	overloadRate     int
	overloadSlowPct  int
	overloadDuration time.Duration
	// toastSamples is how many critical answers are timed, with toastBusy sockets busy.
	toastSamples int
	toastBusy    int
	toastRate    int
	// ratings are seeded for the stats and start-up rows.
	ratings       int
	statsRepeats  int
	startupTrials int
}

// fanoutCase is one fan-out row: sockets receiving rate messages a second.
type fanoutCase struct {
	sockets  int
	rate     int
	duration time.Duration
}

var quickMode = mode{
	name:    "quick",
	members: 19, chats: 20,
	ingestRound: 1500 * time.Millisecond, ingestRounds: 4, senders: 64,
	fanouts:     []fanoutCase{{1000, 50, 4 * time.Second}, {5000, 10, 4 * time.Second}},
	idleSockets: 5000, overloadRate: 200, overloadSlowPct: 5, overloadDuration: 4 * time.Second,
	toastSamples: 100, toastBusy: 1000, toastRate: 50,
	ratings: 100_000, statsRepeats: 5, startupTrials: 5,
}

var fullMode = mode{
	name:    "full",
	members: 49, chats: 50,
	ingestRound: 5 * time.Second, ingestRounds: 4, senders: 64,
	fanouts:     []fanoutCase{{1000, 50, 15 * time.Second}, {5000, 10, 15 * time.Second}},
	idleSockets: 5000, overloadRate: 200, overloadSlowPct: 5, overloadDuration: 15 * time.Second,
	toastSamples: 200, toastBusy: 1000, toastRate: 50,
	ratings: 1_000_000, statsRepeats: 10, startupTrials: 10,
}
