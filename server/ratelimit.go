package server

import (
	"math"
	"sync"
	"time"
)

// rateLimiter is a token bucket per key (an IP, an email, a conversation): burst
// requests at once, then one every interval. Buckets that have refilled are forgotten,
// so memory stays bounded by the keys active in the last few minutes.
type rateLimiter struct {
	burst    float64
	interval time.Duration
	now      func() time.Time

	mu      sync.Mutex
	buckets map[string]*bucket
	swept   time.Time
}

type bucket struct {
	tokens float64
	at     time.Time
}

func newRateLimiter(burst int, interval time.Duration) *rateLimiter {
	return &rateLimiter{burst: float64(burst), interval: interval, now: time.Now, buckets: make(map[string]*bucket)}
}

// allow takes a token for key. When none is left it returns false and the whole seconds
// until one is back (for Retry-After).
func (r *rateLimiter) allow(key string) (bool, int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	now := r.now()
	r.sweep(now)
	b := r.buckets[key]
	if b == nil {
		b = &bucket{tokens: r.burst, at: now}
		r.buckets[key] = b
	}
	b.tokens = math.Min(r.burst, b.tokens+now.Sub(b.at).Seconds()/r.interval.Seconds())
	b.at = now
	if b.tokens >= 1 {
		b.tokens--
		return true, 0
	}
	wait := time.Duration((1 - b.tokens) * float64(r.interval))
	return false, int(math.Ceil(wait.Seconds()))
}

// sweep drops full buckets once a minute.
func (r *rateLimiter) sweep(now time.Time) {
	if now.Sub(r.swept) < time.Minute {
		return
	}
	r.swept = now
	full := time.Duration(r.burst * float64(r.interval))
	for k, b := range r.buckets {
		if now.Sub(b.at) >= full {
			delete(r.buckets, k)
		}
	}
}
