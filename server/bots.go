package server

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/npsdesk/npsdesk/server/bot"
	"github.com/npsdesk/npsdesk/storage"
)

// maxBotNameLength bounds a bot's name, in characters.
const maxBotNameLength = 100

// botView is a bot as the API shows it. Version is the bot's saved version (each save
// makes a new one), not the graph document's format version inside Graph.
type botView struct {
	ID        uint64          `json:"id"`
	Name      string          `json:"name"`
	Kind      string          `json:"kind"`
	Version   uint64          `json:"version"`
	UpdatedAt time.Time       `json:"updated_at"`
	Graph     json.RawMessage `json:"graph,omitempty"`
}

func viewBot(b storage.Bot, graph []byte) botView {
	return botView{ID: b.ID, Name: b.Name, Kind: b.Kind, Version: b.Version, UpdatedAt: b.UpdatedAt, Graph: graph}
}

// listBots answers GET /bots: every bot, without graphs.
func (s *Server) listBots(c *fiber.Ctx) error {
	bots, err := s.store.ListBots()
	if err != nil {
		return err
	}
	views := make([]botView, len(bots))
	for i, b := range bots {
		views[i] = viewBot(b, nil)
	}
	return c.JSON(newList(views, 0))
}

// getBot answers GET /bots/{id}: the bot with its current graph.
func (s *Server) getBot(c *fiber.Ctx) error {
	id, err := idParam(c, "id", "bot")
	if err != nil {
		return err
	}
	b, graph, err := s.store.GetBot(id)
	if err != nil {
		return err
	}
	return c.JSON(viewBot(b, graph))
}

type botRequest struct {
	Name  *string         `json:"name"`
	Graph json.RawMessage `json:"graph"`
}

// updateBot answers PUT /bots/{id} (administrators): the constructor saves the graph.
// It is checked by the same rules as in the browser and stored as a new version;
// surveys already running finish on the version they started with.
func (s *Server) updateBot(c *fiber.Ctx) error {
	id, err := idParam(c, "id", "bot")
	if err != nil {
		return err
	}
	var req botRequest
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	f := fieldErrors{}
	name := ""
	if req.Name != nil {
		name = f.text("name", *req.Name, maxBotNameLength)
	}
	var g bot.Graph
	if len(req.Graph) == 0 || string(req.Graph) == "null" {
		f["graph"] = "is required"
	} else if err := json.Unmarshal(req.Graph, &g); err != nil {
		f["graph"] = `must be a bot graph: {"version", "nodes": [...], "edges": [...]}`
	}
	if err := f.err(); err != nil {
		return err
	}
	if _, _, err := s.store.GetBot(id); err != nil {
		return err
	}
	users, err := s.userSet()
	if err != nil {
		return err
	}
	if problems := bot.Validate(g, func(id uint64) bool { return users[id] }); len(problems) > 0 {
		return errInvalidGraph(problems)
	}
	if g.Edges == nil {
		g.Edges = []bot.Edge{}
	}
	// Re-encoding keeps only the document: whatever else the client sent is dropped.
	data, err := json.Marshal(g)
	if err != nil {
		return err
	}
	b, err := s.store.SaveBot(id, name, data, me(c).user.ID)
	if err != nil {
		return err
	}
	return c.JSON(viewBot(b, data))
}

// restoreDefaultBot answers POST /bots/{id}/restore-default (administrators): the stock
// NPS bot comes back as a new version, its alert addressed to the first administrator.
func (s *Server) restoreDefaultBot(c *fiber.Ctx) error {
	id, err := idParam(c, "id", "bot")
	if err != nil {
		return err
	}
	b, graph, err := s.store.RestoreDefaultBot(id, defaultBotGraph, me(c).user.ID)
	if err != nil {
		return err
	}
	return c.JSON(viewBot(b, graph))
}

// userSet is every user id, active or not: who a graph may name.
func (s *Server) userSet() (map[uint64]bool, error) {
	users, err := s.store.ListUsers()
	if err != nil {
		return nil, err
	}
	set := make(map[uint64]bool, len(users))
	for _, u := range users {
		set[u.ID] = true
	}
	return set, nil
}

// errInvalidGraph refuses a graph with every problem found: 413 when it is over the
// size limits (nothing else is examined then), 422 otherwise.
func errInvalidGraph(problems []bot.Problem) *apiError {
	for _, p := range problems {
		if p.Code == bot.CodeTooLarge {
			return &apiError{Status: http.StatusRequestEntityTooLarge, Code: "too_large",
				Message:  fmt.Sprintf("the bot is too large: at most %d steps and %d connections", bot.MaxNodes, bot.MaxEdges),
				Problems: problems}
		}
	}
	return &apiError{Status: http.StatusUnprocessableEntity, Code: "invalid_graph",
		Message: fmt.Sprintf("the bot cannot be saved: %d problem(s) to fix", len(problems)), Problems: problems}
}
