package storage

import (
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Defaults and bounds of the NPS settings.
const (
	// DefaultAnswerTimeoutHours is how long a survey waits for its answer after setup.
	DefaultAnswerTimeoutHours = 24
	// MaxAnswerTimeoutHours is the longest wait an administrator may set: 30 days.
	MaxAnswerTimeoutHours = 720
	// MaxCooldownDays is the longest per-contact cooldown: a year.
	MaxCooldownDays = 365
)

// settingsNPS is the key of the NPS settings in bucketSettings.
var settingsNPS = []byte("nps")

// NPSSettings is the team's NPS switch and survey rules. What the bot says and whom it
// alerts lives in the bot's graph, not here.
type NPSSettings struct {
	// Enabled is the Settings → Chats and messengers switch; off after setup.
	Enabled bool `json:"enabled"`
	// BotID is the bot a survey runs.
	BotID uint64 `json:"bot_id"`
	// AnswerTimeoutHours is how long a question waits before the survey expires.
	AnswerTimeoutHours int `json:"answer_timeout_hours"`
	// CooldownDays keeps a contact from being surveyed again within that many days
	// (0: off).
	CooldownDays int       `json:"cooldown_days"`
	UpdatedAt    time.Time `json:"updated_at,omitzero"`
}

// defaultNPSSettings is what a team starts with: NPS off, 24 hours to answer, no cooldown.
func defaultNPSSettings() NPSSettings {
	return NPSSettings{AnswerTimeoutHours: DefaultAnswerTimeoutHours}
}

func getNPSSettings(tx *bolt.Tx) (NPSSettings, error) {
	s := defaultNPSSettings()
	err := getJSON(tx.Bucket(bucketSettings), settingsNPS, &s)
	if errors.Is(err, ErrNotFound) {
		return s, nil
	}
	return s, err
}

func putNPSSettings(tx *bolt.Tx, s NPSSettings) error {
	return putJSON(tx.Bucket(bucketSettings), settingsNPS, s)
}

// NPSSettings returns the current settings (the defaults before anything is saved).
func (db *DB) NPSSettings() (NPSSettings, error) {
	var s NPSSettings
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		s, err = getNPSSettings(tx)
		return err
	})
	return s, err
}

// UpdateNPSSettings applies change to the stored settings in one transaction and
// checks the result: bounds, and a bot to run before NPS may be switched on.
func (db *DB) UpdateNPSSettings(change func(s *NPSSettings)) (NPSSettings, error) {
	var s NPSSettings
	err := db.update(func(tx *bolt.Tx) error {
		var err error
		if s, err = getNPSSettings(tx); err != nil {
			return err
		}
		change(&s)
		fields := map[string]string{}
		if s.AnswerTimeoutHours < 1 || s.AnswerTimeoutHours > MaxAnswerTimeoutHours {
			fields["answer_timeout_hours"] = fmt.Sprintf("must be a whole number from 1 to %d", MaxAnswerTimeoutHours)
		}
		if s.CooldownDays < 0 || s.CooldownDays > MaxCooldownDays {
			fields["cooldown_days"] = fmt.Sprintf("must be a whole number from 0 to %d", MaxCooldownDays)
		}
		if s.Enabled && tx.Bucket(bucketBots).Get(itob(s.BotID)) == nil {
			fields["enabled"] = "there is no NPS bot to run: restore the default bot first"
		}
		if len(fields) > 0 {
			return &ValidationError{Fields: fields}
		}
		s.UpdatedAt = db.now()
		return putNPSSettings(tx, s)
	})
	return s, err
}
