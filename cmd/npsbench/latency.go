package main

import (
	"math/bits"
	"sync/atomic"
	"time"
)

// histogram records durations in log-linear buckets (64 per power of two, so a
// percentile is off by at most 1.6 %), lock-free: thousands of socket readers add to one
// histogram at once without contending on a mutex.
type histogram struct {
	counts [64 * 64]atomic.Int64
	total  atomic.Int64
	sum    atomic.Int64
	max    atomic.Int64
}

const subBuckets = 64

// bucketOf maps microseconds to a bucket index.
func bucketOf(us int64) int {
	if us < subBuckets {
		return int(us)
	}
	exp := bits.Len64(uint64(us)) - 6 // us >> exp is in [32, 64)
	idx := exp*subBuckets/2 + int(us>>uint(exp))
	if idx >= len(histogram{}.counts) {
		idx = len(histogram{}.counts) - 1
	}
	return idx
}

// bucketValue is the upper bound (in microseconds) of a bucket.
func bucketValue(idx int) int64 {
	if idx < subBuckets {
		return int64(idx)
	}
	exp := (idx - subBuckets/2) / (subBuckets / 2)
	mant := int64((idx-subBuckets/2)%(subBuckets/2) + subBuckets/2)
	return (mant+1)<<uint(exp) - 1
}

// add records one duration.
func (h *histogram) add(d time.Duration) {
	us := d.Microseconds()
	if us < 0 {
		us = 0
	}
	h.counts[bucketOf(us)].Add(1)
	h.total.Add(1)
	h.sum.Add(us)
	for {
		m := h.max.Load()
		if us <= m || h.max.CompareAndSwap(m, us) {
			break
		}
	}
}

// merge adds every sample of o.
func (h *histogram) merge(o *histogram) {
	for i := range o.counts {
		if n := o.counts[i].Load(); n != 0 {
			h.counts[i].Add(n)
		}
	}
	h.total.Add(o.total.Load())
	h.sum.Add(o.sum.Load())
	if m := o.max.Load(); m > h.max.Load() {
		h.max.Store(m)
	}
}

// count is how many samples were recorded.
func (h *histogram) count() int64 { return h.total.Load() }

// quantile returns the duration below which a fraction q of the samples fall.
func (h *histogram) quantile(q float64) time.Duration {
	n := h.total.Load()
	if n == 0 {
		return 0
	}
	rank := int64(q*float64(n) + 0.5)
	if rank < 1 {
		rank = 1
	}
	var seen int64
	for i := range h.counts {
		seen += h.counts[i].Load()
		if seen >= rank {
			v := bucketValue(i)
			if m := h.max.Load(); v > m {
				v = m
			}
			return time.Duration(v) * time.Microsecond
		}
	}
	return time.Duration(h.max.Load()) * time.Microsecond
}

// mean is the average sample.
func (h *histogram) mean() time.Duration {
	n := h.total.Load()
	if n == 0 {
		return 0
	}
	return time.Duration(h.sum.Load()/n) * time.Microsecond
}
