package server

import (
	"net/http"
	"strings"
	"testing"
)

// setupAs completes setup of a fresh app with extra fields (lang) and keeps the admin's
// token, as newTestApp does.
func setupAs(a *testApp, extra map[string]any) {
	a.t.Helper()
	body := map[string]any{
		"token": a.srv.SetupToken(), "name": "Ada Admin", "email": "ada@example.com", "password": "correct horse",
	}
	for k, v := range extra {
		body[k] = v
	}
	var out struct {
		AccessToken string   `json:"access_token"`
		User        userView `json:"user"`
	}
	a.mustJSON("POST", "/api/v1/setup", "", body, http.StatusCreated, &out)
	a.adminToken, a.adminID = out.AccessToken, out.User.ID
}

// defaultBotBody is GET /bots/{id} of the NPS settings' bot.
func (a *testApp) defaultBotBody() (string, string) {
	a.t.Helper()
	var s npsSettingsView
	a.mustJSON("GET", "/api/v1/settings/nps", a.adminToken, nil, http.StatusOK, &s)
	id := itoa(int(s.BotID))
	status, body, _ := a.do("GET", "/api/v1/bots/"+id, a.adminToken, nil)
	if status != http.StatusOK {
		a.t.Fatalf("GET bot %s: %d %s", id, status, body)
	}
	return id, string(body)
}

const (
	ruQuestion = "Насколько вероятно, что вы порекомендуете нас другу или коллеге? Оцените от 0 до 10."
	ruThanks   = "Спасибо за вашу оценку!"
	ruAlert    = "Клиент {{contact.name}} поставил оценку {{score}} в разговоре №{{conversation.id}}"
	ruReask    = "Пожалуйста, ответьте числом от 0 до 10."
)

func TestSetupRefusesUnknownLang(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, true)
	base := map[string]any{"token": a.srv.SetupToken(), "name": "A", "email": "a@example.com", "password": "12345678"}
	with := func(lang any) map[string]any {
		b := map[string]any{"lang": lang}
		for k, v := range base {
			b[k] = v
		}
		return b
	}
	a.run([]scenario{
		{name: "unknown lang", method: "POST", path: "/api/v1/setup", body: with("de"), wantStatus: 422, wantBody: []string{`"lang":"must be one of: en, ru"`}},
		{name: "empty lang", method: "POST", path: "/api/v1/setup", body: with(""), wantStatus: 422, wantBody: []string{`"lang"`}},
		{name: "locale, not a language", method: "POST", path: "/api/v1/setup", body: with("ru-RU"), wantStatus: 422, wantBody: []string{`"lang"`}},
		{name: "not a string", method: "POST", path: "/api/v1/setup", body: with(7), wantStatus: 422, wantBody: []string{`"lang"`}},
	})
	if !a.store.NeedsSetup() {
		t.Fatal("a refused setup must not create anything")
	}
}

// TestSetupWithoutLangIsEnglish: clients that do not send lang get the English bot.
func TestSetupWithoutLangIsEnglish(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, false)
	if _, body := a.defaultBotBody(); !strings.Contains(body, "Thank you for your rating!") {
		t.Fatalf("default bot: %s", body)
	}
	if got := a.store.TeamLang(); got != "en" {
		t.Fatalf("team language %q", got)
	}
}

// TestSetupInRussian: a team set up in Russian gets the default bot in Russian, the
// engine's re-ask in Russian in the chat, and restore-default keeps Russian.
func TestSetupInRussian(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, true)
	setupAs(a, map[string]any{"lang": "ru"})
	id, body := a.defaultBotBody()
	for _, want := range []string{ruQuestion, ruThanks, ruAlert} {
		if !strings.Contains(body, want) {
			t.Errorf("default bot lacks %q: %s", want, body)
		}
	}
	if strings.Contains(body, "Thank you") {
		t.Errorf("default bot has English texts: %s", body)
	}
	var channels struct {
		Items []struct{ Name string } `json:"items"`
	}
	a.mustJSON("GET", "/api/v1/channels", a.adminToken, nil, http.StatusOK, &channels)
	if !strings.Contains(body, `"name":"NPS-бот"`) {
		t.Errorf("default bot's name is not Russian: %s", body)
	}
	if len(channels.Items) != 1 || channels.Items[0].Name != "Веб-чат" {
		t.Errorf("default channel: %+v", channels.Items)
	}

	// In a chat: the question, a re-ask after a non-number, the thanks.
	a.setNPS(map[string]any{"enabled": true})
	v := a.startChat("Анна")
	a.sendNPS(a.adminToken, v)
	if got := a.lastBotText(v); got != ruQuestion {
		t.Fatalf("question %q", got)
	}
	a.answer(v, "хорошо")
	if got := a.lastBotText(v); got != ruReask {
		t.Fatalf("re-ask %q", got)
	}
	a.answer(v, "9")
	if got := a.lastBotText(v); got != ruThanks {
		t.Fatalf("thanks %q", got)
	}

	// Restoring the default gives the Russian texts again.
	a.mustJSON("POST", "/api/v1/bots/"+id+"/restore-default", a.adminToken, nil, http.StatusOK, nil)
	if _, again := a.defaultBotBody(); !strings.Contains(again, ruQuestion) || !strings.Contains(again, ruAlert) || strings.Contains(again, "Thank you") {
		t.Fatalf("restored default is not Russian: %s", again)
	}
}

// TestRestoreDefaultKeepsEnglish: an English team's restored bot stays English.
func TestRestoreDefaultKeepsEnglish(t *testing.T) {
	t.Parallel()
	a := newTestApp(t, true)
	setupAs(a, map[string]any{"lang": "en"})
	id, _ := a.defaultBotBody()
	a.mustJSON("POST", "/api/v1/bots/"+id+"/restore-default", a.adminToken, nil, http.StatusOK, nil)
	if _, body := a.defaultBotBody(); !strings.Contains(body, "Thank you for your rating!") {
		t.Fatalf("restored default: %s", body)
	}
	v := a.startChat("Oliver")
	a.setNPS(map[string]any{"enabled": true})
	a.sendNPS(a.adminToken, v)
	a.answer(v, "great")
	if got := a.lastBotText(v); got != "Please reply with a number from 0 to 10." {
		t.Fatalf("re-ask %q", got)
	}
}
