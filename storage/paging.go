package storage

import (
	bolt "go.etcd.io/bbolt"
)

// pageBackwards reads a bucket keyed by 8-byte ids newest first, starting below before
// (0: from the newest), keeping the records keep accepts (nil: all), up to limit. next
// is the id to pass as before for the following page, 0 on the last one.
func pageBackwards[T any](b *bolt.Bucket, before uint64, limit int, keep func(*T) bool) ([]T, uint64, error) {
	var items []T
	var lastID uint64
	c := b.Cursor()
	var k, v []byte
	if before == 0 {
		k, v = c.Last()
	} else {
		k, v = seekBelow(c, itob(before))
	}
	for ; k != nil; k, v = c.Prev() {
		var item T
		if err := decodeInto(v, &item); err != nil {
			return nil, 0, err
		}
		if keep != nil && !keep(&item) {
			continue
		}
		if len(items) == limit {
			return items, lastID, nil
		}
		items = append(items, item)
		lastID = btoi(k)
	}
	return items, 0, nil
}

// seekBelow moves the cursor to the last key strictly below key.
func seekBelow(c *bolt.Cursor, key []byte) ([]byte, []byte) {
	if k, _ := c.Seek(key); k == nil {
		return c.Last()
	}
	return c.Prev()
}
