package storage

import (
	"time"

	bolt "go.etcd.io/bbolt"
)

// SetupInput is what the first start needs: the first administrator and what the
// server builds from it (the default NPS bot's graph, which storage keeps as JSON).
type SetupInput struct {
	Admin User
	// Lang is the team's language ("en", "ru"; empty means DefaultLang), stored in the
	// settings: the default bot speaks it, now and when it is restored.
	Lang string
	// DefaultBotGraph builds the NPS bot's graph for the new administrator's id.
	DefaultBotGraph DefaultGraph
}

// NeedsSetup reports whether no user exists yet.
func (db *DB) NeedsSetup() bool {
	needed := false
	db.view(func(tx *bolt.Tx) error {
		needed = tx.Bucket(bucketUsers).Stats().KeyN == 0
		return nil
	})
	return needed
}

// CompleteSetup creates the first administrator and everything a new team starts with,
// in one transaction. "No user exists yet" is checked inside that transaction, so of two
// racing setups exactly one wins and the other gets ErrAlreadySetUp.
func (db *DB) CompleteSetup(in SetupInput) (User, error) {
	var admin User
	err := db.update(func(tx *bolt.Tx) error {
		if k, _ := tx.Bucket(bucketUsers).Cursor().First(); k != nil {
			return ErrAlreadySetUp
		}
		in.Admin.Role = RoleAdmin
		in.Admin.Active = true
		var err error
		admin, err = createUser(tx, in.Admin, db.now())
		if err != nil {
			return err
		}
		for _, step := range setupSteps {
			if err := step(tx, admin, in, db.now()); err != nil {
				return err
			}
		}
		return nil
	})
	return admin, err
}

// setupSteps are what each feature creates for a new team (the default web chat channel,
// the default NPS bot), run in CompleteSetup's transaction in this order.
var setupSteps = []func(tx *bolt.Tx, admin User, in SetupInput, now time.Time) error{
	saveTeamSettings,
	createDefaultChannel,
	createDefaultBot,
}
