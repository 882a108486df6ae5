package server

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"sync"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/npsdesk/npsdesk/server/bot"
	"github.com/npsdesk/npsdesk/storage"
)

// setupToken is the one-time secret printed at first start. It lives in memory only: a
// restart before setup prints a new one.
type setupToken struct {
	value   string
	expires time.Time
	mu      sync.Mutex
	used    bool
}

func newSetupToken(ttl time.Duration) (*setupToken, error) {
	raw := make([]byte, 24)
	if _, err := rand.Read(raw); err != nil {
		return nil, err
	}
	return &setupToken{value: base64.RawURLEncoding.EncodeToString(raw), expires: time.Now().Add(ttl)}, nil
}

// check compares in constant time and refuses an expired token.
func (t *setupToken) check(candidate string) *apiError {
	if subtle.ConstantTimeCompare([]byte(candidate), []byte(t.value)) != 1 {
		return errForbidden("setup_token_invalid", "the setup token is wrong: use the link npsdesk printed at start")
	}
	if time.Now().After(t.expires) {
		return errForbidden("setup_token_expired", "the setup token has expired: restart npsdesk to get a new link")
	}
	return nil
}

// setupStatus answers GET /setup: {"needed": bool}.
func (s *Server) setupStatus(c *fiber.Ctx) error {
	return c.JSON(fiber.Map{"needed": s.store.NeedsSetup()})
}

type setupRequest struct {
	Token    string `json:"token"`
	Name     string `json:"name"`
	Email    string `json:"email"`
	Password string `json:"password"`
	// Lang is the team's language ("en", "ru"); absent means "en".
	Lang *string `json:"lang"`
}

// teamLangs are the languages a team can choose at setup: the UI's languages.
var teamLangs = []string{"en", "ru"}

// completeSetup answers POST /setup: it creates the first administrator, the default web
// chat channel and the default NPS bot, and logs the administrator in.
func (s *Server) completeSetup(c *fiber.Ctx) error {
	var req setupRequest
	if err := decodeBody(c, &req); err != nil {
		return err
	}
	if s.setup == nil || !s.store.NeedsSetup() {
		return errConflict("already_set_up", "npsdesk is already set up: log in instead")
	}
	if err := s.setup.check(req.Token); err != nil {
		return err
	}
	f := fieldErrors{}
	name := f.text("name", req.Name, 100)
	email := f.email("email", req.Email)
	password := f.password("password", req.Password)
	lang := storage.DefaultLang
	if req.Lang != nil {
		lang = f.oneOf("lang", *req.Lang, teamLangs...)
	}
	if err := f.err(); err != nil {
		return err
	}
	hash, err := hashPassword(password)
	if err != nil {
		return err
	}
	admin, err := s.store.CompleteSetup(storage.SetupInput{
		Admin:           storage.User{Name: name, Email: email, PasswordHash: hash},
		Lang:            lang,
		DefaultBotGraph: defaultBotGraph,
	})
	if err != nil {
		return err
	}
	return s.startSession(c, http.StatusCreated, admin)
}

// defaultBotGraph is the stock NPS bot in the team's language lang, its critical alert
// addressed to adminID.
func defaultBotGraph(adminID uint64, lang string) ([]byte, error) {
	return json.Marshal(bot.DefaultNPSGraphLang(adminID, lang))
}
