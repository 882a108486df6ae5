package storage

import (
	"errors"
	"time"

	bolt "go.etcd.io/bbolt"
)

// settingsTeam is the key of the team's own settings in bucketSettings.
var settingsTeam = []byte("team")

// DefaultLang is the team language of a team that never chose one (set up before the
// language existed, or without sending it).
const DefaultLang = "en"

// TeamSettings is what the team chose at setup that is not about one feature.
type TeamSettings struct {
	// Lang is the team's language ("en" or "ru"): the default bot's texts and the
	// engine's own replies in chats follow it.
	Lang string `json:"lang"`
}

func getTeamSettings(tx *bolt.Tx) (TeamSettings, error) {
	s := TeamSettings{Lang: DefaultLang}
	err := getJSON(tx.Bucket(bucketSettings), settingsTeam, &s)
	if errors.Is(err, ErrNotFound) {
		return TeamSettings{Lang: DefaultLang}, nil
	}
	if s.Lang == "" {
		s.Lang = DefaultLang
	}
	return s, err
}

// teamLang is the team's language, DefaultLang when none was stored or it cannot be read.
func teamLang(tx *bolt.Tx) string {
	s, _ := getTeamSettings(tx)
	if s.Lang == "" {
		return DefaultLang
	}
	return s.Lang
}

// TeamLang returns the team's language.
func (db *DB) TeamLang() string {
	lang := DefaultLang
	db.view(func(tx *bolt.Tx) error {
		lang = teamLang(tx)
		return nil
	})
	return lang
}

// saveTeamSettings is the setup step that stores the language the team chose.
func saveTeamSettings(tx *bolt.Tx, _ User, in SetupInput, _ time.Time) error {
	lang := in.Lang
	if lang == "" {
		lang = DefaultLang
	}
	return putJSON(tx.Bucket(bucketSettings), settingsTeam, TeamSettings{Lang: lang})
}
