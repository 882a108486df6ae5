package storage

import (
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Widget types.
const (
	WidgetNPS    = "nps"
	WidgetEvents = "events"
)

// WidgetFilter is what an events widget counts.
type WidgetFilter struct {
	Type   string `json:"type"`
	UserID uint64 `json:"user_id,omitempty"`
}

// Widget is one tile of a user's dashboard.
type Widget struct {
	ID        uint64        `json:"id"`
	Type      string        `json:"type"`
	Title     string        `json:"title"`
	Filter    *WidgetFilter `json:"filter,omitempty"`
	CreatedAt time.Time     `json:"created_at"`
}

// Dashboard is one user's widgets, in the order they chose.
type Dashboard struct {
	Widgets []Widget `json:"widgets"`
}

// maxWidgets bounds a dashboard.
const maxWidgets = 50

// GetDashboard returns the user's dashboard. A user who never changed theirs gets the
// default one, with the NPS widget, made and kept on first read so its widget has an id.
func (db *DB) GetDashboard(userID uint64) (Dashboard, error) {
	var d Dashboard
	found := false
	err := db.view(func(tx *bolt.Tx) error {
		found = getJSON(tx.Bucket(bucketDashboards), itob(userID), &d) == nil
		return nil
	})
	if err != nil || found {
		return d, err
	}
	return db.changeDashboard(userID, func(*Dashboard, func(Widget) (Widget, error)) error { return nil })
}

// changeDashboard applies change to the user's dashboard (made with the default widget
// if missing) in one transaction; change gets a function that gives a new widget its id.
func (db *DB) changeDashboard(userID uint64, change func(d *Dashboard, create func(Widget) (Widget, error)) error) (Dashboard, error) {
	var d Dashboard
	err := db.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketDashboards)
		create := func(w Widget) (Widget, error) {
			id, err := b.NextSequence()
			w.ID, w.CreatedAt = id, db.now()
			return w, err
		}
		d = Dashboard{}
		if err := getJSON(b, itob(userID), &d); err == ErrNotFound {
			w, err := create(Widget{Type: WidgetNPS, Title: "NPS"})
			if err != nil {
				return err
			}
			d.Widgets = []Widget{w}
		} else if err != nil {
			return err
		}
		if err := change(&d, create); err != nil {
			return err
		}
		return putJSON(b, itob(userID), d)
	})
	return d, err
}

// AddWidget appends a widget to the user's dashboard.
func (db *DB) AddWidget(userID uint64, w Widget) (Widget, error) {
	_, err := db.changeDashboard(userID, func(d *Dashboard, create func(Widget) (Widget, error)) error {
		if len(d.Widgets) >= maxWidgets {
			return invalidField("type", fmt.Sprintf("a dashboard holds at most %d widgets", maxWidgets))
		}
		var err error
		if w, err = create(w); err != nil {
			return err
		}
		d.Widgets = append(d.Widgets, w)
		return nil
	})
	return w, err
}

// GetWidget returns one widget of the user's own dashboard; another user's is not found.
func (db *DB) GetWidget(userID, widgetID uint64) (Widget, error) {
	d, err := db.GetDashboard(userID)
	if err != nil {
		return Widget{}, err
	}
	for _, w := range d.Widgets {
		if w.ID == widgetID {
			return w, nil
		}
	}
	return Widget{}, fmt.Errorf("widget %d: %w", widgetID, ErrNotFound)
}

// RenameWidget changes a widget's title.
func (db *DB) RenameWidget(userID, widgetID uint64, title string) (Widget, error) {
	var out Widget
	_, err := db.changeDashboard(userID, func(d *Dashboard, _ func(Widget) (Widget, error)) error {
		for i := range d.Widgets {
			if d.Widgets[i].ID == widgetID {
				d.Widgets[i].Title = title
				out = d.Widgets[i]
				return nil
			}
		}
		return fmt.Errorf("widget %d: %w", widgetID, ErrNotFound)
	})
	return out, err
}

// RemoveWidget takes a widget off the user's dashboard.
func (db *DB) RemoveWidget(userID, widgetID uint64) error {
	_, err := db.changeDashboard(userID, func(d *Dashboard, _ func(Widget) (Widget, error)) error {
		for i := range d.Widgets {
			if d.Widgets[i].ID == widgetID {
				d.Widgets = append(d.Widgets[:i], d.Widgets[i+1:]...)
				return nil
			}
		}
		return fmt.Errorf("widget %d: %w", widgetID, ErrNotFound)
	})
	return err
}

// ReorderWidgets puts the user's widgets in the given order, which must name each of
// them exactly once.
func (db *DB) ReorderWidgets(userID uint64, order []uint64) (Dashboard, error) {
	return db.changeDashboard(userID, func(d *Dashboard, _ func(Widget) (Widget, error)) error {
		byID := make(map[uint64]Widget, len(d.Widgets))
		for _, w := range d.Widgets {
			byID[w.ID] = w
		}
		if len(order) != len(byID) {
			return invalidField("widget_ids", "must list every widget of the dashboard once")
		}
		sorted := make([]Widget, 0, len(order))
		for _, id := range order {
			w, ok := byID[id]
			if !ok {
				return invalidField("widget_ids", "must list every widget of the dashboard once")
			}
			sorted = append(sorted, w)
			delete(byID, id)
		}
		d.Widgets = sorted
		return nil
	})
}
