package storage

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// ChannelWeb is the web chat channel type: a page and an embeddable widget.
const ChannelWeb = "web"

// Channel is where customers write from.
type Channel struct {
	ID        uint64    `json:"id"`
	Name      string    `json:"name"`
	Type      string    `json:"type"`
	PublicKey string    `json:"public_key"`
	CreatedAt time.Time `json:"created_at"`
}

// newPublicKey is the channel's address in the widget snippet: unguessable, URL-safe.
func newPublicKey() (string, error) {
	raw := make([]byte, 12)
	if _, err := rand.Read(raw); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(raw), nil
}

// CreateChannel stores a new channel with a fresh public key.
func (db *DB) CreateChannel(name, channelType string) (Channel, error) {
	var ch Channel
	err := db.update(func(tx *bolt.Tx) error {
		var err error
		ch, err = createChannel(tx, name, channelType, db.now())
		return err
	})
	return ch, err
}

func createChannel(tx *bolt.Tx, name, channelType string, now time.Time) (Channel, error) {
	key, err := newPublicKey()
	if err != nil {
		return Channel{}, err
	}
	b := tx.Bucket(bucketChannels)
	id, err := b.NextSequence()
	if err != nil {
		return Channel{}, err
	}
	ch := Channel{ID: id, Name: name, Type: channelType, PublicKey: key, CreatedAt: now}
	if err := tx.Bucket(bucketChannelsByKey).Put([]byte(key), itob(id)); err != nil {
		return ch, err
	}
	return ch, putJSON(b, itob(id), ch)
}

// defaultChannelNames name a new team's first web chat in the team's language (the
// customer sees it in the chat's header).
var defaultChannelNames = map[string]string{"en": "Web chat", "ru": "Веб-чат"}

// createDefaultChannel gives a new team its first web chat.
func createDefaultChannel(tx *bolt.Tx, _ User, in SetupInput, now time.Time) error {
	name, ok := defaultChannelNames[in.Lang]
	if !ok {
		name = defaultChannelNames["en"]
	}
	_, err := createChannel(tx, name, ChannelWeb, now)
	return err
}

// ListChannels returns every channel (a team has a handful).
func (db *DB) ListChannels() ([]Channel, error) {
	var list []Channel
	err := db.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketChannels).ForEach(func(_, v []byte) error {
			var ch Channel
			if err := decodeInto(v, &ch); err != nil {
				return err
			}
			list = append(list, ch)
			return nil
		})
	})
	return list, err
}

// GetChannelByKey finds a channel by its public key.
func (db *DB) GetChannelByKey(key string) (Channel, error) {
	var ch Channel
	err := db.view(func(tx *bolt.Tx) error {
		id := tx.Bucket(bucketChannelsByKey).Get([]byte(key))
		if id == nil {
			return fmt.Errorf("channel: %w", ErrNotFound)
		}
		return getJSON(tx.Bucket(bucketChannels), id, &ch)
	})
	return ch, err
}

// UpdateChannel renames a channel and, if rotate, gives it a new public key: the old
// snippet stops working, existing conversations go on.
func (db *DB) UpdateChannel(id uint64, name string, rotate bool) (Channel, error) {
	var ch Channel
	err := db.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketChannels)
		if err := getJSON(b, itob(id), &ch); err != nil {
			return fmt.Errorf("channel %d: %w", id, err)
		}
		if name != "" {
			ch.Name = name
		}
		if rotate {
			key, err := newPublicKey()
			if err != nil {
				return err
			}
			byKey := tx.Bucket(bucketChannelsByKey)
			if err := byKey.Delete([]byte(ch.PublicKey)); err != nil {
				return err
			}
			ch.PublicKey = key
			if err := byKey.Put([]byte(key), itob(id)); err != nil {
				return err
			}
		}
		return putJSON(b, itob(id), ch)
	})
	return ch, err
}
