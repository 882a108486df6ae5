package storage

import (
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// BotKindNPS is the kind of the NPS bot, the one bot a survey runs.
const BotKindNPS = "nps"

// DefaultBotName is the name of the stock NPS bot (an English team's).
const DefaultBotName = "NPS bot"

// defaultBotNames name the stock bot in the team's language.
var defaultBotNames = map[string]string{"en": DefaultBotName, "ru": "NPS-бот"}

// defaultBotName is the stock bot's name for the team's language.
func defaultBotName(tx *bolt.Tx) string {
	if name, ok := defaultBotNames[teamLang(tx)]; ok {
		return name
	}
	return DefaultBotName
}

// Bot is a bot's record. Its graphs are kept apart, one immutable version per save;
// Version names the current one. Storage keeps graphs as JSON: reading and checking
// them is the bot package's business, not the database's.
type Bot struct {
	ID        uint64    `json:"id"`
	Name      string    `json:"name"`
	Kind      string    `json:"kind"`
	Version   uint64    `json:"version"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
	// UpdatedBy is the user who saved the current version (0: the system, at setup).
	UpdatedBy uint64 `json:"updated_by,omitempty"`
}

// DefaultGraph builds the stock bot's graph addressed to an administrator, with its
// texts in the team's language lang.
type DefaultGraph func(adminID uint64, lang string) ([]byte, error)

// createDefaultBot is the setup step that gives a new team its NPS bot (switched off).
func createDefaultBot(tx *bolt.Tx, admin User, in SetupInput, now time.Time) error {
	if in.DefaultBotGraph == nil {
		return nil
	}
	return installDefaultBot(tx, admin.ID, in.DefaultBotGraph, now)
}

// installDefaultBot creates the stock bot and points the NPS settings at it.
func installDefaultBot(tx *bolt.Tx, adminID uint64, graph DefaultGraph, now time.Time) error {
	data, err := graph(adminID, teamLang(tx))
	if err != nil {
		return err
	}
	b := tx.Bucket(bucketBots)
	id, err := b.NextSequence()
	if err != nil {
		return err
	}
	bot := Bot{ID: id, Name: defaultBotName(tx), Kind: BotKindNPS, CreatedAt: now}
	if _, err := saveBotVersion(tx, &bot, data, now, 0); err != nil {
		return err
	}
	settings, err := getNPSSettings(tx)
	if err != nil {
		return err
	}
	settings.BotID = id
	return putNPSSettings(tx, settings)
}

// EnsureNPSBot creates the default NPS bot when the team is set up but has none (a
// database made before bots existed). It writes nothing when the bot is there.
func (db *DB) EnsureNPSBot(graph DefaultGraph) error {
	missing := false
	err := db.view(func(tx *bolt.Tx) error {
		s, err := getNPSSettings(tx)
		missing = tx.Bucket(bucketBots).Get(itob(s.BotID)) == nil && tx.Bucket(bucketUsers).Stats().KeyN > 0
		return err
	})
	if err != nil || !missing {
		return err
	}
	return db.update(func(tx *bolt.Tx) error {
		s, err := getNPSSettings(tx)
		if err != nil || tx.Bucket(bucketBots).Get(itob(s.BotID)) != nil {
			return err
		}
		admin, ok := firstAdmin(tx)
		if !ok {
			return nil
		}
		return installDefaultBot(tx, admin, graph, db.now())
	})
}

// firstAdmin is the lowest-id active administrator: the default bot's recipient.
func firstAdmin(tx *bolt.Tx) (uint64, bool) {
	c := tx.Bucket(bucketUsers).Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		var u User
		if decodeInto(v, &u) == nil && u.Active && u.Role == RoleAdmin {
			return u.ID, true
		}
	}
	return 0, false
}

// saveBotVersion stores graph as the bot's next version and makes it current.
func saveBotVersion(tx *bolt.Tx, bot *Bot, graph []byte, now time.Time, by uint64) (Bot, error) {
	if !json.Valid(graph) {
		return *bot, fmt.Errorf("bot %d: the graph is not JSON", bot.ID)
	}
	bot.Version++
	bot.UpdatedAt, bot.UpdatedBy = now, by
	if err := tx.Bucket(bucketBotVersions).Put(compositeKey(bot.ID, bot.Version), graph); err != nil {
		return *bot, err
	}
	return *bot, putJSON(tx.Bucket(bucketBots), itob(bot.ID), bot)
}

func getBot(tx *bolt.Tx, id uint64, bot *Bot) error {
	if err := getJSON(tx.Bucket(bucketBots), itob(id), bot); err != nil {
		return fmt.Errorf("bot %d: %w", id, err)
	}
	return nil
}

// botGraph returns a copy of one version's graph JSON.
func botGraph(tx *bolt.Tx, id, version uint64) ([]byte, error) {
	v := tx.Bucket(bucketBotVersions).Get(compositeKey(id, version))
	if v == nil {
		return nil, fmt.Errorf("bot %d version %d: %w", id, version, ErrNotFound)
	}
	return append([]byte(nil), v...), nil
}

// ListBots returns every bot in id order, without graphs (a team has one or a few).
func (db *DB) ListBots() ([]Bot, error) {
	var list []Bot
	err := db.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketBots).ForEach(func(_, v []byte) error {
			var b Bot
			if err := decodeInto(v, &b); err != nil {
				return err
			}
			list = append(list, b)
			return nil
		})
	})
	return list, err
}

// GetBot returns a bot and its current graph.
func (db *DB) GetBot(id uint64) (Bot, []byte, error) {
	var bot Bot
	var graph []byte
	err := db.view(func(tx *bolt.Tx) error {
		if err := getBot(tx, id, &bot); err != nil {
			return err
		}
		var err error
		graph, err = botGraph(tx, id, bot.Version)
		return err
	})
	return bot, graph, err
}

// BotGraph returns the graph of one version of a bot.
func (db *DB) BotGraph(id, version uint64) ([]byte, error) {
	var graph []byte
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		graph, err = botGraph(tx, id, version)
		return err
	})
	return graph, err
}

// SaveBot stores graph (already validated by the caller) as the bot's new current
// version, and renames it when name is not empty. Surveys running on older versions
// keep them.
func (db *DB) SaveBot(id uint64, name string, graph []byte, by uint64) (Bot, error) {
	var bot Bot
	err := db.update(func(tx *bolt.Tx) error {
		if err := getBot(tx, id, &bot); err != nil {
			return err
		}
		if name != "" {
			bot.Name = name
		}
		var err error
		bot, err = saveBotVersion(tx, &bot, graph, db.now(), by)
		return err
	})
	return bot, err
}

// RestoreDefaultBot saves the stock graph, addressed to the first administrator (the
// lowest-id active one) and in the team's language, as the bot's new version, with the
// stock name.
func (db *DB) RestoreDefaultBot(id uint64, defaultGraph DefaultGraph, by uint64) (Bot, []byte, error) {
	var bot Bot
	var graph []byte
	err := db.update(func(tx *bolt.Tx) error {
		if err := getBot(tx, id, &bot); err != nil {
			return err
		}
		admin, ok := firstAdmin(tx)
		if !ok {
			return fmt.Errorf("%w: no active administrator to address the bot to", ErrConflict)
		}
		var err error
		if graph, err = defaultGraph(admin, teamLang(tx)); err != nil {
			return err
		}
		bot.Name = defaultBotName(tx)
		bot, err = saveBotVersion(tx, &bot, graph, db.now(), by)
		return err
	})
	return bot, graph, err
}
