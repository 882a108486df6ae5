package storage

import (
	"fmt"
	"testing"
)

// benchChats opens a database (fsync on, as the app runs) with a web channel and n
// customer conversations.
func benchChats(b *testing.B, n int) (*DB, []uint64) {
	b.Helper()
	db, err := Open(b.TempDir(), Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	ch, err := db.CreateChannel("Web", "web")
	if err != nil {
		b.Fatal(err)
	}
	ids := make([]uint64, n)
	for i := range ids {
		started, err := db.StartConversation(ch.PublicKey, Contact{Name: fmt.Sprintf("Customer %d", i)})
		if err != nil {
			b.Fatal(err)
		}
		ids[i] = started.Conversation.ID
	}
	return db, ids
}

// BenchmarkPostMessage measures a durable message write (message, conversation, event
// and counters, fsync'd): one writer at a time, and many at once sharing group commits
// (-cpu sets GOMAXPROCS; RunParallel runs 64 writers per CPU here).
// Run: go test -run - -bench PostMessage -benchtime 3s ./storage/
func BenchmarkPostMessage(b *testing.B) {
	b.Run("sequential", func(b *testing.B) {
		db, convs := benchChats(b, 20)
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; b.Loop(); i++ {
			if _, err := db.PostMessage(NewMessage{ConversationID: convs[i%len(convs)], Author: Ref{Type: RefUser, ID: 1},
				Text: "Thanks for waiting! Your order ships today."}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("parallel", func(b *testing.B) {
		db, convs := benchChats(b, 20)
		b.ReportAllocs()
		b.SetParallelism(32)
		b.ResetTimer()
		b.RunParallel(func(pb *testing.PB) {
			for i := 0; pb.Next(); i++ {
				if _, err := db.PostMessage(NewMessage{ConversationID: convs[i%len(convs)], Author: Ref{Type: RefUser, ID: 1},
					Text: "Thanks for waiting! Your order ships today."}); err != nil {
					b.Error(err)
					return
				}
			}
		})
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
	})
}
